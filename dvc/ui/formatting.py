"""Showing stored values in tables and labels: times in Asia/Tokyo, missing values as a blank cell.

No dash for "missing": in a Japanese font "—" looks like the kanji 一 ("one").
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from dvc.domain.timeutil import local_day, to_local

NOTHING = ""


def clock_time(moment: datetime | None) -> str:
    return to_local(moment).strftime("%H:%M") if moment else NOTHING


def day_and_time(moment: datetime | None) -> str:
    if not moment:
        return NOTHING
    local = to_local(moment)
    return f"{local.month}/{local.day} {local:%H:%M}"


def full_date_and_time(moment: datetime | None) -> str:
    """2026-04-01 09:30 in Tokyo: a moment that may lie days or months back (a trust, a bundle)."""
    return to_local(moment).strftime("%Y-%m-%d %H:%M") if moment else NOTHING


def time_or_day(moment: datetime | None) -> str:
    """The time alone for today; with the date for another day (a team out since yesterday)."""
    if moment and to_local(moment).date() != local_day():
        return day_and_time(moment)
    return clock_time(moment)


def number(value: int | None) -> str:
    return NOTHING if value is None else f"{value:,}"


def joined(items: Iterable[str]) -> str:
    return "、".join(items) or NOTHING


def text(value: str) -> str:
    return value or NOTHING


NAME_CHARS = 30  # a name in running text: the longest real Japanese names are far shorter


def short(value: str, chars: int = NAME_CHARS) -> str:
    """A name inside a sentence or a wrapped label, cut with "…": a 100-character name would fill the panel."""
    return value if len(value) <= chars else value[: chars - 1] + "…"
