"""Hybrid logical clock stamps.

Every row carries the stamp of its last change. A stamp orders changes across
laptops that exchange files offline: wall time in milliseconds, a counter for
changes within the same millisecond (or when a peer's clock ran ahead), and
the device id as the final tie-break. The text form sorts the same way as the
stamps, so SQL can compare them as strings.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Callable

_WALL_DIGITS = 15
_COUNTER_DIGITS = 6
_MAX_COUNTER = 10**_COUNTER_DIGITS - 1


class ClockError(ValueError):
    pass


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.wall_ms:0{_WALL_DIGITS}d}-{self.counter:0{_COUNTER_DIGITS}d}-{self.node}"

    @classmethod
    def parse(cls, text: str) -> "Stamp":
        parts = text.split("-", 2)
        if len(parts) != 3 or not parts[0].isdigit() or not parts[1].isdigit() or not parts[2]:
            raise ClockError(f"not a clock stamp: {text!r}")
        if len(parts[0]) != _WALL_DIGITS or len(parts[1]) != _COUNTER_DIGITS:
            raise ClockError(f"not a clock stamp: {text!r}")
        return cls(int(parts[0]), int(parts[1]), parts[2])


class HybridClock:
    """Issues strictly increasing stamps for one device.

    A peer's stamp seen in an imported file moves the clock forward, so a
    change made here after an import is always newer than what was imported,
    even when this laptop's clock is behind.
    """

    def __init__(self, node: str, wall: Callable[[], int] | None = None) -> None:
        if not node or "-" in node:
            raise ClockError("device id for the clock must be non-empty and contain no '-'")
        self.node = node
        self._wall = wall or (lambda: time.time_ns() // 1_000_000)
        self._last = Stamp(0, 0, node)
        self._lock = threading.Lock()

    def now(self) -> Stamp:
        with self._lock:
            wall = self._wall()
            if wall > self._last.wall_ms:
                self._last = Stamp(wall, 0, self.node)
            else:
                self._last = self._bump(self._last.wall_ms, self._last.counter)
            return self._last

    def observe(self, remote: Stamp | str) -> None:
        """Take a stamp seen from elsewhere into account."""
        if isinstance(remote, str):
            remote = Stamp.parse(remote)
        with self._lock:
            if (remote.wall_ms, remote.counter) > (self._last.wall_ms, self._last.counter):
                self._last = Stamp(remote.wall_ms, remote.counter, self.node)

    def _bump(self, wall_ms: int, counter: int) -> Stamp:
        if counter >= _MAX_COUNTER:
            return Stamp(wall_ms + 1, 0, self.node)
        return Stamp(wall_ms, counter + 1, self.node)
