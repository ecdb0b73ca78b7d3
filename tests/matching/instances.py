"""Random matching instances for the property tests, the quality comparison and the bench.

``random_instance`` stresses the rules (many minors, uninsured, odd genders,
scarce skills and vehicles); ``drill_instance`` draws people and needs from the
drill scenario, so the bench sees a believable morning.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone

from dvc.domain import drill_scenario as ds
from dvc.domain.matching import Candidate, Instance, Lock, OpenNeed, propose
from dvc.domain.timeutil import fiscal_year
from dvc.domain.volunteer_rules import Person, needs_guardian_present
from dvc.domain.vocab import Gender, GenderPreference, Priority

SKILLS = ("看護師", "大工", "重機")
DISTRICTS = ("本町", "東町", "緑町")
T0 = datetime(2025, 7, 1, tzinfo=timezone.utc)


def random_instance(rng: random.Random, volunteers: int, needs: int, *, max_headcount: int = 6,
                    max_group: int = 8, locks: int = 0) -> Instance:
    people: list[Candidate] = []
    group = 0
    while len(people) < volunteers:
        size = 1 if rng.random() < 0.6 else rng.randint(2, max_group)
        size = min(size, volunteers - len(people))
        group += 1
        for i in range(size):
            people.append(_person(rng, len(people), None if size == 1 else group, first=i == 0))
    open_needs = [_need(rng, i, max_headcount, people) for i in range(needs)]
    inst = Instance(tuple(people), tuple(open_needs))
    return with_locks(rng, inst, locks) if locks else inst


def _person(rng: random.Random, i: int, group: int | None, *, first: bool) -> Candidate:
    adult = first or rng.random() < (0.95 if group is None else 0.6)
    gender = rng.choices([Gender.FEMALE, Gender.MALE, Gender.OTHER, Gender.UNSPECIFIED], weights=(45, 45, 5, 5))[0]
    return Candidate(
        # Every third minor a child who needs their guardian (no draw from rng: the instances stay as they were).
        id=i, code=f"V{i}", name=f"v{i}", gender=gender, adult=adult, needs_guardian=not adult and i % 3 == 0,
        group_id=group,
        group_name=f"g{group}" if group else "",
        skills=frozenset(s for s in SKILLS if adult and rng.random() < 0.08),
        vehicles=frozenset({"軽トラ"} if adult and rng.random() < 0.06 else ()),
        insured=rng.random() < 0.9, leader_ok=adult and rng.random() < 0.3,
        experience=rng.choice((0, 0, 1, 3)) if adult else 0,
        preferred_district=rng.choice(DISTRICTS) if rng.random() < 0.2 else "",
    )


def _need(rng: random.Random, i: int, max_headcount: int, people: list[Candidate]) -> OpenNeed:
    continuing = rng.random() < 0.2
    previous = frozenset(v.id for v in rng.sample(people, min(len(people), 3))) if continuing else frozenset()
    return OpenNeed(
        id=f"n{i}", code=f"N{i}", headcount=rng.randint(1, max_headcount),
        received_at=T0 + timedelta(minutes=rng.randrange(0, 5000)),
        required_skills=frozenset(s for s in SKILLS if rng.random() < 0.12),
        vehicle="軽トラ" if rng.random() < 0.15 else "",
        gender_preference=rng.choices(list(GenderPreference), weights=(80, 15, 5))[0],
        priority=rng.choice(list(Priority)), district=rng.choice(DISTRICTS),
        continuing=continuing, previous_member_ids=previous,
    )


def with_locks(rng: random.Random, inst: Instance, count: int) -> Instance:
    """Lock some teams of a first proposal, as staff would before asking again."""
    teams = [t for t in propose(inst).teams]
    chosen = rng.sample(teams, min(count, len(teams)))
    locks = tuple(Lock(t.need_id, t.leader_id, t.member_ids) for t in chosen)
    return Instance(inst.volunteers, inst.needs, locks)


def drill_instance(volunteers: int, needs: int, seed: int) -> Instance:
    """Checked-in volunteers and open needs as the drill scenario makes them."""
    rng = random.Random(seed)
    day = date(2025, 7, 10)
    fy = fiscal_year(day)
    people: list[Candidate] = []
    for g, unit in enumerate(ds.plan_units(rng, volunteers)):
        if unit.kind:
            info, rows = ds.make_group(rng, unit.kind, unit.size, day)
        else:
            info, rows = {"name": ""}, [ds.make_individual(rng, day)]
        for row in rows:
            age = row["age"] if row["age"] is not None else _age(row["birth_date"], day)
            people.append(Candidate(
                id=len(people), code=f"V{len(people)}", name=row["name"], gender=row["gender"], adult=age >= 18,
                needs_guardian=needs_guardian_present(Person(birth_date=row["birth_date"], stated_age=row["age"]), day),
                group_id=g if unit.kind else None, group_name=info["name"], skills=frozenset(row["skills"]),
                vehicles=frozenset(row["vehicles"]), insured=row["insurance_fiscal_year"] == fy,
                leader_ok=row["leader_ok"], experience=row["disaster_experience_count"],
                preferred_district=row["preferred_district"],
            ))
    open_needs = []
    for i in range(needs):
        row, _history, _survey = ds.make_need(rng, day, [])
        continuing = rng.random() < 0.1
        previous = frozenset(v.id for v in rng.sample(people, 4)) if continuing else frozenset()
        open_needs.append(OpenNeed(
            id=i, code=f"N{i}", headcount=row["headcount"], received_at=row["received_at"],
            required_skills=frozenset(row["required_skills"]), vehicle=row["vehicle_needed"],
            gender_preference=row["gender_preference"], priority=row["priority"], district=row["district"],
            continuing=continuing, previous_member_ids=previous,
        ))
    return Instance(tuple(people), tuple(open_needs))


def _age(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
