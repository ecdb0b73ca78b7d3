"""Read-only view of a day's teams (送り出し, 総務).

A day has at most a few hundred teams, so these lists are not paged.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func
from sqlmodel import select

from dvc.domain.timeutil import local_day
from dvc.domain.vocab import TeamStatus
from dvc.services.workspace import Workspace
from dvc.store.tables import Dispatch, Need, Team, TeamMember, Volunteer


@dataclass(frozen=True)
class TeamRow:
    id: uuid.UUID
    code: str
    need_code: str
    district: str
    members: int
    leader_name: str
    status: str
    departed_at: datetime | None


def teams_of_day(ws: Workspace, *, day: date | None = None) -> list[TeamRow]:
    day = day or local_day()
    members = (
        select(func.count())
        .where(TeamMember.team_id == Team.id, TeamMember.deleted == False)  # noqa: E712
        .correlate(Team)
        .scalar_subquery()
    )
    departed = (
        select(func.max(Dispatch.departed_at))
        .where(Dispatch.team_id == Team.id, Dispatch.deleted == False)  # noqa: E712
        .correlate(Team)
        .scalar_subquery()
    )
    query = (
        select(Team.id, Team.code, Need.code, Need.district, members, Volunteer.name, Team.status, departed)
        .join(Need, Need.id == Team.need_id)
        .outerjoin(Volunteer, Volunteer.id == Team.leader_id)
        .where(Team.day == day, Team.deleted == False)  # noqa: E712
        .order_by(Team.code)
    )
    with ws.session() as s:
        rows = s.exec(query).all()
    return [
        TeamRow(
            id=tid, code=code, need_code=need_code, district=district, members=count,
            leader_name=leader or "", status=status, departed_at=departed_at,
        )
        for tid, code, need_code, district, count, leader, status, departed_at in rows
    ]


def team_status_counts(ws: Workspace, *, day: date | None = None) -> dict[str, int]:
    day = day or local_day()
    query = (
        select(Team.status, func.count())
        .where(Team.day == day, Team.deleted == False)  # noqa: E712
        .group_by(Team.status)
    )
    with ws.session() as s:
        found = dict(s.exec(query).all())
    return {status.value: found.get(status.value, 0) for status in TeamStatus}
