"""Dispatch desk tests: confirmed teams of checked-in volunteers for open needs, and tools to lend."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import pytest

from dvc.domain.timeutil import fiscal_year, local_day
from dvc.domain.vocab import NeedStatus, TeamStatus
from dvc.store.tables import Attendance, Equipment, Need, Team, TeamMember, Volunteer

TEAMS = (
    # need district, address, work, members (name, kana, phone)
    ("本町", "本町3-4-12", ["泥出し", "家財搬出"], (("山田 太郎", "やまだ たろう", "090-1234-5678"),
                                               ("鈴木 花子", "すずき はなこ", "080-2345-6789"),
                                               ("髙橋 美咲", "たかはし みさき", ""))),
    ("東町", "東町1-2-3", ["片付け・清掃"], (("佐藤 一郎", "さとう いちろう", "070-3456-7890"),
                                          ("田中 健", "たなか けん", ""))),
    ("緑町", "緑町5-6-7", ["運搬"], (("伊藤 直子", "いとう なおこ", "090-9876-5432"),
                                   ("渡辺 翔", "わたなべ しょう", ""))),
)


@dataclass
class Day:
    teams: list[uuid.UUID]  # confirmed, in TEAMS order
    codes: list[str]
    needs: list[uuid.UUID]
    need_codes: list[str]
    members: list[list[uuid.UUID]]
    shovel: uuid.UUID
    sandbags: uuid.UUID


def make_day(ws) -> Day:  # noqa: ANN001
    day = local_day()
    now = datetime.now(timezone.utc) - timedelta(hours=1)
    out = Day([], [], [], [], [], uuid.uuid4(), uuid.uuid4())
    with ws.transaction() as s:
        for district, address, work, people in TEAMS:
            need = Need(code=ws.new_codes(s, "N")[0], status=NeedStatus.AWAITING_MATCH, district=district,
                        site_address=address, requester_name="小金井 一子", headcount=len(people),
                        work_types=work, received_at=now - timedelta(days=1))
            s.add(need)
            team = Team(code=ws.new_codes(s, "T")[0], need_id=need.id, day=day, status=TeamStatus.CONFIRMED)
            s.add(team)
            s.flush()
            ids = []
            for i, (name, kana, phone) in enumerate(people):
                v = Volunteer(code=ws.new_codes(s, "V")[0], name=name, kana=kana, phone=phone, age=30 + i,
                              insurance_fiscal_year=fiscal_year(day))
                s.add(v)
                s.flush()
                s.add(Attendance(volunteer_id=v.id, day=day, checked_in_at=now))
                s.add(TeamMember(team_id=team.id, volunteer_id=v.id, is_leader=i == 0))
                if i == 0:
                    team.leader_id = v.id
                ids.append(v.id)
            out.teams.append(team.id)
            out.codes.append(team.code)
            out.needs.append(need.id)
            out.need_codes.append(need.code)
            out.members.append(ids)
        codes = ws.new_codes(s, "E", 2)
        shovel = Equipment(code=codes[0], name="スコップ（角）", unit="本", quantity_owned=10, minimum_stock=3)
        bags = Equipment(code=codes[1], name="土のう袋", unit="枚", quantity_owned=500, minimum_stock=100,
                         consumable=True)
        s.add_all([shovel, bags])
        s.flush()
        out.shovel, out.sandbags = shovel.id, bags.id
    return out


@pytest.fixture
def day(workspace) -> Day:  # noqa: ANN001
    return make_day(workspace)
