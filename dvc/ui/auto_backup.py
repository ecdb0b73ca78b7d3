"""Automatic backups while the desks work: every few minutes when something changed, and on exit.

A failed backup never interrupts a desk: it is logged and shown in the status
line, where the 総務 desk sees how old the last good copy is.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from dvc.domain.messages import UserError
from dvc.services.safekeeping import backup
from dvc.services.core.workspace import Workspace, newest_stamp

log = logging.getLogger("dvc.backup")


class AutoBackup(QObject):
    """Emits ``done(last_backup_time, error_text)`` after each attempt."""

    done = Signal(object, str)

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._saved_stamp = self._current_stamp()
        self.timer = QTimer(self)
        self.timer.setInterval(backup.interval_minutes(ws) * 60_000)
        self.timer.timeout.connect(self.backup_if_changed)
        self.timer.start()

    def _current_stamp(self) -> str | None:
        with self.ws.session() as s:
            return newest_stamp(s)

    def backup_if_changed(self, reason: str = backup.AUTO_PREFIX) -> bool:
        stamp = self._current_stamp()
        if stamp == self._saved_stamp and backup.last_backup(self.ws.path) is not None:
            return False
        try:
            result = backup.make_backup(self.ws, reason=reason)
        except UserError as exc:
            log.error("automatic backup failed: %s", exc)
            self.done.emit(backup.last_backup(self.ws.path), str(exc))
            return False
        self._saved_stamp = stamp
        if result.second_copy_error:
            log.warning("second backup location failed: %s", result.second_copy_error)
        self.done.emit(backup.last_backup(self.ws.path), result.second_copy_error or "")
        return True

    def last(self) -> datetime | None:
        return backup.last_backup(self.ws.path)
