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
from dvc.services.dispatch.send_off import summary_of
from dvc.services.core.workspace import Workspace
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
    need_summary: str = ""  # where and what, as the dispatch desk and the 送り出し票 say it
    returned_at: datetime | None = None
    leader_phone: str = ""  # the desk calls a team that is late, or one that has not come to leave yet


def teams_of_day(ws: Workspace, *, day: date | None = None) -> list[TeamRow]:
    day = day or local_day()
    members = (
        select(func.count())
        .where(TeamMember.team_id == Team.id, TeamMember.deleted == False)  # noqa: E712
        .correlate(Team)
        .scalar_subquery()
    )

    def last(column):  # noqa: ANN001, ANN202
        return (select(func.max(column)).where(Dispatch.team_id == Team.id, Dispatch.deleted == False)  # noqa: E712
                .correlate(Team).scalar_subquery())

    query = (
        select(Team.id, Team.code, Need.code, Need.district, Need.site_address, Need.work_types, members,
               Volunteer.name, Volunteer.phone, Team.status, last(Dispatch.departed_at), last(Dispatch.returned_at))
        .join(Need, Need.id == Team.need_id)
        .outerjoin(Volunteer, Volunteer.id == Team.leader_id)
        .where(Team.day == day, Team.deleted == False)  # noqa: E712
        .order_by(Team.code)
    )
    with ws.session() as s:
        return [
            TeamRow(
                id=tid, code=code, need_code=need_code, district=district, members=count, leader_name=leader or "",
                leader_phone=phone or "", status=status, departed_at=departed_at,
                need_summary=summary_of(district, address, work), returned_at=returned_at,
            )
            for tid, code, need_code, district, address, work, count, leader, phone, status, departed_at, returned_at
            in s.exec(query).all()
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
