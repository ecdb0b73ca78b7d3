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

# What a write to each shared table is about: a round from the center's hub announces the topics of the tables it
# changed, as the desk that wrote them announced them there (staff, audit and block figures show in dialogs that
# read them when opened).
TABLE_TOPICS = {
    "volunteer": VOLUNTEERS, "volunteer_group": VOLUNTEERS,
    "attendance": ATTENDANCE,
    "need": NEEDS, "survey": NEEDS, "need_status_change": NEEDS,
    "team": TEAMS, "team_member": TEAMS, "dispatch": TEAMS, "activity_report": TEAMS,
    "equipment": EQUIPMENT, "loan": EQUIPMENT,
}


def topics_for_tables(tables: frozenset[str] | set[str]) -> set[str]:
    return {TABLE_TOPICS[t] for t in tables if t in TABLE_TOPICS}


class EventBus(QObject):
    changed = Signal(str)

    def announce(self, *topics: str) -> None:
        for topic in topics:
            self.changed.emit(topic)
