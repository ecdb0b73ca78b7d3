"""Columns every table carries so that offline exchange can merge rows."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

from sqlmodel import Field, SQLModel

from dvc.store.types import UTCDateTime


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Synced(SQLModel):
    """id: generated locally, travels in files and QR codes.
    origin: code of the council that created the row.
    updated_at: hybrid-logical-clock stamp of the last change (see domain/hlc.py),
    set by the session on every flush.
    deleted: tombstone; rows are never removed, so a deletion can travel too.
    """

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    # Not indexed: a table holds one or a few councils' rows, so an index on origin selects almost nothing and
    # costs every write of every table one more page (on an encrypted file, one more page to encrypt).
    origin: str = Field(default="", max_length=32)
    updated_at: str = Field(default="", max_length=80, index=True)
    deleted: bool = Field(default=False)


def utc_field(*, nullable: bool = False, index: bool = False, now: bool = False):  # noqa: ANN201
    kwargs = {"sa_type": UTCDateTime, "nullable": nullable, "index": index}
    if now:
        kwargs["default_factory"] = utcnow
    elif nullable:
        kwargs["default"] = None
    return Field(**kwargs)
