"""Settings the whole center shares: one value on every laptop of the council (store/tables CenterSetting).

Reception's daily limit is one: "the center takes 800 volunteers today" is a decision for the center,
and the check for a limit passed while the laptops were apart (services/apart/day_limit.py) must read
the same number on every laptop. A laptop whose limit was set before it became shared keeps its own
value (in Setting) until the limit is set again.
"""

from __future__ import annotations

from sqlmodel import Session, select

from dvc.store.ids import center_setting_id
from dvc.store.tables import CenterSetting, Setting

KEY_DAILY_CAPACITY = "reception.daily_capacity"


def read(s: Session, key: str) -> str | None:
    row = s.get(CenterSetting, center_setting_id(key))
    if row is not None and not row.deleted:
        return row.value
    return s.exec(select(Setting.value).where(Setting.key == key)).first()


def write(s: Session, key: str, value: str) -> None:
    """Set ``key`` for the whole center in the caller's transaction (it travels like any record)."""
    row = s.get(CenterSetting, center_setting_id(key))
    if row is None:
        s.add(CenterSetting(id=center_setting_id(key), key=key, value=value))
    elif row.value != value or row.deleted:
        row.value, row.deleted = value, False
        s.add(row)


def daily_capacity(s: Session) -> int:
    """Check-ins a day before reception asks for a confirmation; 0 means no limit."""
    try:
        return max(int(read(s, KEY_DAILY_CAPACITY) or 0), 0)
    except ValueError:
        return 0
