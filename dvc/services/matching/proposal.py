"""Matching proposals from the day's records (issue 5): the adapter between the store and dvc.domain.matching.

What it reads: today's check-ins not checked out, their volunteers and groups;
needs waiting for a match (マッチング待ち and 継続) with the members of their
last team that went out; the day's teams. Who is free and what is offered
follows the team lifecycle: a CONFIRMED or DISPATCHED team makes its people
busy and takes its need off the offer; a locked PROPOSED team is a lock; an
unlocked PROPOSED team is only a suggestion, so its people are free. Saving
and editing teams is in team_plan.py.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from sqlalchemy import String, type_coerce
from sqlmodel import Session, select

from dvc.domain.matching import Candidate, Instance, Lock, OpenNeed, Proposal, Reason, propose
from dvc.domain.timeutil import local_day
from dvc.domain.volunteer_rules import Person, insured_for, is_adult, needs_guardian_present
from dvc.domain.vocab import NeedStatus, TeamStatus
from dvc.services.matching.ids import solve
from dvc.services.needs.board import WAITING_FOR_MATCH
from dvc.services.core.workspace import Workspace
from dvc.store.tables import Attendance, Group, Need, Team, TeamMember, Volunteer

LIVE = False  # the tombstone column's value for rows not deleted
BUSY = (TeamStatus.CONFIRMED, TeamStatus.DISPATCHED)  # a team that holds its people and its need today
WENT_OUT = (TeamStatus.DISPATCHED, TeamStatus.RETURNED)  # a team that really worked at a need


# Matching reads a few columns of thousands of rows: whole ORM rows (and every JSON column parsed) were most of
# the time of a 3,000-person proposal, so these plain records hold only what matching and its page use.
@dataclass(frozen=True, slots=True)
class PersonFacts:
    id: uuid.UUID
    code: str
    name: str
    gender: str
    birth_date: date | None
    age: int | None
    insurance_fiscal_year: int | None
    insured_on_site: bool
    group_id: uuid.UUID | None
    leader_ok: bool
    disaster_experience_count: int
    preferred_district: str
    skills: tuple[str, ...]
    vehicles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NeedFacts:
    id: uuid.UUID
    code: str
    status: str
    headcount: int
    received_at: datetime
    vehicle_needed: str
    gender_preference: str
    priority: str
    district: str
    site_address: str
    required_skills: tuple[str, ...]
    work_types: tuple[str, ...]


def _columns(table, facts) -> list:  # noqa: ANN001
    names = list(facts.__annotations__)
    # The two JSON lists come as text, parsed once per distinct value: most people share [] or a few skill lists.
    return [getattr(table, f) for f in names[:-2]] + [type_coerce(getattr(table, f), String).label(f)
                                                      for f in names[-2:]]


@lru_cache(maxsize=4096)
def _list(text: str | None) -> tuple[str, ...]:
    return tuple(json.loads(text)) if text else ()


def _facts(facts, row) -> object:  # noqa: ANN001
    # the list columns come last in both records
    return facts(*row[:-2], _list(row[-2]), _list(row[-1]))


PERSON_COLUMNS = _columns(Volunteer, PersonFacts)
NEED_COLUMNS = _columns(Need, NeedFacts)


def people(session: Session, *where) -> list[tuple[PersonFacts, str | None]]:  # noqa: ANN002
    """Volunteers with their group's name."""
    query = select(*PERSON_COLUMNS, Group.name).outerjoin(Group, Group.id == Volunteer.group_id).where(*where)
    return [(_facts(PersonFacts, r[:-1]), r[-1]) for r in session.execute(query)]


def needs_where(session: Session, *where) -> list[NeedFacts]:  # noqa: ANN002
    return [_facts(NeedFacts, r) for r in session.execute(select(*NEED_COLUMNS).where(*where))]


@dataclass
class DayRecords:
    day: date
    teams: list[Team]  # the day's teams, cancelled ones left out
    members: dict[uuid.UUID, list[uuid.UUID]]  # team id -> volunteer ids
    present: list[tuple[PersonFacts, str | None]]  # checked in and not checked out, with the group's name
    waiting: list[NeedFacts]  # マッチング待ち and 継続


def read_day(session: Session, day: date) -> DayRecords:
    teams, members = day_teams(session, day)
    return DayRecords(day, teams, members, *present_and_waiting(session, day))


def day_teams(session: Session, day: date) -> tuple[list[Team], dict[uuid.UUID, list[uuid.UUID]]]:
    teams = list(session.exec(select(Team).where(Team.day == day, Team.deleted == LIVE,
                                                 Team.status != TeamStatus.CANCELLED)).all())
    return teams, _members(session, [t.id for t in teams])


def present_and_waiting(session: Session, day: date) -> tuple[list[tuple[PersonFacts, str | None]], list[NeedFacts]]:
    """Who is checked in and not gone, and the needs waiting: read from the people and needs tables only."""
    here = select(Attendance.volunteer_id).where(Attendance.day == day, Attendance.deleted == LIVE,
                                                 Attendance.checked_out_at.is_(None))
    present = people(session, Volunteer.id.in_(here), Volunteer.deleted == LIVE)
    return present, needs_where(session, Need.status.in_(WAITING_FOR_MATCH), Need.deleted == LIVE)


def locked_only(team: Team) -> bool:
    return team.locked


def instance_of(d: DayRecords, previous: dict[uuid.UUID, set[uuid.UUID]] | None = None, *,
                held: Callable[[Team], bool] = locked_only, made: dict[uuid.UUID, Candidate] | None = None,
                opened: dict[uuid.UUID, OpenNeed] | None = None) -> Instance:
    """The matching problem of the day; ``held`` picks the PROPOSED teams kept as locks; ``made`` and
    ``opened``: candidates and open needs the caller already has (by id), made from the same records."""
    busy = {v for t in d.teams if t.status in BUSY for v in d.members[t.id]}
    taken = {t.need_id for t in d.teams if t.status in BUSY}
    needs = [n for n in d.waiting if n.id not in taken]
    offered = {n.id for n in needs}
    present = {v.id for v, _g in d.present} - busy
    locks = []
    for t in d.teams:
        if t.status != TeamStatus.PROPOSED or not held(t):
            continue
        here = tuple(v for v in d.members[t.id] if v in present)
        if t.need_id in offered and here:
            locks.append(Lock(t.need_id, t.leader_id if t.leader_id in here else None, here))
        else:
            # Kept on the desk but not matchable (its need left the board, or its people left): its people
            # stay out of the proposal so nobody is booked twice.
            busy.update(d.members[t.id])
    made = made or {}
    candidates = tuple(made.get(v.id) or candidate(v, group, d.day) for v, group in d.present if v.id not in busy)
    previous = previous or {}
    opened = opened or {}
    return Instance(candidates, tuple(opened.get(n.id) or open_need(n, previous.get(n.id, ())) for n in needs),
                    tuple(locks))


def load_instance(session: Session, day: date) -> Instance:
    d = read_day(session, day)
    continuing = [n.id for n in d.waiting if n.status == NeedStatus.CONTINUING]
    return instance_of(d, previous_members(session, continuing, day))


def _members(session: Session, team_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[uuid.UUID]]:
    out: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    if team_ids:
        for team, volunteer in session.execute(select(TeamMember.team_id, TeamMember.volunteer_id)
                                               .where(TeamMember.team_id.in_(team_ids), TeamMember.deleted == LIVE)):
            out[team].append(volunteer)
    return out


def previous_members(session: Session, need_ids: list[uuid.UUID], day: date) -> dict[uuid.UUID, set[uuid.UUID]]:
    """Members of each continuing need's latest team that went out, up to ``day`` (a morning team counts)."""
    if not need_ids:
        return {}
    teams = session.exec(select(Team).where(Team.need_id.in_(need_ids), Team.day <= day, Team.deleted == LIVE,
                                            Team.status.in_(WENT_OUT))
                         .order_by(Team.day, Team.updated_at)).all()
    latest = {t.need_id: t.id for t in teams}  # ordered by day: the last one wins
    members = _members(session, list(latest.values()))
    return {need: set(members[team]) for need, team in latest.items()}


def candidate(v: PersonFacts | Volunteer, group_name: str | None, day: date) -> Candidate:
    person = Person(birth_date=v.birth_date, stated_age=v.age, insurance_fiscal_year=v.insurance_fiscal_year,
                    insured_on_site=v.insured_on_site)
    return Candidate(
        id=v.id, code=v.code, name=v.name, gender=v.gender,
        adult=is_adult(person, day),  # an unknown age is not taken for an adult: the safe side of rule 5
        needs_guardian=needs_guardian_present(person, day),
        group_id=v.group_id, group_name=group_name or "", skills=frozenset(v.skills), vehicles=frozenset(v.vehicles),
        insured=insured_for(person, day), leader_ok=v.leader_ok, experience=v.disaster_experience_count,
        preferred_district=v.preferred_district,
    )



def open_need(n: NeedFacts | Need, previous=()) -> OpenNeed:
    return OpenNeed(
        id=n.id, code=n.code, headcount=n.headcount, received_at=n.received_at,
        required_skills=frozenset(n.required_skills), vehicle=n.vehicle_needed,
        gender_preference=n.gender_preference, priority=n.priority, district=n.district,
        continuing=n.status == NeedStatus.CONTINUING, previous_member_ids=frozenset(previous),
    )



def propose_teams(ws: Workspace, *, day: date | None = None) -> dict:
    """The proposal for ``day`` as plain data with codes (the shape of ``dvc match propose --json``); nothing saved."""
    day = day or local_day()
    with ws.session() as s:
        instance = load_instance(s, day)
    return as_dict(solve(propose, instance), instance, day)


_PLAIN = frozenset({bool, int, float, str, type(None)})


def reason_dict(r: Reason) -> dict:
    """A reason as JSON-ready data: {"key", "params"} with plain values."""
    params = dict(r.params)
    if not all(type(v) in _PLAIN for v in params.values()):
        params = {k: v if type(v) in _PLAIN else str(v) for k, v in params.items()}
    return {"key": r.key, "params": params}


def as_dict(proposal: Proposal, instance: Instance, day: date) -> dict:
    person = {v.id: v.code for v in instance.volunteers}
    need = {n.id: n.code for n in instance.needs}
    return {
        "date": day.isoformat(),
        "teams": [{
            "need": need[t.need_id], "leader": person.get(t.leader_id), "members": [person[v] for v in t.member_ids],
            "locked": t.locked,
            "reasons": [{"volunteer": person[v], **reason_dict(r)} for v in t.member_ids for r in t.reasons.get(v, ())],
        } for t in proposal.teams],
        "unassigned": [person[u.volunteer_id] for u in proposal.unplaced],
        "unassigned_reasons": [{"volunteer": person[u.volunteer_id], **reason_dict(r)}
                               for u in proposal.unplaced for r in u.reasons],
        "unfilled": [{"need": need[u.need_id], "missing": u.missing, "reasons": [reason_dict(r) for r in u.reasons]}
                     for u in proposal.unfilled],
    }
