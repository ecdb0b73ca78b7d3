"""The matching desk's answer to a person two desks put on two teams of one day while apart (services/apart/teams.py)."""

from __future__ import annotations

import uuid

from dvc.domain.messages import UserError
from dvc.services.apart import teams
from dvc.services.apart.model import NOT_A_CHOICE, SETTLED_MEANWHILE
from dvc.services.apart.watch import check_in_transaction
from dvc.services.core.workspace import Workspace
from dvc.services.matching.team_plan import take_off


def decide(ws: Workspace, *, key: str, choice: str, value: int | None = None) -> None:
    """``keep:<team id>``: the person stays on that team and is taken off the day's other teams, in one transaction."""
    volunteer_id, day = teams.parse_key(key)
    if not choice.startswith("keep:"):
        raise UserError(NOT_A_CHOICE)
    kept = uuid.UUID(hex=choice.split(":", 1)[1])
    with ws.transaction() as s:
        held = teams.holding(s, volunteer_id, day)
        if len(held) < 2:
            raise UserError(SETTLED_MEANWHILE)
        if kept not in {t.id for t in held}:
            raise UserError(NOT_A_CHOICE)
        for team in held:
            if team.id != kept:
                take_off(s, team, volunteer_id)
        check_in_transaction(s)
