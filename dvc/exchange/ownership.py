"""Who may change what: each table's rule for rows that come from another council of the block.

A record belongs to the council that made it (its ``origin``). The owner's word is final:

- A council sends only what it owns. A row claiming another council (a third one, or ours when we do not
  hold it), a row whose council was relabelled, a code of another council's series (V-KG1-… from 三鷹): all
  refused. Rows of a third council come from that council itself, never relayed.
- What a peer may add to ours, explicitly: on a need we asked the block for support with (応援要請,
  ``shared_with_block``) a helping council may record its own progress — status changes (経過) and site
  surveys of its own, and the need's progress fields (status, what is left, headcount, days, tools). Nothing
  else of the need (the requester, the address, the support request itself, a tombstone).
- Rows a peer hangs on a record must hang on that peer's own record (a member on its own group, a loan of its
  own equipment), or on a need we shared.
- ``block_day_figures``: each council's figures are its own (``council_code`` is the sender's).

Laptops of one council are one owner: between them every row may change, as before — except the audit
trail, which only grows (dvc/exchange/audit_merge.py).

What is refused goes into the conflict log with its reason (``exchange_conflict.reason``) and is not applied;
the rest of the bundle is. The keys below are the reasons; dvc/exchange/refusals.py words them.
"""

from __future__ import annotations

from dataclasses import dataclass

from dvc.domain.codes import CodeError, parse_code

THIRD_COUNCIL = "third_council"  # made by another council than the sender
ORIGIN_CHANGED = "origin_changed"  # the council of a record we hold was changed
OURS = "ours"  # our record: only we change it
OURS_FIELDS = "ours_fields"  # our shared need: a helper may change only its progress
NOT_SHARED = "not_shared"  # hung on our record that we did not share
NOT_THEIRS = "not_theirs"  # hung on a record of another council
CODE_NOT_THEIRS = "code_not_theirs"  # a code from another council's series
CODE_TAKEN = "code_taken"  # the code belongs to another record here
BAD_VALUE = "bad_value"  # a field that does not fit (too long, wrong kind)
PARENT_REFUSED = "parent_refused"  # refers to a record refused in the same bundle
AUDIT_CHANGED = "audit_changed"  # audit entries are never changed
AUDIT_CHAIN = "audit_chain"  # audit entries that do not fit their laptop's chain or seal
AUDIT_OURS = "audit_ours"  # audit entries claiming to be this laptop's

# Fields of a need a helping council may change, as a team's return changes them (services/needs/progress.py,
# services/dispatch/team_return.py).
PROGRESS_FIELDS = ("status", "status_reason", "remaining_work", "headcount", "estimated_days", "equipment")
SHARED_FLAG = "shared_with_block"


@dataclass(frozen=True)
class Parent:
    column: str
    table: str
    shared: str = ""  # the parent's column that lets a peer hang rows on our record when true


PARENTS: dict[str, tuple[Parent, ...]] = {
    "volunteer": (Parent("group_id", "volunteer_group"),),
    "need_status_change": (Parent("need_id", "need", shared=SHARED_FLAG),),
    "survey": (Parent("need_id", "need", shared=SHARED_FLAG),),
    "loan": (Parent("equipment_id", "equipment"),),
}
# Tables whose rows name their council in a column of their own, which must be the row's origin.
COUNCIL_COLUMN = {"block_day_figures": "council_code"}
# Tables where a helper may change some fields of our record, and the flag that allows it.
HELPER_FIELDS = {"need": (SHARED_FLAG, PROGRESS_FIELDS)}


def foreign_code(code: object, short: str) -> bool:
    """True when ``code`` is a dvc record code of another council's series than ``short``.

    Codes that are not dvc codes (a council's own equipment labels such as E-SHOVEL) carry no series.
    """
    if not isinstance(code, str) or not short:
        return False
    try:
        parsed = parse_code(code)
    except CodeError:
        return False
    return parsed.council != short


def block_origin_verdict(*, sender: str, self_council: str, incoming_origin: str, local_origin: str | None) -> str:
    """The reason to refuse a row from ``sender`` on its origin alone, or "" (ours is decided by the caller)."""
    if local_origin is not None and incoming_origin != local_origin:
        return ORIGIN_CHANGED
    if incoming_origin not in (sender, self_council):
        return THIRD_COUNCIL
    return ""
