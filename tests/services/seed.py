"""A few hand-made rows for list and count tests (the drill generator makes big ones)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from dvc.domain.timeutil import fiscal_year, local_day
from dvc.domain.vocab import NeedStatus, Priority, TeamStatus
from dvc.services.core.workspace import Workspace
from dvc.store.tables import Attendance, Dispatch, Equipment, Group, Loan, Need, Team, TeamMember, Volunteer


@dataclass
class Seeded:
    volunteers: dict[str, Volunteer] = field(default_factory=dict)
    needs: dict[str, Need] = field(default_factory=dict)
    teams: dict[str, Team] = field(default_factory=dict)


PEOPLE = (
    # name, kana, age, insured, checked in today, first time, in a team
    ("山田 太郎", "やまだ たろう", 45, True, True, False, True),
    ("鈴木 花子", "すずき はなこ", 19, True, True, True, False),
    ("佐藤 一郎", "さとう いちろう", 67, False, True, False, False),
    ("髙橋 美咲", "たかはし みさき", 33, True, False, False, False),
    ("田中 健", "たなか けん", None, True, False, False, False),
)


def seed(ws: Workspace, *, day: date | None = None) -> Seeded:
    day = day or local_day()
    now = datetime.now(timezone.utc)
    out = Seeded()
    with ws.transaction() as s:
        group = Group(code=ws.new_codes(s, "G")[0], name="小金井ボランティアの会")
        s.add(group)
        s.flush()  # no ORM relationships: flush parents before children by hand
        codes = ws.new_codes(s, "V", len(PEOPLE))
        arrivals = []
        for code, (name, kana, age, insured, here, first, _team) in zip(codes, PEOPLE):
            v = Volunteer(
                code=code, name=name, kana=kana, age=age,
                insurance_fiscal_year=fiscal_year(day) if insured else None,
                group_id=group.id if name.startswith("田中") else None,
                vehicles=["軽トラ"] if name.startswith("山田") else [],
                leader_ok=name.startswith("山田"),
            )
            s.add(v)
            out.volunteers[name] = v
            if here:
                arrivals.append(Attendance(volunteer_id=v.id, day=day, checked_in_at=now, first_time=first))
        s.flush()
        s.add_all(arrivals)
        statuses = (NeedStatus.AWAITING_MATCH, NeedStatus.AWAITING_MATCH, NeedStatus.ACTIVE, NeedStatus.DONE,
                    NeedStatus.RECEIVED, NeedStatus.CONTINUING)
        priorities = (Priority.MEDIUM, Priority.HIGH, Priority.LOW, Priority.LOW, Priority.MEDIUM, Priority.LOW)
        for i, (code, status, priority) in enumerate(zip(ws.new_codes(s, "N", len(statuses)), statuses, priorities)):
            need = Need(code=code, status=status, priority=priority, district="本町", headcount=3 + i,
                        work_types=["泥出し", "運搬"], received_at=now - timedelta(hours=10 - i))
            s.add(need)
            out.needs[code] = need
        active = next(n for n in out.needs.values() if n.status == NeedStatus.ACTIVE)
        leader = out.volunteers["山田 太郎"]
        team = Team(code=ws.new_codes(s, "T")[0], need_id=active.id, day=day, leader_id=leader.id,
                    status=TeamStatus.DISPATCHED)
        s.add(team)
        out.teams[team.code] = team
        s.flush()
        s.add(TeamMember(team_id=team.id, volunteer_id=leader.id, is_leader=True))
        dispatch = Dispatch(team_id=team.id, departed_at=now)
        s.add(dispatch)
        s.flush()
        shovel = Equipment(code="E-SHOVEL", name="スコップ", unit="本", quantity_owned=20, quantity_damaged=1)
        barrow = Equipment(code="E-BARROW", name="一輪車", unit="台", quantity_owned=5, quantity_lost=1)
        s.add_all([shovel, barrow])
        s.flush()
        s.add(Loan(equipment_id=shovel.id, dispatch_id=dispatch.id, quantity_out=6, quantity_returned=2))
    return out
