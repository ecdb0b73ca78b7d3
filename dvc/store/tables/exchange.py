"""Exchange with other laptops and councils: trusted peers, the bundle log, conflicts, provenance, shared day figures.

Peer, ExchangeBundle, ExchangeConflict and RecordSource describe this laptop's
own dealings and never travel (see dvc/exchange/policy.py). BlockDayFigures
travels: it is how councils of the block see each other's day.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, UniqueConstraint
from sqlmodel import Field

from dvc.store.tables.base import Synced, utc_field


class Peer(Synced, table=True):
    """A laptop we accept bundles from and encrypt bundles for, after its fingerprint was compared."""

    __tablename__ = "exchange_peer"

    council_code: str = Field(max_length=32, index=True)
    council_short: str = Field(default="", max_length=2)
    council_name: str = Field(default="", max_length=200)
    device_id: str = Field(max_length=32, unique=True)
    device_number: int = Field(default=1)
    signing_key: str = Field(max_length=64)  # Ed25519 public key, base64
    encryption_key: str = Field(max_length=64)  # X25519 public key, base64
    fingerprint: str = Field(max_length=32)
    drill: bool = Field(default=False)
    trusted_at: datetime = utc_field(now=True)
    trusted_by: str = Field(default="", max_length=100)


class ExchangeBundle(Synced, table=True):
    """One bundle written (export) or applied (import) here."""

    __tablename__ = "exchange_bundle"

    bundle_id: uuid.UUID = Field(index=True)
    direction: str = Field(max_length=10)  # export / import
    peer_council: str = Field(max_length=32, index=True)
    source_device_id: str = Field(default="", max_length=32)
    created_at: datetime = utc_field()
    at: datetime = utc_field(now=True)
    full: bool = Field(default=True)
    encrypted: bool = Field(default=False)
    since: str = Field(default="", max_length=80)  # export: rows changed after this stamp
    watermark: str = Field(default="", max_length=80)  # export: the next incremental starts here
    rows: int = Field(default=0)
    counts: dict = Field(default_factory=dict, sa_type=JSON)
    file_name: str = Field(default="", max_length=500)
    operator_name: str = Field(default="", max_length=100)


class ExchangeConflict(Synced, table=True):
    """Two versions of one record changed apart; the losing one is kept here to review and reverse."""

    __tablename__ = "exchange_conflict"

    bundle_id: uuid.UUID = Field(index=True)
    table_name: str = Field(max_length=40)
    record_id: uuid.UUID = Field(index=True)
    at: datetime = utc_field(now=True, index=True)
    winner: str = Field(max_length=10)  # incoming / local
    winner_stamp: str = Field(max_length=80)
    loser_stamp: str = Field(max_length=80)
    winner_data: dict = Field(default_factory=dict, sa_type=JSON)
    loser_data: dict = Field(default_factory=dict, sa_type=JSON)
    reversed_at: datetime | None = utc_field(nullable=True)
    reversed_by: str = Field(default="", max_length=100)
    # Set when the incoming version was refused rather than outvoted (dvc/exchange/ownership.py): why, in a key
    # the screens translate, and which field. A refused version cannot be "reversed" into the record.
    reason: str = Field(default="", max_length=40)
    detail: str = Field(default="", max_length=200)


class RecordSource(Synced, table=True):
    """Where a record's current version came from: which bundle, which council, when."""

    __tablename__ = "record_source"
    __table_args__ = (UniqueConstraint("table_name", "record_id", name="uq_record_source"),)

    table_name: str = Field(max_length=40)
    record_id: uuid.UUID
    bundle_id: uuid.UUID
    source_council: str = Field(max_length=32)
    source_device_number: int = Field(default=0)
    imported_at: datetime = utc_field(index=True)
    stamp: str = Field(max_length=80)  # the version received; a later local edit has a newer one


class BlockDayFigures(Synced, table=True):
    """A council's figures of one day as of its last export; id derived from (council, day)."""

    __tablename__ = "block_day_figures"
    __table_args__ = (UniqueConstraint("council_code", "day", name="uq_block_day_figures"),)

    council_code: str = Field(max_length=32, index=True)
    day: date
    checked_in: int = Field(default=0)
    first_time: int = Field(default=0)
    repeat_count: int = Field(default=0)
    registered: int = Field(default=0)
    needs_open: int = Field(default=0)
    needs_done: int = Field(default=0)
    teams_today: int = Field(default=0)
    teams_out: int = Field(default=0)
    computed_at: datetime = utc_field(now=True)
