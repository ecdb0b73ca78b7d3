"""Equipment tests: a few items and a team out on site, made by hand."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

import pytest

from dvc.domain.timeutil import local_day
from dvc.domain.vocab import NeedStatus, TeamStatus
from dvc.store.tables import Dispatch, Equipment, Need, Team


@dataclass
class Store:
    shovel: uuid.UUID
    barrow: uuid.UUID
    sandbags: uuid.UUID
    dispatch: uuid.UUID
    team_code: str


def make_dispatch(ws, *, returned: bool = False) -> tuple[uuid.UUID, str]:  # noqa: ANN001
    now = datetime.now(timezone.utc)
    with ws.transaction() as s:
        need = Need(code=ws.new_codes(s, "N")[0], status=NeedStatus.ACTIVE, district="本町", headcount=4)
        s.add(need)
        s.flush()
        team = Team(code=ws.new_codes(s, "T")[0], need_id=need.id, day=local_day(), status=TeamStatus.DISPATCHED)
        s.add(team)
        s.flush()
        dispatch = Dispatch(team_id=team.id, departed_at=now, returned_at=now if returned else None)
        s.add(dispatch)
        s.flush()
        return dispatch.id, team.code


def make_items(ws) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:  # noqa: ANN001
    with ws.transaction() as s:
        codes = ws.new_codes(s, "E", 3)
        shovel = Equipment(code=codes[0], name="スコップ（角）", unit="本", quantity_owned=10, minimum_stock=3,
                           lendable_to_block=True)
        barrow = Equipment(code=codes[1], name="一輪車", unit="台", quantity_owned=3, quantity_damaged=1)
        bags = Equipment(code=codes[2], name="土のう袋", unit="枚", quantity_owned=500, minimum_stock=100,
                         consumable=True)
        s.add_all([shovel, barrow, bags])
        s.flush()
        return shovel.id, barrow.id, bags.id


@pytest.fixture
def store(workspace) -> Store:
    shovel, barrow, bags = make_items(workspace)
    dispatch, team = make_dispatch(workspace)
    return Store(shovel=shovel, barrow=barrow, sandbags=bags, dispatch=dispatch, team_code=team)
