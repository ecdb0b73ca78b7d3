"""A small hand-made morning for the edit rules: every situation named, nothing random."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from dvc.domain.timeutil import fiscal_year
from dvc.domain.vocab import Gender, GenderPreference, NeedStatus, Priority
from dvc.services.core.workspace import Workspace
from dvc.store.tables import Attendance, Group, Need, Volunteer

DAY = date(2025, 7, 10)
T0 = datetime(2025, 7, 9, 0, 0, tzinfo=timezone.utc)

PEOPLE = (
    # name, age, gender, insured, checked in, in the group, leader_ok
    ("佐藤 父", 44, Gender.MALE, True, True, True, True),
    ("佐藤 子", 15, Gender.MALE, True, True, True, False),
    ("佐藤 母", 42, Gender.FEMALE, True, False, True, False),  # comes later in the morning
    ("山田 太郎", 52, Gender.MALE, True, True, False, True),
    ("鈴木 花子", 30, Gender.FEMALE, True, True, False, False),
    ("高橋 健", 27, Gender.MALE, True, True, False, False),
    ("田中 保険なし", 40, Gender.MALE, False, True, False, False),
    ("伊藤 未受付", 35, Gender.FEMALE, True, False, False, False),
)
NEEDS = (
    # key, headcount, priority, gender
    ("A", 2, Priority.HIGH, GenderPreference.ANY),
    ("B", 3, Priority.MEDIUM, GenderPreference.ANY),
    ("W", 2, Priority.LOW, GenderPreference.WOMEN_ONLY),
)


@dataclass
class Scene:
    people: dict[str, uuid.UUID] = field(default_factory=dict)
    needs: dict[str, uuid.UUID] = field(default_factory=dict)


def small_day(ws: Workspace) -> Scene:
    out = Scene()
    with ws.transaction() as s:
        group = Group(code=ws.new_codes(s, "G")[0], name="佐藤家")
        s.add(group)
        s.flush()
        arrivals = []
        for code, (name, age, gender, insured, here, grouped, leader_ok) in zip(ws.new_codes(s, "V", len(PEOPLE)), PEOPLE):
            v = Volunteer(code=code, name=name, age=age, gender=gender, leader_ok=leader_ok,
                          insurance_fiscal_year=fiscal_year(DAY) if insured else None,
                          group_id=group.id if grouped else None)
            s.add(v)
            out.people[name] = v.id
            if here:
                arrivals.append(Attendance(volunteer_id=v.id, day=DAY, checked_in_at=T0 + timedelta(hours=23)))
        s.flush()
        s.add_all(arrivals)
        for i, (code, (key, headcount, priority, gender)) in enumerate(zip(ws.new_codes(s, "N", len(NEEDS)), NEEDS)):
            need = Need(code=code, status=NeedStatus.AWAITING_MATCH, priority=priority, headcount=headcount,
                        gender_preference=gender, district="本町", work_types=["泥出し"],
                        received_at=T0 + timedelta(minutes=i))
            s.add(need)
            out.needs[key] = need.id
    return out


def check_in(ws: Workspace, volunteer_id: uuid.UUID) -> None:
    with ws.transaction() as s:
        s.add(Attendance(volunteer_id=volunteer_id, day=DAY, checked_in_at=T0 + timedelta(hours=25)))
