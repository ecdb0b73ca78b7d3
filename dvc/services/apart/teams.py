"""A volunteer held by two teams on the same day: the matching desk decides which one keeps them.

Each laptop lets a person into one team of a day at a time (services/matching/team_plan.py), but two
matching desks apart can each put the same person on a team. A team holds its people while it is
proposed, confirmed or out on site; a returned team no longer does (the person may go out again).
Key: ``teams:<volunteer id>:<day>``.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import func
from sqlmodel import Session, select

from dvc.domain.messages import QT_TRANSLATE_NOOP, Term
from dvc.domain.vocab import TEAM_STATUS_TEXT, TeamStatus
from dvc.services.apart.kinds import Changed, Context, chunks, key_uuid
from dvc.services.apart.model import MATCHING, Choice, Conflict, Wording, day_text
from dvc.store.tables import Need, Team, TeamMember, Volunteer

NAME = "teams"
HOLDING = (TeamStatus.PROPOSED, TeamStatus.CONFIRMED, TeamStatus.DISPATCHED)
_LIVE = (TeamMember.deleted == False, Team.deleted == False, Team.status.in_(HOLDING))  # noqa: E712

TITLE = QT_TRANSLATE_NOOP("apart", "{name} is on {count} teams on {day}")
LINE_WHO = QT_TRANSLATE_NOOP(
    "apart", "{name} ({code}) was put on a team of {day} at two desks while the laptops were apart.")
LINE_TEAM = QT_TRANSLATE_NOOP("apart", "Team {team} ({status}): need {need}, {place}, {members} people")
LINE_WHAT = QT_TRANSLATE_NOOP(
    "apart", "Choose the team that keeps them; they are taken off the others (a team left with nobody is cancelled).")
KEEP = QT_TRANSLATE_NOOP("apart", "Keep on team {team} ({need})")
ALONE_OUT = QT_TRANSLATE_NOOP(
    "apart", "Team {team} is out on site with only this person: record its return at the dispatch desk first.")


def key_of(volunteer_id: uuid.UUID, day: date) -> str:
    return f"{NAME}:{volunteer_id.hex}:{day.isoformat()}"


def parse_key(key: str) -> tuple[uuid.UUID, date]:
    _name, vid, day = key.split(":")
    return key_uuid(vid), date.fromisoformat(day)


def _pairs(s: Session, changed: Changed) -> set[tuple[uuid.UUID, date]]:
    members, teams = changed.ids("team_member"), changed.ids("team")
    base = select(TeamMember.volunteer_id, Team.day).join(Team, Team.id == TeamMember.team_id).where(*_LIVE)
    if members is None or teams is None:
        grouped = base.group_by(TeamMember.volunteer_id, Team.day).having(func.count() > 1)
        return set(s.exec(grouped).all())
    found = set()
    for batch in chunks(members):
        found.update(s.exec(base.where(TeamMember.id.in_(batch))).all())
    for batch in chunks(teams):
        found.update(s.exec(base.where(Team.id.in_(batch))).all())
    return found


def holding(s: Session, volunteer_id: uuid.UUID, day: date) -> list[Team]:
    query = (select(Team).join(TeamMember, TeamMember.team_id == Team.id)
             .where(TeamMember.volunteer_id == volunteer_id, Team.day == day, *_LIVE).order_by(Team.code))
    return list(s.exec(query).all())


class TeamsKind:
    name = NAME
    desk = MATCHING
    tables = ("team", "team_member")

    def candidates(self, s: Session, changed: Changed, ctx: Context) -> set[str]:
        if not (changed.any("team") or changed.any("team_member")):
            return set()
        return {key_of(vid, day) for vid, day in _pairs(s, changed)}

    def holds(self, s: Session, key: str, ctx: Context) -> bool:
        volunteer_id, day = parse_key(key)
        count = s.exec(select(func.count()).select_from(TeamMember).join(Team, Team.id == TeamMember.team_id)
                       .where(TeamMember.volunteer_id == volunteer_id, Team.day == day, *_LIVE)).one()
        return count > 1

    def describe(self, s: Session, key: str, ctx: Context) -> Conflict | None:
        volunteer_id, day = parse_key(key)
        held = holding(s, volunteer_id, day)
        person = s.get(Volunteer, volunteer_id)
        if len(held) < 2 or person is None:
            return None
        sizes = dict(s.exec(select(TeamMember.team_id, func.count()).where(
            TeamMember.team_id.in_([t.id for t in held]), TeamMember.deleted == False)  # noqa: E712
            .group_by(TeamMember.team_id)).all())
        needs = {n.id: n for n in s.exec(select(Need).where(Need.id.in_([t.need_id for t in held]))).all()}
        lines = [Wording(LINE_WHO, {"name": person.name, "code": person.code, "day": day_text(day)})]
        choices = []
        for team in held:
            need = needs.get(team.need_id)
            lines.append(Wording(LINE_TEAM, {
                "team": team.code, "status": Term("vocab", TEAM_STATUS_TEXT[team.status]),
                "need": need.code if need else "", "place": (need.site_address or need.district) if need else "",
                "members": sizes.get(team.id, 0)}))
            stranded = [t for t in held if t.id != team.id and t.status == TeamStatus.DISPATCHED
                        and sizes.get(t.id, 0) <= 1]
            why = Wording(ALONE_OUT, {"team": stranded[0].code}) if stranded else None
            choices.append(Choice(id=f"keep:{team.id.hex}", wording=Wording(KEEP, {
                "team": team.code, "need": need.code if need else ""}), why_not=why))
        lines.append(Wording(LINE_WHAT))
        return Conflict(kind=NAME, key=key, desk=MATCHING,
                        title=Wording(TITLE, {"name": person.name, "count": len(held), "day": day_text(day)}),
                        lines=tuple(lines), choices=tuple(choices))


KIND = TeamsKind()
