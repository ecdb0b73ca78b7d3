"""The inactivity lock's setting: after how many minutes without input the screen hides itself.

On by default, 15 minutes: the laptops stand in a public hall, and a reception
screen left alone at lunch shows names, phones and addresses to whoever walks
past. A busy desk never goes a quarter of an hour without a key press, and
unlocking is choosing your name again (and a PIN where the council uses them),
a few seconds. 0 turns it off — for a head-office laptop that shows the
dashboard on a wall screen, say. Settings are per database, and every laptop
has its own, so each laptop decides for itself; only a center head may change it.
"""

from __future__ import annotations

from sqlmodel import select

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.services.core import setting_rows
from dvc.services.staff.permissions import SETTINGS, require
from dvc.services.core.workspace import Workspace
from dvc.store.tables import Setting

KEY_LOCK_MINUTES = "screen_lock.minutes"
DEFAULT_MINUTES = 15
MAX_MINUTES = 240
CHOICES = (0, 5, 10, 15, 30, 60)


def lock_minutes(ws: Workspace) -> int:
    """Minutes without input before the screen locks; 0: never."""
    with ws.session() as s:
        row = s.exec(select(Setting).where(Setting.key == KEY_LOCK_MINUTES)).first()
    value = row.value.strip() if row else ""
    return int(value) if value.isdigit() and int(value) <= MAX_MINUTES else DEFAULT_MINUTES


def check_minutes(minutes: int) -> int:
    if not 0 <= minutes <= MAX_MINUTES:
        raise UserError(QT_TRANSLATE_NOOP("errors", "The screen lock takes 0 (never) to {max} minutes."),
                        max=MAX_MINUTES)
    return minutes


def set_lock_minutes(ws: Workspace, *, minutes: int) -> int:
    require(ws, SETTINGS)
    check_minutes(minutes)
    with ws.transaction() as s:
        setting_rows.put(s, KEY_LOCK_MINUTES, str(minutes))
    return minutes
