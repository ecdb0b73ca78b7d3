"""What every kind of conflict made apart provides to the check (watch.py), and what it is given."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from sqlmodel import Session

from dvc.services.apart.model import Conflict

CHUNK = 500  # ids per IN (...)


@dataclass(frozen=True)
class Context:
    council: str  # this database's council: only its own records are ours to settle
    today: date


class Changed:
    """The rows a check looks at: ids per table, or None for "every row of the table" (a first check)."""

    def __init__(self, ids: dict[str, set[uuid.UUID] | None], *, whole: bool = False) -> None:
        self._ids = ids
        self.whole = whole

    def ids(self, table: str) -> set[uuid.UUID] | None:
        return self._ids.get(table, set())

    def any(self, table: str) -> bool:
        found = self._ids.get(table, set())
        return found is None or bool(found)


class Kind(Protocol):
    name: str  # the first part of its keys, "teams:…"
    desk: str  # the desk that decides
    tables: tuple[str, ...]  # the tables whose changes can start or settle one

    def candidates(self, s: Session, changed: Changed, ctx: Context) -> set[str]:
        """Keys of the conflicts the changed rows may have started (a superset: ``holds`` decides)."""

    def holds(self, s: Session, key: str, ctx: Context) -> bool:
        """Whether the conflict ``key`` stands in the rows as they are now."""

    def describe(self, s: Session, key: str, ctx: Context) -> Conflict | None:
        """What the desk is shown, or None when it no longer holds."""


def chunks(ids: Iterable, size: int = CHUNK) -> Iterator[list]:
    batch = list(ids)
    for start in range(0, len(batch), size):
        yield batch[start:start + size]


def key_uuid(text: str) -> uuid.UUID:
    return uuid.UUID(hex=text)
