"""Dispatch tests: a need waiting for a team, four checked-in volunteers in a CONFIRMED team, tools in store.

The team is written straight into the tables (as the matching desk would leave it), so these tests do not
depend on the matching services.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import pytest

from dvc.domain.need_intake import NeedDraft
from dvc.domain.timeutil import TOKYO, local_day
from dvc.domain.vocab import NeedStatus, TeamStatus
from dvc.services.reception import checkin
from dvc.services.needs.intake import add_need
from dvc.store.tables import Equipment, Team, TeamMember, Volunteer

# A fixed morning so expected-return defaults and overdue sums are exact.
MORNING = datetime(2026, 11, 27, 9, 30, tzinfo=TOKYO).astimezone(timezone.utc)
DAY = local_day(MORNING)

PEOPLE = (("山田 太郎", "やまだ たろう", "090-1111-2222"), ("佐藤 花子", "さとう はなこ", "080-3333-4444"),
          ("鈴木 一郎", "すずき いちろう", "070-5555-6666"), ("高橋 美咲", "たかはし みさき", "090-7777-8888"))


@dataclass
class Scene:
    need: uuid.UUID
    need_code: str
    team: uuid.UUID
    team_code: str
    members: list[uuid.UUID]  # leader first
    member_codes: list[str]
    shovel: uuid.UUID
    barrow: uuid.UUID
    sandbags: uuid.UUID


def make_need(ws, *, headcount: int = 4, status: str = NeedStatus.AWAITING_MATCH, district: str = "本町") -> tuple:  # noqa: ANN001
    draft = NeedDraft(received_at=MORNING - timedelta(days=1), requester_name="小金井 一子", requester_kana="こがねい いちこ",
                      requester_phone="042-383-1111", site_address="東京都小金井市本町6-6-3", district=district,
                      work_types=("泥出し", "家財搬出"), damage="床上浸水 30cm", headcount=headcount,
                      equipment="スコップ、一輪車", parking="2台", toilet="近くの公園", notes="高齢のご夫婦")
    with ws.transaction() as s:
        need = add_need(s, ws, draft, status=status, status_reason="確認済み")
        return need.id, need.code


def make_team(ws, need_id: uuid.UUID, people=PEOPLE, *, status: str = TeamStatus.CONFIRMED,  # noqa: ANN001
              check_in: bool = True, at: datetime = MORNING) -> tuple[uuid.UUID, str, list[uuid.UUID], list[str]]:
    day = local_day(at)
    with ws.transaction() as s:
        codes = ws.new_codes(s, "V", len(people))
        volunteers = [Volunteer(code=c, name=n, kana=k, phone=p, age=40, insurance_fiscal_year=2026)
                      for c, (n, k, p) in zip(codes, people)]
        s.add_all(volunteers)
        s.flush()
        team = Team(code=ws.new_codes(s, "T")[0], need_id=need_id, day=day, status=status, leader_id=volunteers[0].id)
        s.add(team)
        s.flush()
        s.add_all([TeamMember(team_id=team.id, volunteer_id=v.id, is_leader=i == 0) for i, v in enumerate(volunteers)])
        ids, team_id, team_code = [v.id for v in volunteers], team.id, team.code
    if check_in:
        for code in codes:
            assert checkin.check_in(ws, scanned=code, day=day, at=at - timedelta(hours=1)).ok
    return team_id, team_code, ids, codes


def make_items(ws) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:  # noqa: ANN001
    with ws.transaction() as s:
        codes = ws.new_codes(s, "E", 3)
        shovel = Equipment(code=codes[0], name="スコップ（角）", unit="本", quantity_owned=10, minimum_stock=3)
        barrow = Equipment(code=codes[1], name="一輪車", unit="台", quantity_owned=2)
        bags = Equipment(code=codes[2], name="土のう袋", unit="枚", quantity_owned=500, consumable=True)
        s.add_all([shovel, barrow, bags])
        s.flush()
        return shovel.id, barrow.id, bags.id


@pytest.fixture
def scene(workspace) -> Scene:
    need, need_code = make_need(workspace)
    team, team_code, members, codes = make_team(workspace, need)
    shovel, barrow, bags = make_items(workspace)
    return Scene(need=need, need_code=need_code, team=team, team_code=team_code, members=members,
                 member_codes=codes, shovel=shovel, barrow=barrow, sandbags=bags)
