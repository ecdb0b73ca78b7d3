"""What two laptops of one council did apart and did not agree on: the desks' decisions, and the list to decide.

ApartDecision travels to the council's other laptops (each one must know a double registration was
declared two different people, or that today's limit was passed on purpose); its id is derived from
its key (store/ids.py), so two laptops deciding the same thing write one row and the newer decision wins.
ApartConflict is this laptop's own list of what is still to decide; it never travels, because every
laptop works the same list out from the same rows (dvc/services/apart/watch.py).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON
from sqlmodel import Field

from dvc.store.tables.base import Synced, utc_field

class ApartDecision(Synced, table=True):
    __tablename__ = "apart_decision"

    key: str = Field(max_length=120, unique=True)  # the conflict's key, e.g. "cap:2026-12-01"
    kind: str = Field(max_length=20)
    choice: str = Field(max_length=40)
    detail: dict = Field(default_factory=dict, sa_type=JSON)
    decided_by: str = Field(default="", max_length=100)
    decided_at: datetime = utc_field(now=True)


class ApartConflict(Synced, table=True):
    __tablename__ = "apart_conflict"

    key: str = Field(max_length=120, unique=True)
    kind: str = Field(max_length=20)
    desk: str = Field(max_length=20, index=True)  # the desk that must decide (ui/desks keys)
    detected_at: datetime = utc_field(now=True)
    closed_at: datetime | None = utc_field(nullable=True, index=True)
