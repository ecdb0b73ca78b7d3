"""Center mode (laptops of one council kept in step through a hub): the change feed and the links to peers.

ChangeFeed has one row per record of a shared table, moved to the end (a new
``seq``) every time the record is written here, by a trigger inside SQLite
(dvc/store/change_feed.py), so "what changed since N" is one index range on
every laptop whatever wrote the row (a desk, a merge, the drill, a tool).
``via`` names the peer whose round wrote it, so that round is not echoed back.
SyncLink is this laptop's side of one pairing: cursors in both directions and
what the peer had seen. Neither travels (dvc/exchange/policy.py LOCAL_ONLY);
both live inside the database file, so a backup, a restore and encryption at
rest cover them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel

from dvc.store.tables.base import Synced, utc_field

ROLE_HUB = "hub"  # on a desk: the link to its hub
ROLE_DESK = "desk"  # on the hub: the link to one desk


class ChangeFeed(SQLModel, table=True):
    __tablename__ = "change_feed"
    __table_args__ = (UniqueConstraint("table_name", "record_id", name="uq_change_feed_record"),
                      {"sqlite_autoincrement": True})

    # AUTOINCREMENT: a number is never given twice, even after the newest row moved on, so a cursor never
    # skips a later change that happened to reuse it.
    seq: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True, autoincrement=True))
    table_name: str = Field(max_length=40)
    record_id: str = Field(max_length=32)  # the row's id as SQLite stores it (32 hex digits)
    via: str = Field(default="", max_length=32)  # device id of the peer whose round wrote it; "" written here


class SyncLink(Synced, table=True):
    __tablename__ = "sync_link"

    peer_device_id: str = Field(max_length=32, unique=True)
    role: str = Field(max_length=10)  # the peer's role: ROLE_HUB or ROLE_DESK
    address: str = Field(default="", max_length=200)  # HOST:PORT of a hub
    local_hub: bool = Field(default=False)  # the hub runs on this laptop (its replica is beside this file)
    sent_upto: int = Field(default=0)  # our feed, acknowledged by the peer up to here
    received_upto: int = Field(default=0)  # the peer's feed, applied here up to here
    # Newest stamp per laptop: on a desk, of the rows it received from the hub (what the desk has seen); on
    # the hub, what the desk said it had seen, which the hub passes on with the desk's rows (exchange.merge).
    seen: dict = Field(default_factory=dict, sa_type=JSON)
    joined_at: datetime = utc_field(now=True)
    last_round_at: datetime | None = utc_field(nullable=True)  # last round that changed something here
