"""The matching desk's teams (issue 5): a proposal saved as PROPOSED teams, the staff's edits, confirm and cancel.

Lifecycle: PROPOSED (a suggestion; ``locked`` keeps it through the next
proposal) → CONFIRMED (its people are busy and its need is off the offer) →
DISPATCHED → RETURNED (dispatch.py, team_return.py). CANCELLED from PROPOSED
or CONFIRMED. Each function is one transaction; the audit trail records it.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlmodel import Session, select

from dvc.domain.matching import propose
from dvc.domain.matching.explain import pick_leader
from dvc.domain.messages import QT_TRANSLATE_NOOP, Term, UserError
from dvc.domain.timeutil import local_day
from dvc.domain.vocab import TEAM_STATUS_TEXT, NeedStatus, TeamStatus
from dvc.services.apart import prevent
from dvc.services.matching.day_facts import read_day_kept
from dvc.services.matching.proposal import (
    BUSY, LIVE, candidate, instance_of, open_need, previous_members, reason_dict,
)
from dvc.services.matching.ids import solve
from dvc.services.matching.words import RuleBreaks
from dvc.services.needs.board import WAITING_FOR_MATCH
from dvc.services.matching.plan_view import (
    PLANNED, REFUSING, DayPlan, PlanMember, PlanTeam, Unfilled, Unplaced, build_plan, team_members, team_reasons,
)
from dvc.services.core.workspace import Workspace
from dvc.store.tables import Attendance, Group, Need, Team, TeamMember, Volunteer

__all__ = [
    "DayPlan", "PlanMember", "PlanTeam", "Unfilled", "Unplaced", "apply_proposal", "cancel_team", "confirm_teams",
    "day_plan", "move_member", "propose_and_save", "set_leader", "set_locked", "take_off",
]

_CHUNK = 500  # ids per IN (...) query
# The same words as the screens' team statuses, for refusals that name a status.
STATUS_WORDS = TEAM_STATUS_TEXT


def day_plan(ws: Workspace, *, day: date | None = None) -> DayPlan:
    """What is saved for ``day`` now, with current why-lists and rule breaks."""
    with ws.session() as s:
        return build_plan(s, day or local_day())


def propose_and_save(ws: Workspace, *, day: date | None = None) -> DayPlan:
    """Replace the day's unlocked proposals by a new proposal around the locked and confirmed teams."""
    day = day or local_day()
    with ws.transaction() as s:
        _save_proposal(ws, s, day)
        return build_plan(s, day)


def apply_proposal(ws: Workspace, *, day: date | None = None) -> list[uuid.UUID]:
    """``dvc match apply``: propose, save and confirm the new teams, all in one transaction.

    The algorithm's teams keep every rule among the people who were free, so a warning can only come from a
    team confirmed earlier (a group member who came late is put in another team): accepted here and shown in
    the teams' violations; a refusing break still stops everything.
    """
    day = day or local_day()
    with ws.transaction() as s:
        new = _save_proposal(ws, s, day)
        return _confirm(s, build_plan(s, day), new, accept_warnings=True)


def _save_proposal(ws: Workspace, s: Session, day: date) -> list[uuid.UUID]:
    d, cands, _kept = read_day_kept(s, day)  # build_plan after the save reads the same people again
    continuing = [n.id for n in d.waiting if n.status == NeedStatus.CONTINUING]
    instance = instance_of(d, previous_members(s, continuing, day), made=cands)
    proposal = solve(propose, instance)
    stale = [t for t in d.teams if t.status == TeamStatus.PROPOSED and not t.locked]
    made = [p for p in proposal.teams if not p.locked]
    kept = _teams_kept(stale, made)
    rows = s.exec(select(TeamMember).where(TeamMember.team_id.in_([t.id for t in stale]))).all() if stale else []
    old_rows: dict[uuid.UUID, dict[uuid.UUID, TeamMember]] = {}
    for row in rows:
        old_rows.setdefault(row.team_id, {})[row.volunteer_id] = row
    reused = {t.id for t in kept if t is not None}
    for team in stale:
        if team.id not in reused:
            team.deleted = True
        for row in old_rows.get(team.id, {}).values():
            row.deleted = True  # revived below for the people who stay in a team kept
    fresh = iter(ws.new_codes(s, "T", sum(t is None for t in kept)))
    # The ids are given, not left to the tables' default factory: pydantic inspects a factory's signature on every
    # row, a tenth of saving a 3,000-person day.
    teams = []
    for team, p in zip(kept, made):
        if team is None:
            team = Team(id=uuid.uuid4(), code=next(fresh), need_id=p.need_id, day=day, leader_id=p.leader_id,
                        status=TeamStatus.PROPOSED)
            s.add(team)
        else:
            team.need_id, team.leader_id = p.need_id, p.leader_id
        teams.append(team)
    s.flush()  # no ORM relationships: parents before children by hand
    for t, p in zip(teams, made):
        for v in p.member_ids:
            reasons = [reason_dict(r) for r in p.reasons.get(v, ())]
            row = old_rows.get(t.id, {}).get(v)  # one row per team and person: an old one comes back
            if row is None:
                s.add(TeamMember(id=uuid.uuid4(), team_id=t.id, volunteer_id=v, is_leader=v == p.leader_id,
                                 reasons=reasons))
            else:
                row.deleted, row.is_leader, row.reasons = False, v == p.leader_id, reasons
    s.flush()
    return [t.id for t in teams]


def _teams_kept(stale: list[Team], made: list) -> list[Team | None]:
    """For each team of a new proposal, the earlier proposed team whose row (and code) it takes over, or None.

    Proposing again used to give every team a new code, so the code on the whiteboard or said over the radio no
    longer found it, and each round used codes up. The same need's earlier team comes first, then any other.
    """
    by_need: dict[uuid.UUID, list[Team]] = {}
    for team in sorted(stale, key=lambda t: t.code):
        by_need.setdefault(team.need_id, []).append(team)
    kept: list[Team | None] = [by_need[p.need_id].pop(0) if by_need.get(p.need_id) else None for p in made]
    spare = iter(sorted((t for teams in by_need.values() for t in teams), key=lambda t: t.code))
    return [team if team is not None else next(spare, None) for team in kept]


def move_member(ws: Workspace, *, volunteer_id: uuid.UUID, to_team_id: uuid.UUID | None, day: date | None = None,
                to_need_id: uuid.UUID | None = None) -> None:
    """Move a person into a PROPOSED team, or out of any team (``to_team_id`` None).

    ``to_need_id`` (with ``to_team_id`` None) moves the person into the need's proposed team of the day, made
    if the need has none yet: how a person is put on a need left without a team. A member of a group with
    children who need their guardian moves with the whole group (those here today), or nobody moves.
    """
    day = day or local_day()
    with ws.transaction() as s:
        person = s.get(Volunteer, volunteer_id)
        if person is None or person.deleted:
            raise UserError(QT_TRANSLATE_NOOP("errors", "There is no such volunteer."))
        movers = _moving_with(s, person, day)
        current = {m.id: _team_of(s, m.id, day) for m in movers}
        for m in movers:
            team = current[m.id]
            if team is not None and team.status != TeamStatus.PROPOSED:
                raise UserError(QT_TRANSLATE_NOOP(
                    "errors", "{name} is in team {team}, which is already {status}. Cancel that team to change it."),
                    name=m.name, team=team.code, status=_status(team.status))
        target = _target(ws, s, to_team_id, to_need_id, day)
        staying = {m.id for m in movers if target is not None and current[m.id] is not None
                   and current[m.id].id == target.id}
        if len(staying) == len(movers):
            return
        joining = [m for m in movers if m.id not in staying]
        if target is not None:
            _may_join(s, joining, target, day, group=len(movers) > 1)
        left: dict[uuid.UUID, Team] = {}
        for m in joining:
            team = current[m.id]
            if team is not None:
                for row in team_members(s, team.id):
                    if row.volunteer_id == m.id:
                        row.deleted = True
                left[team.id] = team
        for team in left.values():
            _refresh(s, team)
        if target is not None:
            for m in joining:
                old = s.exec(select(TeamMember).where(TeamMember.team_id == target.id,
                                                      TeamMember.volunteer_id == m.id)).first()
                if old is not None:  # back into a team left earlier: the row is revived (one row per pair)
                    old.deleted = False
                else:
                    s.add(TeamMember(team_id=target.id, volunteer_id=m.id))
            s.flush()
            _refresh(s, target)


def _moving_with(s: Session, person: Volunteer, day: date) -> list[Volunteer]:
    """Who moves when ``person`` is moved: the person, or their whole group here today when it has a child
    who needs a guardian (the same rule as the proposal's: such a group goes as one or not at all)."""
    if person.group_id is None:
        return [person]
    here = select(Attendance.volunteer_id).where(Attendance.day == day, Attendance.deleted == LIVE,
                                                 Attendance.checked_out_at.is_(None))
    mates = s.exec(select(Volunteer).where(Volunteer.group_id == person.group_id, Volunteer.deleted == LIVE,
                                           Volunteer.id != person.id, Volunteer.id.in_(here))
                   .order_by(Volunteer.kana, Volunteer.code)).all()
    if not any(candidate(v, None, day).needs_guardian for v in (person, *mates)):
        return [person]
    return [person, *mates]


def set_leader(ws: Workspace, *, team_id: uuid.UUID, volunteer_id: uuid.UUID) -> None:
    with ws.transaction() as s:
        team = _editable(s, team_id, PLANNED)
        if volunteer_id not in {m.volunteer_id for m in team_members(s, team.id)}:
            raise UserError(QT_TRANSLATE_NOOP("errors", "Only a member of team {team} can lead it."), team=team.code)
        v = s.get(Volunteer, volunteer_id)
        if not candidate(v, None, team.day).adult:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "{name} is not known to be an adult (18 or over) and cannot lead a team."), name=v.name)
        team.leader_id = volunteer_id
        _refresh(s, team)


def set_locked(ws: Workspace, *, team_id: uuid.UUID, locked: bool) -> None:
    with ws.transaction() as s:
        team = _editable(s, team_id, (TeamStatus.PROPOSED,))
        if team.locked != locked:
            team.locked = locked


def confirm_teams(ws: Workspace, *, team_ids: list[uuid.UUID] | None = None, day: date | None = None,
                  accept_warnings: bool = False) -> list[uuid.UUID]:
    """Confirm proposed teams (None: every PROPOSED team of the day); all or none.

    Refused: a team with no members, no adult leader, over its need's headcount, with someone uninsured or not
    available, or for a need no longer waiting. Other rule breaks (a group split by an edit, a skill missing…)
    are warnings: confirmed only with ``accept_warnings``. In center mode the hub is asked first whether another
    desk has one of the people on a team of the day (services/apart/prevent.py); without its answer in time the
    desk's own rules decide.
    """
    if prevent.connected(ws):
        with ws.session() as s:
            plan, ids = _plan_and_ids(s, team_ids, day)
            chosen = _checked(plan, ids, accept_warnings=accept_warnings)
        prevent.check_teams(ws, plan.day, [(t.id, t.code, [(m.volunteer_id, m.name) for m in t.members])
                                           for t in chosen])
    with ws.transaction() as s:
        plan, ids = _plan_and_ids(s, team_ids, day)
        return _confirm(s, plan, ids, accept_warnings=accept_warnings)


def _plan_and_ids(s: Session, team_ids: list[uuid.UUID] | None, day: date | None) -> tuple[DayPlan, list[uuid.UUID]]:
    if team_ids is None:
        plan = build_plan(s, day or local_day())
        return plan, [t.id for t in plan.teams if t.status == TeamStatus.PROPOSED]
    days = {_editable(s, tid, (TeamStatus.PROPOSED,)).day for tid in team_ids}
    if len(days) > 1:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Teams of different days cannot be confirmed together."))
    return build_plan(s, days.pop() if days else day or local_day()), list(dict.fromkeys(team_ids))


def _checked(plan: DayPlan, ids: list[uuid.UUID], *, accept_warnings: bool) -> list[PlanTeam]:
    """The teams to confirm, after the rules: refusals raise, warnings raise unless accepted."""
    wanted = set(ids)
    chosen = [t for t in plan.teams if t.id in wanted]
    refusing = [{"team": t.code, **v} for t in chosen for v in t.violations if v["key"] in REFUSING]
    if refusing:
        raise RuleBreaks(QT_TRANSLATE_NOOP("errors", "These teams cannot be confirmed; nothing was confirmed:"),
                         refusing)
    warnings = [{"team": t.code, **v} for t in chosen for v in t.violations]
    if warnings and not accept_warnings:
        raise RuleBreaks(QT_TRANSLATE_NOOP(
            "errors", "These teams break matching rules. Fix them, or confirm again accepting the warnings:"),
            warnings)
    return chosen


def _confirm(s: Session, plan: DayPlan, ids: list[uuid.UUID], *, accept_warnings: bool) -> list[uuid.UUID]:
    confirmed = [t.id for t in _checked(plan, ids, accept_warnings=accept_warnings)]
    # Read in a few queries, not one get per team: each get flushed the team before (a flush and an audit
    # insert per team).
    for start in range(0, len(confirmed), _CHUNK):
        for team in s.exec(select(Team).where(Team.id.in_(confirmed[start:start + _CHUNK]))).all():
            team.status = TeamStatus.CONFIRMED
    return confirmed


def cancel_team(ws: Workspace, *, team_id: uuid.UUID, reason: str = "") -> None:
    """A proposed or confirmed team is called off: its people are free again, its need back on the offer."""
    with ws.transaction() as s:
        team = _editable(s, team_id, PLANNED)
        team.status = TeamStatus.CANCELLED
        if reason.strip():
            team.notes = "\n".join(x for x in (team.notes, reason.strip()) if x)[:1000]


ALONE_ON_SITE = QT_TRANSLATE_NOOP(
    "errors", "Team {team} is out on site with only {name}: record its return at the dispatch desk first.")


def take_off(s: Session, team: Team, volunteer_id: uuid.UUID) -> None:
    """Take one person off a team of any status, in the caller's transaction.

    For a person two desks put on two teams apart (services/matching/apart_teams.py): the desk keeps them
    on one team and they leave the others. A proposed or confirmed team left with nobody is cancelled; a
    team out on site cannot be left with nobody, its return is recorded instead.
    """
    members = team_members(s, team.id)
    leaving = [m for m in members if m.volunteer_id == volunteer_id]
    if not leaving:
        return
    if len(leaving) == len(members):
        if team.status == TeamStatus.DISPATCHED:
            person = s.get(Volunteer, volunteer_id)
            raise UserError(ALONE_ON_SITE, team=team.code, name=person.name if person else "")
        team.status = TeamStatus.CANCELLED
    for m in leaving:
        m.deleted = True
    s.flush()
    if team.status != TeamStatus.CANCELLED:
        _refresh(s, team)


def _status(status: str) -> Term | str:
    return Term("vocab", STATUS_WORDS[status]) if status in STATUS_WORDS else status


def _editable(s: Session, team_id: uuid.UUID, statuses) -> Team:
    team = s.get(Team, team_id)
    if team is None or team.deleted:
        raise UserError(QT_TRANSLATE_NOOP("errors", "That team no longer exists; the proposal was made again."))
    if team.status not in statuses:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Team {team} is {status}: this cannot be done now."),
                        team=team.code, status=_status(team.status))
    return team


def _team_of(s: Session, volunteer_id: uuid.UUID, day: date) -> Team | None:
    """The person's team of the day that holds them (returned and cancelled teams no longer do)."""
    return s.exec(select(Team).join(TeamMember, TeamMember.team_id == Team.id)
                  .where(TeamMember.volunteer_id == volunteer_id, TeamMember.deleted == LIVE, Team.day == day,
                         Team.deleted == LIVE, Team.status.in_((TeamStatus.PROPOSED, *BUSY)))).first()


def _target(ws: Workspace, s: Session, team_id, need_id, day: date) -> Team | None:
    if team_id is not None:
        team = _editable(s, team_id, (TeamStatus.PROPOSED,))
        if team.day != day:
            raise UserError(QT_TRANSLATE_NOOP("errors", "Team {team} is a team of {day}."), team=team.code,
                            day=team.day.isoformat())
        return team
    if need_id is None:
        return None
    need = s.get(Need, need_id)
    if need is None or need.deleted or need.status not in WAITING_FOR_MATCH:
        raise UserError(QT_TRANSLATE_NOOP("errors", "That need is not waiting for a team."))
    for t in s.exec(select(Team).where(Team.need_id == need_id, Team.day == day, Team.deleted == LIVE,
                                       Team.status.in_((TeamStatus.PROPOSED, *BUSY)))):
        if t.status != TeamStatus.PROPOSED:
            raise UserError(QT_TRANSLATE_NOOP("errors", "Need {need} already has team {team} ({status})."),
                            need=need.code, team=t.code, status=_status(t.status))
        return t
    team = Team(code=ws.new_codes(s, "T")[0], need_id=need_id, day=day, status=TeamStatus.PROPOSED)
    s.add(team)
    s.flush()
    return team


def _may_join(s: Session, people: list[Volunteer], team: Team, day: date, *, group: bool) -> None:
    """``people`` may join ``team``: room for all of them, each checked in and insured. ``group``: they are a
    group with children, moving together."""
    need = s.get(Need, team.need_id)
    room = need.headcount - len(team_members(s, team.id))
    if group and len(people) > room:
        name = s.get(Group, people[0].group_id).name
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "The group {group} has children who go only with their guardian, so its {count} people here "
            "move together; team {team} has room for {room}."), group=name, count=len(people), team=team.code,
            room=max(room, 0))
    if len(people) > room:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Team {team} already has the {headcount} people its need asks for."),
                        team=team.code, headcount=need.headcount)
    for person in people:
        here = s.exec(select(Attendance.id).where(Attendance.volunteer_id == person.id, Attendance.day == day,
                                                  Attendance.deleted == LIVE,
                                                  Attendance.checked_out_at.is_(None))).first()
        if here is None:
            raise UserError(QT_TRANSLATE_NOOP("errors", "{name} is not checked in today."), name=person.name)
        if not candidate(person, None, day).insured:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "{name} has no valid volunteer insurance and cannot join a team."), name=person.name)


def _refresh(s: Session, team: Team) -> None:
    """After an edit: a leader who is an adult member (the best one if the old leader left), and new reasons."""
    members = team_members(s, team.id)
    rows = s.exec(select(Volunteer, Group.name).outerjoin(Group, Group.id == Volunteer.group_id)
                  .where(Volunteer.id.in_([m.volunteer_id for m in members]))).all() if members else []
    cands = [candidate(v, g, team.day) for v, g in rows]
    adults = [c for c in cands if c.adult]
    if team.leader_id not in {c.id for c in adults}:
        team.leader_id = pick_leader(adults).id if adults else None
    need = s.get(Need, team.need_id)
    previous = previous_members(s, [need.id], team.day) if need.status == NeedStatus.CONTINUING else {}
    why = team_reasons(open_need(need, previous.get(need.id, ())), cands, team.leader_id)
    for m in members:
        if m.is_leader != (m.volunteer_id == team.leader_id):
            m.is_leader = m.volunteer_id == team.leader_id
        fresh = why.get(m.volunteer_id, [])
        if m.reasons != fresh:
            m.reasons = fresh
