"""One row of the settings table (key → text): how a room keeps a value of its own, such as the daily limit.

Each room owns its keys and checks its values; this only reads and writes the
row inside the caller's session, so several settings can change in one
transaction (the center settings screen saves them together or not at all).
"""

from __future__ import annotations

from sqlmodel import Session, select

from dvc.store.tables import Setting


def value_of(s: Session, key: str) -> str | None:
    return s.exec(select(Setting.value).where(Setting.key == key)).first()


def put(s: Session, key: str, value: str) -> None:
    """Store ``value`` under ``key``; an unchanged value writes nothing (and leaves no audit entry)."""
    row = s.exec(select(Setting).where(Setting.key == key)).first()
    if row is None:
        s.add(Setting(key=key, value=value))
    elif row.value != value:
        row.value = value
        s.add(row)
