"""Ids derived from what a row is about, for rows that two laptops may create independently."""

from __future__ import annotations

import uuid
from datetime import date

# Fixed forever: changing it would give existing attendance rows new ids and
# break merging with files made by older versions.
ATTENDANCE_NAMESPACE = uuid.UUID("5b0c7a52-3d4e-4f6a-9c1b-2a7e8d9f0c11")


def attendance_id(volunteer_id: uuid.UUID, day: date) -> uuid.UUID:
    """The same volunteer checked in on the same Tokyo day gets the same id on every laptop."""
    return uuid.uuid5(ATTENDANCE_NAMESPACE, f"{volunteer_id}/{day.isoformat()}")
