"""A known three-day scenario for the report tests, and its figures counted here by hand from the plan.

The expected numbers are worked out from the plain Python plan below, never
from the database, so a wrong query cannot agree with itself.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from dvc.domain.timeutil import TOKYO
from dvc.services.reception import checkin
from dvc.store.tables import Dispatch, Equipment, Group, Loan, Need, NeedStatusChange, Survey, Team, Volunteer

DAY = date(2026, 11, 27)
DAYS = [DAY - timedelta(days=2), DAY - timedelta(days=1), DAY]
PEOPLE = 40
GROUP_OF = {i: i % 3 for i in range(0, 12)}  # people 0-11 belong to one of three groups
OPEN = {"received", "awaiting_survey", "surveyed", "awaiting_match", "active", "continuing", "on_hold"}


def tokyo(day: date, hour: float) -> datetime:
    return datetime.combine(day, time(), tzinfo=TOKYO) + timedelta(hours=hour)


@dataclass
class PlannedNeed:
    headcount: int
    days: int
    received: tuple[int, float]  # (index into DAYS, hour)
    history: list[tuple[int, float, str]]  # (day index, hour, status) after "received"
    surveys: list[int] = field(default_factory=list)  # day indexes
    recorded: bool = True  # False: no status history rows at all (an old file)
    status_now: str = ""


NEEDS = [
    PlannedNeed(3, 2, (0, 9), [(0, 11, "awaiting_survey"), (0, 15, "surveyed"), (1, 9, "awaiting_match"),
                               (1, 10, "active"), (1, 16, "done")], surveys=[0]),
    PlannedNeed(5, 3, (0, 10), [(0, 12, "awaiting_survey"), (1, 10, "surveyed"), (1, 11, "awaiting_match"),
                                (2, 9.5, "active"), (2, 16.5, "continuing")], surveys=[1]),
    PlannedNeed(2, 1, (0, 13), [(1, 9, "awaiting_match"), (1, 10, "active"), (1, 15, "continuing"),
                                (2, 10, "active"), (2, 15, "done")]),
    PlannedNeed(4, 2, (1, 9.2), [(1, 10, "awaiting_survey"), (2, 11, "surveyed")], surveys=[2, 2]),
    PlannedNeed(6, 1, (1, 14), [(1, 14.5, "cancelled")]),
    PlannedNeed(1, 1, (2, 8.9), []),
    PlannedNeed(2, 2, (2, 10), [(2, 10.5, "on_hold")]),
    PlannedNeed(3, 1, (0, 16), [], recorded=False, status_now="awaiting_match"),
    # Late in the evening Tokyo time = the same UTC day as the next morning's: days must be Tokyo days.
    PlannedNeed(2, 2, (1, 23.5), [(2, 0.5, "awaiting_survey")]),
]


def plan_visits(seed: int = 5) -> dict[int, list[tuple[int, float, float | None]]]:
    """Day index -> [(person, arrival hour, hours stayed or None)]."""
    rng = random.Random(seed)
    visits = {}
    for d in range(len(DAYS)):
        people = rng.sample(range(PEOPLE), rng.randint(15, 30))
        visits[d] = [(p, 8.5 + rng.random(), rng.choice([None, 5.0, 6.5, 7.25])) for p in people]
    return visits


@dataclass
class Expected:
    volunteers: dict[date, dict]
    needs: dict[date, dict]
    teams_sent: dict[date, int]
    lent: dict[date, int]


def expected(visits: dict) -> Expected:
    seen: set[int] = set()
    total = 0
    vols = {}
    for d, day in enumerate(DAYS):
        people = [p for p, _a, _h in visits[d]]
        first = [p for p in people if p not in seen]
        total += len(people)
        seen.update(people)
        vols[day] = {
            "checked_in": len(people), "first_time": len(first), "repeat": len(people) - len(first),
            "in_group": sum(p in GROUP_OF for p in people), "first_in_group": sum(p in GROUP_OF for p in first),
            "checked_out": sum(h is not None for _p, _a, h in visits[d]),
            "hours": sum(h for _p, _a, h in visits[d] if h is not None),
            "volunteers_total": total, "people_total": len(seen),
        }
    needs = {}
    for d, day in enumerate(DAYS):
        status_at_end = {}
        for i, n in enumerate(NEEDS):
            if n.received[0] > d:
                continue
            if not n.recorded:
                status_at_end[i] = n.status_now
                continue
            steps = [("received", n.received[0], n.received[1])] + [(s, sd, h) for sd, h, s in n.history]
            status_at_end[i] = [s for s, sd, _h in steps if sd <= d][-1]
        needs[day] = {
            "received": sum(n.received[0] == d for n in NEEDS),
            "surveyed": sum(d in n.surveys for n in NEEDS),
            "completed": sum(any(sd == d and s == "done" for sd, _h, s in n.history) for n in NEEDS),
            "active": sum(s == "active" for s in status_at_end.values()),
            "continuing": sum(s == "continuing" for s in status_at_end.values()),
            "open": sum(s in OPEN for s in status_at_end.values()),
            "person_days": sum(NEEDS[i].headcount * NEEDS[i].days for i, s in status_at_end.items() if s in OPEN),
            "received_total": sum(n.received[0] <= d for n in NEEDS),
            "completed_total": sum(any(sd <= d and s == "done" for sd, _h, s in n.history) for n in NEEDS),
        }
    return Expected(volunteers=vols, needs=needs, teams_sent={DAYS[1]: 2, DAYS[2]: 1}, lent={DAYS[1]: 7, DAYS[2]: 4})


def build(ws, seed: int = 5) -> Expected:  # noqa: ANN001
    visits = plan_visits(seed)
    with ws.transaction() as s:
        groups = [Group(code=code, name=f"団体{i}") for i, code in enumerate(ws.new_codes(s, "G", 3))]
        s.add_all(groups)
        s.flush()
        people = []
        for i, code in enumerate(ws.new_codes(s, "V", PEOPLE)):
            v = Volunteer(code=code, name=f"参加 {i:02d}", kana=f"さんか {i:02d}",
                          group_id=groups[GROUP_OF[i]].id if i in GROUP_OF else None)
            people.append(v)
        s.add_all(people)
        s.flush()
        codes = [v.code for v in people]
        need_rows = []
        for plan, code in zip(NEEDS, ws.new_codes(s, "N", len(NEEDS))):
            history = [("received", plan.received[0], plan.received[1])] + [(st, d, h) for d, h, st in plan.history]
            need = Need(code=code, received_at=tokyo(DAYS[plan.received[0]], plan.received[1]), headcount=plan.headcount,
                        estimated_days=plan.days, status=plan.status_now or history[-1][0], district="本町")
            s.add(need)
            s.flush()
            need_rows.append(need)
            if plan.recorded:
                previous = ""
                for status, d, hour in history:
                    s.add(NeedStatusChange(need_id=need.id, at=tokyo(DAYS[d], hour), from_status=previous, to_status=status))
                    previous = status
            for d in plan.surveys:
                s.add(Survey(need_id=need.id, surveyed_on=DAYS[d], findings="調査"))
        teams = []
        for d, need in ((1, need_rows[0]), (1, need_rows[2]), (2, need_rows[1])):
            team = Team(code=ws.new_codes(s, "T")[0], need_id=need.id, day=DAYS[d], status="returned")
            s.add(team)
            s.flush()
            dispatch = Dispatch(team_id=team.id, departed_at=tokyo(DAYS[d], 10), returned_at=tokyo(DAYS[d], 16))
            s.add(dispatch)
            s.flush()
            teams.append(dispatch)
        shovel = Equipment(code=ws.new_codes(s, "E")[0], name="スコップ", unit="本", quantity_owned=30)
        s.add(shovel)
        s.flush()
        for dispatch, quantity, d in ((teams[0], 4, 1), (teams[1], 3, 1), (teams[2], 4, 2)):
            s.add(Loan(equipment_id=shovel.id, dispatch_id=dispatch.id, quantity_out=quantity,
                       out_at=tokyo(DAYS[d], 9.9), quantity_returned=quantity, returned_at=tokyo(DAYS[d], 16)))
    for d, day in enumerate(DAYS):
        for person, arrival, stayed in visits[d]:
            result = checkin.check_in(ws, scanned=codes[person], day=day, at=tokyo(day, arrival))
            assert result.ok, result
            if stayed is not None:
                assert checkin.check_out(ws, scanned=codes[person], day=day, at=tokyo(day, arrival + stayed)).ok
    return expected(visits)
