"""Teams matched to needs, their dispatch and their return reports."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, UniqueConstraint
from sqlmodel import Field

from dvc.domain.vocab import Outcome, TeamStatus
from dvc.store.tables.base import Synced, utc_field


class Team(Synced, table=True):
    __tablename__ = "team"

    code: str = Field(max_length=30, unique=True)
    need_id: uuid.UUID = Field(foreign_key="need.id", index=True)
    day: date = Field(index=True)
    leader_id: uuid.UUID | None = Field(default=None, foreign_key="volunteer.id")
    status: str = Field(default=TeamStatus.PROPOSED, max_length=20, index=True)
    locked: bool = Field(default=False)
    notes: str = Field(default="", max_length=1000)


class TeamMember(Synced, table=True):
    __tablename__ = "team_member"
    __table_args__ = (UniqueConstraint("team_id", "volunteer_id", name="uq_team_member"),)

    team_id: uuid.UUID = Field(foreign_key="team.id", index=True)
    volunteer_id: uuid.UUID = Field(foreign_key="volunteer.id", index=True)
    is_leader: bool = Field(default=False)
    reasons: list[dict] = Field(default_factory=list, sa_type=JSON)  # [{"key", "params"}] (matching/explain.py)


class Dispatch(Synced, table=True):
    """送り出し: a team leaving for its site and coming back."""

    __tablename__ = "dispatch"

    team_id: uuid.UUID = Field(foreign_key="team.id", index=True)
    departed_at: datetime = utc_field(now=True)
    expected_back_at: datetime | None = utc_field(nullable=True)
    returned_at: datetime | None = utc_field(nullable=True)
    transport: str = Field(default="", max_length=100)
    notes: str = Field(default="", max_length=1000)


class ActivityReport(Synced, table=True):
    """活動報告書."""

    __tablename__ = "activity_report"

    dispatch_id: uuid.UUID = Field(foreign_key="dispatch.id", index=True)
    need_id: uuid.UUID = Field(foreign_key="need.id", index=True)
    day: date
    leader_name: str = Field(default="", max_length=100)
    headcount: int = Field(default=0)
    started_at: datetime | None = utc_field(nullable=True)
    ended_at: datetime | None = utc_field(nullable=True)
    work_done: str = Field(default="", max_length=2000)
    outcome: str = Field(default=Outcome.DONE, max_length=20)
    remaining_work: str = Field(default="", max_length=1000)  # 継続/中断: what the next team finds left
    hours: float | None = None  # time on site as the leader reports it (breaks excluded)
    next_headcount: int | None = None
    next_equipment: str = Field(default="", max_length=500)
    tools_checked: bool = Field(default=False)
    injuries: str = Field(default="", max_length=1000)
    near_misses: str = Field(default="", max_length=1000)
    notes: str = Field(default="", max_length=2000)
