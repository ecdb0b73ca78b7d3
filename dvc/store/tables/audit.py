"""Who changed what, when: the audit trail, one hash chain per laptop (dvc/store/audit_chain.py)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, Index
from sqlmodel import Field

from dvc.store.tables.base import Synced, utc_field


class AuditEvent(Synced, table=True):
    __tablename__ = "audit_event"
    # One entry per place in a laptop's chain: a second entry 5 of laptop X cannot be slipped in beside it.
    # One index for a record's history and for the trail of one table (the viewer's filter, its list of tables):
    # an entry is written with every change, so each index here is a page more for every check-in.
    __table_args__ = (Index("uq_audit_chain", "device_id", "seq", unique=True),
                      Index("ix_audit_event_record", "table_name", "record_id"))

    at: datetime = utc_field(now=True, index=True)
    operator_name: str = Field(default="", max_length=100)
    operator_id: uuid.UUID | None = None  # the signed-in staff member (names can repeat or change)
    device_number: int | None = None
    action: str = Field(max_length=40)  # insert / update / delete / command name
    table_name: str = Field(default="", max_length=40)
    record_id: uuid.UUID | None = None
    before: dict | None = Field(default=None, sa_type=JSON)
    after: dict | None = Field(default=None, sa_type=JSON)
    # The chain (all empty on entries written before it existed):
    device_id: str | None = Field(default=None, max_length=32)  # the laptop that wrote the entry
    seq: int | None = None  # its place in that laptop's chain, from 1
    prev_hash: str = Field(default="", max_length=64)
    content_hash: str = Field(default="", max_length=64)  # of before/after, so they can be emptied (purge)
    row_hash: str = Field(default="", max_length=64)
