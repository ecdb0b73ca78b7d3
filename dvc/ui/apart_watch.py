"""Checks for conflicts made apart after this laptop's own changes, so its desks' notices are right at once.

A merge runs the check itself (services/exchange/bundle_import.py). A change made here can start one
too — a registration that matches one received from another laptop earlier — so a moment after any
announcement the check looks at the rows written since it last looked (a few indexed reads, and a
write only when the list changes) and announces APART when it did change.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from sqlalchemy.exc import OperationalError

from dvc.domain.messages import UserError
from dvc.services.apart import watch
from dvc.services.core.workspace import Workspace
from dvc.ui import events
from dvc.ui.events import EventBus

AFTER_MS = 300  # after a run of scans, one check


class ApartWatch(QObject):
    def __init__(self, ws: Workspace, bus: EventBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws, self.bus = ws, bus
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AFTER_MS)
        self.timer.timeout.connect(self.check)
        bus.changed.connect(self._on_changed)
        self.timer.start()  # the first check (a whole pass on a database that never had one) once the window is up

    def _on_changed(self, topic: str) -> None:
        if topic != events.APART:
            self.timer.start()

    def check(self) -> None:
        window = self.parent()
        if window is not None and not window.isVisible():
            return  # a closed window's workspace may be closed too: nobody to tell
        try:
            result = watch.check_now(self.ws)
        except (UserError, OperationalError):
            return  # the database busy for longer than the wait (a big import): the next change checks again
        if result.changed:
            self.bus.announce(events.APART)
