"""Volunteers, their groups and their daily attendance (受付)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, Index, UniqueConstraint, text
from sqlmodel import Field

from dvc.domain.vocab import Gender
from dvc.store.tables.base import Synced, utc_field


class Group(Synced, table=True):
    """団体: members are Volunteer rows pointing here."""

    __tablename__ = "volunteer_group"

    code: str = Field(max_length=30, unique=True)
    name: str = Field(max_length=200, index=True)
    kana: str = Field(default="", max_length=200)
    representative_name: str = Field(default="", max_length=100)
    contact_phone: str = Field(default="", max_length=30)
    contact_email: str = Field(default="", max_length=200)
    declared_headcount: int | None = None
    block_share_consent: bool = Field(default=False)
    notes: str = Field(default="", max_length=2000)
    registered_at: datetime = utc_field(now=True)


class Volunteer(Synced, table=True):
    """ボランティア受付票 (individual)."""

    __tablename__ = "volunteer"

    code: str = Field(max_length=30, unique=True)
    name: str = Field(max_length=100)
    kana: str = Field(default="", max_length=100, index=True)
    birth_date: date | None = Field(default=None, index=True)
    age: int | None = None  # when only the age was given
    gender: str = Field(default=Gender.UNSPECIFIED, max_length=20)
    phone: str = Field(default="", max_length=30, index=True)
    email: str = Field(default="", max_length=200)
    postal_code: str = Field(default="", max_length=10)
    address: str = Field(default="", max_length=300)
    emergency_contact_name: str = Field(default="", max_length=100)
    emergency_contact_phone: str = Field(default="", max_length=30)
    group_id: uuid.UUID | None = Field(default=None, foreign_key="volunteer_group.id", index=True)
    is_group_representative: bool = Field(default=False)
    experience: str = Field(default="", max_length=500)  # 災害ボランティア経験
    disaster_experience_count: int = Field(default=0)
    insurance_fiscal_year: int | None = None  # April–March year the insurance covers
    insurance_plan: str = Field(default="", max_length=100)
    insurance_where: str = Field(default="", max_length=200)
    insured_on_site: bool = Field(default=False)  # 当日加入
    driving_license: bool = Field(default=False)
    skills: list[str] = Field(default_factory=list, sa_type=JSON)
    languages: list[str] = Field(default_factory=list, sa_type=JSON)
    vehicles: list[str] = Field(default_factory=list, sa_type=JSON)
    leader_ok: bool = Field(default=False)  # リーダー可
    block_share_consent: bool = Field(default=False)  # ブロック共有同意
    contact_consent: bool = Field(default=True)
    insurance_consent: bool = Field(default=False)  # 保険加入・保険会社への情報提供への同意
    guardian_consent: bool = Field(default=False)  # 保護者同意 (minors)
    guardian_name: str = Field(default="", max_length=100)
    health_notes: str = Field(default="", max_length=500)
    blood_type: str = Field(default="", max_length=5)
    available_dates: str = Field(default="", max_length=500)
    preferred_district: str = Field(default="", max_length=50)
    intake_sheet_id: uuid.UUID | None = Field(default=None, unique=True)  # pre-printed blank sheet
    # Set once when the row came from a pre-registration file (services/volunteer_import.py):
    # importing the same file again finds it here, even after the desk corrected the person's details.
    import_key: str = Field(default="", max_length=64, index=True)
    notes: str = Field(default="", max_length=2000)
    registered_at: datetime = utc_field(now=True)
    # Registered twice (on two desks apart) and merged into this one: the row is a tombstone, and its code and
    # sheets still find the person (services/reception/scan_lookup.py follows it).
    merged_into: uuid.UUID | None = Field(default=None, index=True)


class Attendance(Synced, table=True):
    """One row per volunteer per day.

    Its id is derived from (volunteer, day) (see store/ids.py), so the same
    check-in made on two laptops is the same row and merges instead of
    clashing.
    """

    __tablename__ = "attendance"
    # The withdrawn check-ins (few) have an index of their own, so that how many days someone came is counted in
    # the (volunteer, day) index alone, without reading each past row's page for its tombstone flag.
    __table_args__ = (UniqueConstraint("volunteer_id", "day", name="uq_attendance_volunteer_day"),
                      Index("ix_attendance_withdrawn", "volunteer_id", "day", sqlite_where=text("deleted = 1")))

    volunteer_id: uuid.UUID = Field(foreign_key="volunteer.id")
    day: date = Field(index=True)  # local (Asia/Tokyo) date
    checked_in_at: datetime = utc_field()
    checked_out_at: datetime | None = utc_field(nullable=True)
    first_time: bool = Field(default=False)
    device_number: int | None = None
    operator_id: uuid.UUID | None = Field(default=None, foreign_key="operator.id")
