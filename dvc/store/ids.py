"""Ids derived from what a row is about, for rows that two laptops may create independently."""

from __future__ import annotations

import os
import time
import uuid
from datetime import date

# Fixed forever: changing it would give existing attendance rows new ids and
# break merging with files made by older versions.
ATTENDANCE_NAMESPACE = uuid.UUID("5b0c7a52-3d4e-4f6a-9c1b-2a7e8d9f0c11")


def attendance_id(volunteer_id: uuid.UUID, day: date) -> uuid.UUID:
    """The same volunteer checked in on the same Tokyo day gets the same id on every laptop."""
    return uuid.uuid5(ATTENDANCE_NAMESPACE, f"{volunteer_id}/{day.isoformat()}")


CENTER_SETTING_NAMESPACE = uuid.UUID("0d8e5a7c-41b2-4c9f-a3e6-7b25f1c84d03")


def center_setting_id(key: str) -> uuid.UUID:
    """A center-wide setting has one id on every laptop, so setting it on two laptops updates one row."""
    return uuid.uuid5(CENTER_SETTING_NAMESPACE, key)


DECISION_NAMESPACE = uuid.UUID("6f1d2c3b-8a47-4e05-b2d9-0c4e7a1f5b92")


def decision_id(key: str) -> uuid.UUID:
    """A desk's decision about an apart conflict has one id on every laptop that decides it."""
    return uuid.uuid5(DECISION_NAMESPACE, key)


def time_ordered_id() -> uuid.UUID:
    """A UUID version 7 (RFC 9562): the time in milliseconds, then 74 random bits.

    For rows written in the order they happen (audit entries): new ids land at the end of the primary key's index
    and of the change feed's, on pages already in the cache, where a random id would read (and on an encrypted
    file decrypt) a page from anywhere in the index for each entry.
    """
    random = int.from_bytes(os.urandom(10), "big")
    value = (time.time_ns() // 1_000_000 & (1 << 48) - 1) << 80 | 0x7 << 76 | (random >> 62 & 0xFFF) << 64
    return uuid.UUID(int=value | 0b10 << 62 | random & (1 << 62) - 1)
