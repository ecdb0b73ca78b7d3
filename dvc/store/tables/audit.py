"""Who changed what, when."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON
from sqlmodel import Field

from dvc.store.tables.base import Synced, utc_field


class AuditEvent(Synced, table=True):
    __tablename__ = "audit_event"

    at: datetime = utc_field(now=True, index=True)
    operator_name: str = Field(default="", max_length=100)
    device_number: int | None = None
    action: str = Field(max_length=40)  # insert / update / delete / command name
    table_name: str = Field(default="", max_length=40, index=True)
    record_id: uuid.UUID | None = Field(default=None, index=True)
    before: dict | None = Field(default=None, sa_type=JSON)
    after: dict | None = Field(default=None, sa_type=JSON)
