"""The needs desk's answer to a need whose status two desks changed two ways apart (services/apart/need_forks.py).

The status chosen becomes the need's, with a line in its history (the reason says why), and the
decision remembers the changes seen so far: the history reads on from the settled status. Which
statuses may be chosen follows the need's teams (a team on site keeps it Active). One transaction,
audited, and it travels like any status change.
"""

from __future__ import annotations

from sqlmodel import select

from dvc.domain.messages import UserError
from dvc.domain.timeutil import local_day
from dvc.services.apart import decisions, need_forks
from dvc.services.apart.kinds import Context
from dvc.services.apart.model import NOT_A_CHOICE, SETTLED_MEANWHILE, ApartRefusal
from dvc.services.apart.watch import check_in_transaction
from dvc.services.core.workspace import Workspace
from dvc.services.needs.intake import get_need
from dvc.store.tables import NeedStatusChange

# Stored with the history line, like the dispatch desk's 中断 (services/dispatch/team_return.py): printed as is.
SETTLED_REASON = "2台のパソコンで別々に変更された状態を決定"


def decide(ws: Workspace, *, key: str, choice: str, value: int | None = None) -> None:
    """``status:<status>``: one of the statuses the need's history was left at."""
    need_id = need_forks.parse_key(key)
    ctx = Context(council=ws.identity.council_code, today=local_day())
    if not choice.startswith("status:"):
        raise UserError(NOT_A_CHOICE)
    status = choice.split(":", 1)[1]
    with ws.transaction() as s:
        if not need_forks.KIND.holds(s, key, ctx):
            raise UserError(SETTLED_MEANWHILE)
        if status not in need_forks.ends(s, need_id):
            raise UserError(NOT_A_CHOICE)
        why_not = need_forks.allowed(s, need_id, status)
        if why_not is not None:
            raise ApartRefusal(why_not)
        need = get_need(s, need_id)
        if need.status != status:
            s.add(NeedStatusChange(need_id=need.id, from_status=need.status, to_status=status,
                                   reason=SETTLED_REASON, operator_name=ws.operator))
            need.status, need.status_reason = status, SETTLED_REASON
            s.add(need)
        s.flush()
        seen = [i.hex for i in s.exec(select(NeedStatusChange.id).where(
            NeedStatusChange.need_id == need.id, NeedStatusChange.deleted == False)).all()]  # noqa: E712
        decisions.record(s, key=key, kind=need_forks.NAME, choice=choice, detail={"status": status, "seen": seen})
        check_in_transaction(s)
