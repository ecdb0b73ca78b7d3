"""Matching proposals from the day's records (issue 5): read-only adapter between the store and dvc.domain.matching.

What it reads: today's check-ins not checked out and not in a team of the day,
their volunteers and groups; needs waiting for a match (マッチング待ち and 継続)
with the members of their last team before today; the day's locked teams.
Saving a proposal (``dvc match apply``, the GUI's confirm) is not here yet.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date

from sqlmodel import Session, select

from dvc.domain.matching import Candidate, Instance, Lock, OpenNeed, Proposal, propose
from dvc.domain.timeutil import local_day
from dvc.domain.volunteer_rules import Person, insured_for, is_adult
from dvc.domain.vocab import NeedStatus, TeamStatus
from dvc.services.needs_board import WAITING_FOR_MATCH
from dvc.services.workspace import Workspace
from dvc.store.tables import Attendance, Group, Need, Team, TeamMember, Volunteer

LIVE = False  # the tombstone column's value for rows not deleted


def load_instance(session: Session, day: date) -> Instance:
    teams_today = session.exec(select(Team).where(Team.day == day, Team.deleted == LIVE,
                                                  Team.status != TeamStatus.CANCELLED)).all()
    members_of = _members(session, [t.id for t in teams_today])
    # A proposed team that is not locked is only a suggestion: its people are free for the next proposal.
    busy = {v for t in teams_today if t.status != TeamStatus.PROPOSED for v in members_of[t.id]}
    rows = session.exec(
        select(Volunteer, Group.name)
        .join(Attendance, Attendance.volunteer_id == Volunteer.id)
        .outerjoin(Group, Group.id == Volunteer.group_id)
        .where(Attendance.day == day, Attendance.deleted == LIVE, Attendance.checked_out_at.is_(None),
               Volunteer.deleted == LIVE)
    ).all()
    locked = [t for t in teams_today if t.locked and t.status == TeamStatus.PROPOSED]
    candidates = tuple(_candidate(v, group, day) for v, group in rows if v.id not in busy)
    needs = session.exec(select(Need).where(Need.status.in_(WAITING_FOR_MATCH), Need.deleted == LIVE)).all()
    previous = _previous_members(session, [n.id for n in needs if n.status == NeedStatus.CONTINUING], day)
    locks = tuple(Lock(t.need_id, t.leader_id, tuple(members_of[t.id])) for t in locked if t.leader_id is not None)
    return Instance(candidates, tuple(_open_need(n, previous.get(n.id, ())) for n in needs), locks)


def _members(session: Session, team_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[uuid.UUID]]:
    out: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    if team_ids:
        for m in session.exec(select(TeamMember).where(TeamMember.team_id.in_(team_ids),
                                                       TeamMember.deleted == LIVE)):
            out[m.team_id].append(m.volunteer_id)
    return out


def _previous_members(session: Session, need_ids: list[uuid.UUID], day: date) -> dict[uuid.UUID, set[uuid.UUID]]:
    """Members of each continuing need's latest team before ``day``."""
    if not need_ids:
        return {}
    teams = session.exec(select(Team).where(Team.need_id.in_(need_ids), Team.day < day, Team.deleted == LIVE,
                                            Team.status != TeamStatus.CANCELLED)
                         .order_by(Team.day)).all()
    latest = {t.need_id: t.id for t in teams}  # ordered by day: the last one wins
    members = _members(session, list(latest.values()))
    return {need: set(members[team]) for need, team in latest.items()}


def _candidate(v: Volunteer, group_name: str | None, day: date) -> Candidate:
    person = Person(birth_date=v.birth_date, stated_age=v.age, insurance_fiscal_year=v.insurance_fiscal_year,
                    insured_on_site=v.insured_on_site)
    return Candidate(
        id=v.id, code=v.code, name=v.name, gender=v.gender,
        adult=is_adult(person, day),  # an unknown age is not taken for an adult: the safe side of rule 5
        group_id=v.group_id, group_name=group_name or "", skills=frozenset(v.skills), vehicles=frozenset(v.vehicles),
        insured=insured_for(person, day), leader_ok=v.leader_ok, experience=v.disaster_experience_count,
        preferred_district=v.preferred_district,
    )


def _open_need(n: Need, previous) -> OpenNeed:
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
    return as_dict(propose(instance), instance, day)


def as_dict(proposal: Proposal, instance: Instance, day: date) -> dict:
    person = {v.id: v.code for v in instance.volunteers}
    need = {n.id: n.code for n in instance.needs}

    def reason(r) -> dict:
        plain = (bool, int, float, str)
        return {"key": r.key, "params": {k: v if isinstance(v, plain) else str(v) for k, v in r.params.items()}}

    return {
        "date": day.isoformat(),
        "teams": [{
            "need": need[t.need_id], "leader": person[t.leader_id], "members": [person[v] for v in t.member_ids],
            "locked": t.locked,
            "reasons": [{"volunteer": person[v], **reason(r)} for v in t.member_ids for r in t.reasons.get(v, ())],
        } for t in proposal.teams],
        "unassigned": [person[u.volunteer_id] for u in proposal.unplaced],
        "unassigned_reasons": [{"volunteer": person[u.volunteer_id], **reason(r)}
                               for u in proposal.unplaced for r in u.reasons],
        "unfilled": [{"need": need[u.need_id], "missing": u.missing, "reasons": [reason(r) for r in u.reasons]}
                     for u in proposal.unfilled],
    }
