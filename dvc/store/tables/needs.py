"""Requests for help (ニーズ), site surveys and the history of a need's status."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlmodel import Field
from sqlalchemy import JSON

from dvc.domain.vocab import Channel, GenderPreference, NeedStatus, Priority
from dvc.store.tables.base import Synced, utc_field


class Need(Synced, table=True):
    """ニーズ受付票."""

    __tablename__ = "need"

    code: str = Field(max_length=30, unique=True)
    received_at: datetime = utc_field(now=True, index=True)
    channel: str = Field(default=Channel.PHONE, max_length=20)
    staff_name: str = Field(default="", max_length=100)
    requester_name: str = Field(default="", max_length=100)
    requester_kana: str = Field(default="", max_length=100)
    requester_phone: str = Field(default="", max_length=30, index=True)
    # Digits only (see domain/normalise.py): 042-383-1111 and ０４２３８３１１１１ are one caller.
    phone_key: str = Field(default="", max_length=30, index=True)
    requester_address: str = Field(default="", max_length=300)  # when the requester lives elsewhere
    site_address: str = Field(default="", max_length=300)
    address_key: str = Field(default="", max_length=300, index=True)  # normalised, for duplicates
    district: str = Field(default="", max_length=50, index=True)
    damage: str = Field(default="", max_length=500)
    work_types: list[str] = Field(default_factory=list, sa_type=JSON)
    headcount: int = Field(default=1)
    estimated_days: int = Field(default=1)
    required_skills: list[str] = Field(default_factory=list, sa_type=JSON)
    vehicle_needed: str = Field(default="", max_length=50)
    gender_preference: str = Field(default=GenderPreference.ANY, max_length=20)
    equipment: str = Field(default="", max_length=500)
    parking: str = Field(default="", max_length=200)
    toilet: str = Field(default="", max_length=200)
    vulnerable: list[str] = Field(default_factory=list, sa_type=JSON)
    priority: str = Field(default=Priority.MEDIUM, max_length=10, index=True)
    preferred_dates: str = Field(default="", max_length=200)
    status: str = Field(default=NeedStatus.RECEIVED, max_length=20, index=True)
    status_reason: str = Field(default="", max_length=500)
    remaining_work: str = Field(default="", max_length=1000)  # what a 継続 need still needs done
    # What the board's search looks in, folded once on save (domain/need_intake.search_text):
    # one LIKE over one column keeps a keystroke on 5,000 needs within a few milliseconds.
    search_text: str = Field(default="", max_length=4000)
    # Fingerprint of the row a need was imported from: importing the same file again adds nothing.
    import_key: str = Field(default="", max_length=64, index=True)
    shared_with_block: bool = Field(default=False)  # 応援要請: the need travels to the block's councils
    support_requested_at: datetime | None = utc_field(nullable=True)
    support_requested_by: str = Field(default="", max_length=100)
    latitude: float | None = None
    longitude: float | None = None
    notes: str = Field(default="", max_length=2000)


class Survey(Synced, table=True):
    """現地調査."""

    __tablename__ = "survey"

    need_id: uuid.UUID = Field(foreign_key="need.id", index=True)
    surveyed_on: date
    staff_name: str = Field(default="", max_length=100)
    findings: str = Field(default="", max_length=2000)
    revised_headcount: int | None = None
    revised_days: int | None = None
    equipment: str = Field(default="", max_length=500)
    safety_concerns: str = Field(default="", max_length=1000)
    photos: list[str] = Field(default_factory=list, sa_type=JSON)


class NeedStatusChange(Synced, table=True):
    __tablename__ = "need_status_change"

    need_id: uuid.UUID = Field(foreign_key="need.id", index=True)
    at: datetime = utc_field(now=True)
    from_status: str = Field(default="", max_length=20)
    to_status: str = Field(max_length=20)
    reason: str = Field(default="", max_length=500)
    operator_name: str = Field(default="", max_length=100)
