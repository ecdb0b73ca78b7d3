"""The life of a request for help (ニーズ): which status may follow which, and what a change must say.

    受付 → 調査待ち → 調査済 → マッチング待ち → 活動中 → 完了
                                  ↑               ↓
                                  └──── 継続 ←────┘   (継続 is back on the matching board, with what is left)

保留 (on hold) and 取消 (cancelled) can be reached from any status before a team is
on site and need a reason; a held need resumes where the desk decides. A need
that needs no survey (a phone call for a 話し相手) may go straight from 受付 to
マッチング待ち. A 完了 need reopens as 継続 and a cancelled one as 受付, both with a
reason, because residents call back and mistakes are made.

Pure rules, no storage: ``check`` says whether a change is allowed, and
``history_is_consistent`` what a need's recorded changes must look like.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from dvc.domain.messages import QT_TRANSLATE_NOOP, Term, UserError
from dvc.domain.vocab import NeedStatus as S

FIRST = S.RECEIVED

# English source text of each status (context "vocab"); screens, forms and messages translate it.
STATUS_TEXT: dict[S, str] = {
    S.RECEIVED: QT_TRANSLATE_NOOP("vocab", "Received"),
    S.AWAITING_SURVEY: QT_TRANSLATE_NOOP("vocab", "Awaiting survey"),
    S.SURVEYED: QT_TRANSLATE_NOOP("vocab", "Surveyed"),
    S.AWAITING_MATCH: QT_TRANSLATE_NOOP("vocab", "Awaiting matching"),
    S.ACTIVE: QT_TRANSLATE_NOOP("vocab", "Active"),
    S.DONE: QT_TRANSLATE_NOOP("vocab", "Done"),
    S.CONTINUING: QT_TRANSLATE_NOOP("vocab", "Continuing"),
    S.ON_HOLD: QT_TRANSLATE_NOOP("vocab", "On hold"),
    S.CANCELLED: QT_TRANSLATE_NOOP("vocab", "Cancelled"),
}


def status_term(status: str) -> Term | str:
    """A status inside a message: translated where it is shown; an unknown key stays as it is."""
    text = STATUS_TEXT.get(status)  # a StrEnum key is found by its plain string
    return Term("vocab", text) if text else status

# Statuses before a team goes out: these may be held or cancelled.
_BEFORE_ACTIVE = (S.RECEIVED, S.AWAITING_SURVEY, S.SURVEYED, S.AWAITING_MATCH, S.CONTINUING)

NEXT: dict[S, tuple[S, ...]] = {
    S.RECEIVED: (S.AWAITING_SURVEY, S.AWAITING_MATCH, S.ON_HOLD, S.CANCELLED),
    S.AWAITING_SURVEY: (S.SURVEYED, S.ON_HOLD, S.CANCELLED),
    S.SURVEYED: (S.AWAITING_MATCH, S.ON_HOLD, S.CANCELLED),
    S.AWAITING_MATCH: (S.ACTIVE, S.ON_HOLD, S.CANCELLED),
    S.ACTIVE: (S.DONE, S.CONTINUING),
    S.CONTINUING: (S.ACTIVE, S.DONE, S.ON_HOLD, S.CANCELLED),
    S.ON_HOLD: (*_BEFORE_ACTIVE, S.CANCELLED),
    S.DONE: (S.CONTINUING,),
    S.CANCELLED: (S.RECEIVED,),
}

# Changes a person must explain: the reason is printed on the history and the board.
_NEEDS_REASON_TO = frozenset({S.ON_HOLD, S.CANCELLED, S.CONTINUING})
_NEEDS_REASON_FROM = frozenset({S.DONE, S.CANCELLED})


@dataclass(frozen=True)
class Change:
    from_status: str  # "" for the first record, made at intake
    to_status: str
    reason: str = ""


def allowed_next(status: str) -> tuple[S, ...]:
    try:
        return NEXT[S(status)]
    except ValueError:
        return ()


def needs_reason(from_status: str, to_status: str) -> bool:
    return to_status in _NEEDS_REASON_TO or from_status in _NEEDS_REASON_FROM


def check(from_status: str, to_status: str, reason: str = "") -> Change:
    """The change, if allowed; otherwise a UserError saying why, for the person at the desk."""
    try:
        target = S(to_status)
    except ValueError:
        raise UserError(QT_TRANSLATE_NOOP("errors", "“{status}” is not a status of a need."), status=to_status) from None
    reason = reason.strip()
    if from_status == target:
        raise UserError(QT_TRANSLATE_NOOP("errors", "The need already has this status."))
    if target not in allowed_next(from_status):
        if from_status == S.ACTIVE and target in (S.ON_HOLD, S.CANCELLED):
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "A team is on site. Record the outcome (done or continuing) when it returns, then hold or cancel."))
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "A need cannot go from “{from_status}” to “{to_status}”."),
            from_status=status_term(from_status), to_status=status_term(target),
        )
    if needs_reason(from_status, target) and not reason:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Give a reason for this change (it is kept in the need's history)."))
    return Change(from_status, target.value, reason)


def path(from_status: str, to_status: str) -> list[S]:
    """The fewest allowed steps from one status to another (empty if the same or unreachable).

    For a need imported with a status another office already gave it: its history
    then still reads as allowed changes from intake.
    """
    frontier, came_from = [S(from_status)], {S(from_status): None}
    while frontier:
        status = frontier.pop(0)
        if status == to_status:
            steps = []
            while came_from[status] is not None:
                steps.append(status)
                status = came_from[status]
            return steps[::-1]
        for following in NEXT[status]:
            # Holding or cancelling on the way would be a story nobody told.
            detour = following in (S.ON_HOLD, S.CANCELLED, S.DONE) and following != to_status
            if following not in came_from and not detour:
                came_from[following] = status
                frontier.append(following)
    return []


def replay(changes: Sequence[Change]) -> str:
    """The status a list of changes leads to; raises UserError at the first change that is not allowed."""
    status = ""
    for number, change in enumerate(changes):
        if number == 0:
            if change.from_status or change.to_status != FIRST:
                raise UserError(QT_TRANSLATE_NOOP("errors", "A need's history must start with its intake."))
        else:
            if change.from_status != status:
                raise UserError(QT_TRANSLATE_NOOP("errors", "A need's history has a gap before “{status}”."),
                                status=change.to_status)
            check(change.from_status, change.to_status, change.reason)
        status = change.to_status
    return status


def open_ends(changes: Iterable[Change], start: str = "") -> list[str]:
    """The statuses a need's recorded changes leave it at, whatever order they are read in.

    Each change takes the need from one status to another: it uses up the status it starts from and
    leaves the one it ends at. Read from ``start`` (intake: "", or the status a desk settled on), one
    desk's history leaves exactly one status open, the current one. Two desks that changed the need
    apart each used up the status they both saw: two statuses are left open, the need moved two ways.
    (Both making the same change leaves one status, twice: no disagreement.)
    """
    balance = Counter({start: 1})
    for change in changes:
        balance[change.from_status] -= 1
        balance[change.to_status] += 1
    order = {status: i for i, status in enumerate(S)}
    return sorted((status for status, n in balance.items() if n > 0), key=lambda s: order.get(s, len(order)))


def history_is_consistent(changes: Sequence[Change], current: str) -> bool:
    """The recorded changes chain from intake, each allowed, and end at the need's current status."""
    try:
        return bool(changes) and replay(changes) == current
    except UserError:
        return False
