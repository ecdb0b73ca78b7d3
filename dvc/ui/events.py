"""The app-wide announcement of what changed, so screens refresh without knowing each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

# What a change was about; a page refreshes when a topic it shows is announced.
VOLUNTEERS = "volunteers"
ATTENDANCE = "attendance"
NEEDS = "needs"
TEAMS = "teams"
EQUIPMENT = "equipment"
OPERATOR = "operator"
SETTINGS = "settings"
APART = "apart"  # the list of conflicts made apart changed (services/apart): the desks' notices look again


class EventBus(QObject):
    changed = Signal(str)

    def announce(self, *topics: str) -> None:
        for topic in topics:
            self.changed.emit(topic)
