"""What a desk knows of its link to the hub, for the status light: the sync thread's rounds write it, any thread
reads it (guarded by one lock, so the light never waits on a round).

The replicator's loops (replicator.py) call contact(), failed(), pushing(), pushed(), polling() and
caught_up(); status() turns the figures into the light's state (status.py).
"""

from __future__ import annotations

import threading
import time
from datetime import datetime, timezone

from dvc.services.center import status as st
from dvc.services.center.links import LinkInfo
from dvc.store.tables.replication import ROLE_HUB


class LinkState:
    def __init__(self, *, pull_wait: float, out_of_touch_s: float) -> None:
        self.pull_wait, self.out_of_touch_s = pull_wait, out_of_touch_s
        self._lock = threading.Lock()
        self._last_contact: float | None = None
        self._started_at: float | None = None
        self._pending_since: float | None = None
        self._pending = 0
        self._caught_up_at: float | None = None
        self._polling_since: float | None = None
        self._error = ""

    # Written by the sync thread.

    def started(self) -> None:
        with self._lock:
            self._started_at = time.time()

    def contact(self, error: str = "") -> None:
        with self._lock:
            self._last_contact = time.time()
            self._error = error

    def failed(self, error: str) -> None:
        with self._lock:
            self._error = error
            self._polling_since = None

    def pushing(self, rows: int) -> None:
        with self._lock:
            self._pending = rows
            if self._pending_since is None:
                self._pending_since = time.time()

    def pushed(self) -> None:
        with self._lock:
            self._pending, self._pending_since = 0, None

    def polling(self, caught_up: bool) -> None:
        with self._lock:
            self._polling_since = time.time() if caught_up else None

    def caught_up(self) -> None:
        with self._lock:
            self._caught_up_at = time.time()

    # Read by anyone.

    def silent_for(self, now: float) -> float:
        """Seconds since the hub last answered (since the start if it never did)."""
        with self._lock:
            return now - (self._last_contact or self._started_at or now)

    def status(self, link: LinkInfo | None, *, running: bool) -> st.PeerSync:
        now = time.time()
        with self._lock:
            contact = self._last_contact
            silent = None if contact is None else now - contact
            if contact is None and self._started_at is not None and now - self._started_at < self.out_of_touch_s:
                silent = 0.0  # just started: not red before it had a fair chance to reach the hub
            lags = []
            if self._pending_since is not None:
                lags.append(now - self._pending_since)
            if self._polling_since is not None and now - self._polling_since < self.pull_wait + st.IN_STEP_S:
                lags.append(0.0)
            elif self._caught_up_at is not None:
                lags.append(now - self._caught_up_at)
            lag = max(lags) if lags else None
            pending, error = self._pending, self._error
        state = st.state_for(running=running and link is not None, lag_s=lag, silent_s=silent,
                             out_of_touch_s=self.out_of_touch_s)
        return st.PeerSync(
            device_id=link.peer_device_id if link else "", role=ROLE_HUB, device_number=0,
            address=link.address if link else "", state=state, lag_seconds=lag,
            last_contact=None if contact is None else datetime.fromtimestamp(contact, timezone.utc),
            pending_out=pending, error=error)

    def idle(self) -> bool:
        """Nothing of ours waiting and a pull waiting on the hub: the hub has told us everything it has."""
        with self._lock:
            return self._pending == 0 and self._pending_since is None and self._polling_since is not None
