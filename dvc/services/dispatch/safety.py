"""The safety loop: who is out, who is late, and at closing, anyone not back.

A team is out from its departure until its return report; a person is here
from check-in until check-out. Both lists read a day's few hundred rows, so
the overdue flag may ask every minute on every screen.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, select

from dvc.domain.timeutil import local_day, utcnow
from dvc.services.dispatch.send_off import Person, TeamOut, members_of, summary_of
from dvc.services.core.workspace import Workspace
from dvc.store.tables import Attendance, Dispatch, Need, Team, Volunteer


def _teams_out(s: Session, now: datetime, *clauses) -> list[TeamOut]:  # noqa: ANN002
    # Only the columns shown: the desk and the overdue flag ask every minute.
    rows = s.exec(
        select(Team.id, Team.code, Need.code, Need.district, Need.site_address, Need.work_types,
               Dispatch.departed_at, Dispatch.expected_back_at)
        .join(Dispatch, Dispatch.team_id == Team.id)
        .join(Need, Need.id == Team.need_id)
        .where(Dispatch.returned_at.is_(None), Dispatch.deleted == False, Team.deleted == False,  # noqa: E712
               *clauses)
        .order_by(Dispatch.expected_back_at, Team.code)
    ).all()
    people = members_of(s, [row[0] for row in rows])
    found = []
    for team_id, code, need_code, district, address, work, departed, expected in rows:
        members = people[team_id]
        leader = next((p for p in members if p.is_leader), None)
        late = expected is not None and expected < now
        found.append(TeamOut(
            id=team_id, code=code, need_code=need_code, need_summary=summary_of(district, address, work),
            leader_name=leader.name if leader else "", leader_phone=leader.phone if leader else "",
            members=members, departed_at=departed, expected_back_at=expected, overdue=late,
            minutes_overdue=int((now - expected).total_seconds() // 60) if late else 0, district=district))
    return found


def teams_out(ws: Workspace, *, day: date | None = None, now: datetime | None = None,
              earlier: bool = False) -> list[TeamOut]:
    """The day's teams out on site (by expected return, soonest first); ``day`` defaults to today.

    ``earlier``: also teams of earlier days still not back (the dispatch desk shows them too).
    """
    now = now or utcnow()
    day = day or local_day(now)
    with ws.session() as s:
        return _teams_out(s, now, Team.day <= day if earlier else Team.day == day)


def overdue_teams(ws: Workspace, *, now: datetime | None = None) -> list[TeamOut]:
    """Teams of any day past their expected return and not back: the flag on every screen."""
    now = now or utcnow()
    with ws.session() as s:
        return _teams_out(s, now, Dispatch.expected_back_at.is_not(None), Dispatch.expected_back_at < now)


def team_out(ws: Workspace, *, team_id: uuid.UUID, now: datetime | None = None) -> TeamOut | None:
    """One team as the lists show it while it is out; None once it is back (or before it left)."""
    with ws.session() as s:
        found = _teams_out(s, now or utcnow(), Team.id == team_id)
    return found[0] if found else None


@dataclass(frozen=True)
class StillHere:
    """A person checked in on the day and not checked out."""

    volunteer_id: uuid.UUID
    code: str
    name: str
    phone: str
    checked_in_at: datetime
    team_code: str  # the team out on site they belong to, "" if none


@dataclass(frozen=True)
class ClosingList:
    day: date
    teams_out: list[TeamOut]  # not back, the day's and any earlier day's
    people: list[StillHere]

    @property
    def all_back(self) -> bool:
        return not self.teams_out and not self.people


def closing_list(ws: Workspace, *, day: date | None = None, now: datetime | None = None) -> ClosingList:
    """At closing: every team not back (also from an earlier day) and everyone checked in and not out."""
    now = now or utcnow()
    day = day or local_day(now)
    with ws.session() as s:
        out = _teams_out(s, now, Team.day <= day)  # as teams_out(earlier=True)
        team_of = {p.volunteer_id: t.code for t in out for p in t.members}
        rows = s.exec(
            select(Volunteer.id, Volunteer.code, Volunteer.name, Volunteer.phone, Attendance.checked_in_at)
            .join(Volunteer, Volunteer.id == Attendance.volunteer_id)
            .where(Attendance.day == day, Attendance.deleted == False,  # noqa: E712
                   Attendance.checked_out_at.is_(None))
            .order_by(Volunteer.kana, Volunteer.code)
        ).all()
    people = [StillHere(volunteer_id=vid, code=code, name=name, phone=phone, checked_in_at=at,
                        team_code=team_of.get(vid, "")) for vid, code, name, phone, at in rows]
    return ClosingList(day=day, teams_out=out, people=people)


__all__ = ["ClosingList", "Person", "StillHere", "TeamOut", "closing_list", "overdue_teams", "team_out", "teams_out"]
