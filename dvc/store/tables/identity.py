"""Who we are: councils, the laptops of this database, staff at the desks, settings."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field

from dvc.domain.vocab import Role
from dvc.store.tables.base import Synced, utc_field


class Council(Synced, table=True):
    __tablename__ = "council"

    code: str = Field(max_length=32, unique=True)
    short: str = Field(max_length=2, unique=True)
    name: str = Field(max_length=200)
    is_self: bool = Field(default=False)
    public_key: str | None = Field(default=None, max_length=200)


class Device(Synced, table=True):
    """A laptop. Its number is part of every human code it issues."""

    __tablename__ = "device"

    council_code: str = Field(max_length=32, index=True)
    number: int
    label: str = Field(default="", max_length=200)
    is_self: bool = Field(default=False)
    public_key: str | None = Field(default=None, max_length=200)
    created_at: datetime = utc_field(now=True)


class Operator(Synced, table=True):
    __tablename__ = "operator"

    name: str = Field(max_length=100)
    kana: str = Field(default="", max_length=100)
    role: str = Field(default=Role.STAFF, max_length=20)
    pin_hash: str | None = Field(default=None, max_length=200)
    active: bool = Field(default=True)


class Setting(Synced, table=True):
    """Database-wide settings (drill flag, council, this device...)."""

    __tablename__ = "setting"

    key: str = Field(max_length=100, unique=True)
    value: str = Field(default="", max_length=2000)


class CenterSetting(Synced, table=True):
    """A setting the whole center shares (every laptop of the council), e.g. reception's daily limit.

    Unlike Setting it travels to the council's other laptops; its id is derived from its key
    (store/ids.py), so the same setting made on two laptops is one row and the newer value wins.
    """

    __tablename__ = "center_setting"

    key: str = Field(max_length=100, unique=True)
    value: str = Field(default="", max_length=2000)


class CodeCounter(Synced, table=True):
    """Last sequence number issued per code prefix (e.g. 'V-KG1') on this laptop."""

    __tablename__ = "code_counter"

    prefix: str = Field(max_length=20, unique=True)
    last: int = Field(default=0)
