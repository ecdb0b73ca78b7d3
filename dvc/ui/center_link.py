"""The window's side of center mode: this desk's replicator, its rounds told to the open screens, the light's state.

The replicator tells its listeners on the sync thread. Here a queued signal
brings each round to the GUI thread, where the topics of the tables it
changed are announced on the event bus, as the desk that made the change
announced them on its own screen: every page, notice and badge that follows a
topic refreshes as it does for a local write. When the round's check for what
the laptops did apart changed that list, APART is announced too, so the
desks' notices look again. Rounds come every few tenths of a second on a busy
morning; the announcements are spaced ROUND_REFRESH_MS apart at most, so the
screens refresh a couple of times a second and a scan at this desk never
waits behind a queue of refreshes.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

from dvc.services.center.replicator import Replicator
from dvc.services.center.status import PeerSync, RoundApplied
from dvc.services.core.workspace import Workspace
from dvc.ui import events
from dvc.ui.events import EventBus

ROUND_REFRESH_MS = 500
STATUS_EVERY_MS = 1000


class CenterLink(QObject):
    status_changed = Signal(object)  # PeerSync, or None while this laptop is in no center (or not replicating)
    round_applied = Signal(object)  # RoundApplied, on the GUI thread
    _arrived = Signal(object)  # emitted on the sync thread

    def __init__(self, ws: Workspace, bus: EventBus, replicator: Replicator | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws, self.bus = ws, bus
        self.replicator = replicator or Replicator(ws)
        self._topics: set[str] = set()
        self._announced_at = 0.0
        self._announce_timer = QTimer(self)
        self._announce_timer.setSingleShot(True)
        self._announce_timer.timeout.connect(self._announce)
        self._arrived.connect(self._on_round)
        self.replicator.add_listener(self._from_sync_thread)
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(STATUS_EVERY_MS)
        self._status_timer.timeout.connect(self.poll)
        self._status_timer.start()
        replicator, listener = self.replicator, self._from_sync_thread
        self.destroyed.connect(lambda *_: replicator.remove_listener(listener))

    # The replicator.

    def start(self) -> bool:
        """Keep this desk in step (False when it has joined no hub)."""
        return self.replicator.start()

    def restart(self) -> bool:
        """After a join or a new hub: follow the link as it now is. Waits for the sync thread to end, so call it
        off the GUI thread (inside run_in_background)."""
        self.replicator.stop()
        return self.replicator.start()

    def stop(self) -> None:
        self.replicator.stop()

    def status(self) -> PeerSync | None:
        """The light's state; None when this laptop is in no center. Only reads what the sync thread noted."""
        return self.replicator.status() if self.replicator.running else None

    def poll(self) -> None:
        self.status_changed.emit(self.status())

    # Rounds.

    def _from_sync_thread(self, applied: RoundApplied) -> None:
        try:
            self._arrived.emit(applied)
        except RuntimeError:  # the window closed while the round was merged: nobody to tell
            pass

    def _on_round(self, applied: RoundApplied) -> None:
        self.round_applied.emit(applied)
        self._topics |= events.topics_for_tables(applied.tables)
        if applied.apart:  # the round's check changed the list (also a round of rows already seen here)
            self._topics.add(events.APART)
        if not self._topics or self._announce_timer.isActive():
            return
        since_ms = (time.monotonic() - self._announced_at) * 1000
        if since_ms >= ROUND_REFRESH_MS:
            self._announce()
        else:
            self._announce_timer.start(int(ROUND_REFRESH_MS - since_ms))

    def _announce(self) -> None:
        topics, self._topics = sorted(self._topics), set()
        self._announced_at = time.monotonic()
        self.bus.announce(*topics)
        self.poll()
