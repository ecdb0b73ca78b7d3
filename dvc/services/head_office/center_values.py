"""The center's values on the settings screen (設定): the phone on the sheets, PINs, the daily limit, the screen lock.

Each value belongs to the room that uses it (the phone to the needs desk's
sheets and the 送り出し票, the limit to reception and core's center-wide
settings, PINs and the lock to staff) and is checked by that room's rule; this
module reads them together and saves them together, in one transaction, for
whoever staff/permissions lets change the settings. Either every changed value
is saved or none is, so the screen never shows half a change.
"""

from __future__ import annotations

from dataclasses import dataclass

from dvc.domain.timeutil import local_day
from dvc.services.core import setting_rows
from dvc.services.core.workspace import Workspace
from dvc.services.needs import sheets
from dvc.services.reception import checkin
from dvc.services.staff import operators, permissions, screen_lock


@dataclass(frozen=True)
class CenterSettings:
    center_phone: str  # "" prints no number
    pin_required: bool
    daily_capacity: int  # 0: no limit
    lock_minutes: int  # 0: never


def read_settings(ws: Workspace) -> CenterSettings:
    return CenterSettings(center_phone=sheets.center_phone(ws), pin_required=operators.pin_required(ws),
                          daily_capacity=checkin.get_daily_capacity(ws), lock_minutes=screen_lock.lock_minutes(ws))


def may_change(ws: Workspace) -> bool:
    """For the screen, which shows the values to everyone and lets only the center head change them."""
    return permissions.allowed(ws, permissions.SETTINGS)


def save_settings(ws: Workspace, *, wanted: CenterSettings) -> CenterSettings:
    """Check every value, then store them in one transaction; returns what is stored (the phone cleaned)."""
    permissions.require(ws, permissions.SETTINGS)
    cleaned = CenterSettings(
        center_phone=sheets.clean_center_phone(wanted.center_phone),
        pin_required=operators.check_pin_policy(ws, required=wanted.pin_required),
        daily_capacity=checkin.check_capacity(wanted.daily_capacity),
        lock_minutes=screen_lock.check_minutes(wanted.lock_minutes),
    )
    current = read_settings(ws)
    # Only what changed is written: the audit trail then says what the center head changed.
    changes = [(key, text) for key, text, now, was in (
        (sheets.KEY_CENTER_PHONE, cleaned.center_phone, cleaned.center_phone, current.center_phone),
        (operators.KEY_REQUIRE_PIN, "1" if cleaned.pin_required else "0", cleaned.pin_required, current.pin_required),
        (screen_lock.KEY_LOCK_MINUTES, str(cleaned.lock_minutes), cleaned.lock_minutes, current.lock_minutes),
    ) if now != was]
    capacity_changed = cleaned.daily_capacity != current.daily_capacity
    if changes or capacity_changed:
        with ws.transaction() as s:
            for key, text in changes:
                setting_rows.put(s, key, text)
            if capacity_changed:
                # The limit is the whole center's (core/center_settings), not this laptop's settings row.
                checkin.write_daily_capacity(s, cleaned.daily_capacity, day=local_day())
    return cleaned
