"""Times are stored in UTC and shown in Asia/Tokyo; the center's day is the Tokyo day."""

from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

TOKYO = ZoneInfo("Asia/Tokyo")


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def to_local(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    return moment.astimezone(TOKYO)


def local_day(moment: datetime | None = None) -> date:
    """The center's calendar day of a moment (now by default)."""
    return to_local(moment or utcnow()).date()


def fiscal_year(day: date) -> int:
    """Japanese fiscal year (April–March), named by the year it starts in."""
    return day.year if day.month >= 4 else day.year - 1
