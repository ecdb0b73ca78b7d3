"""The safety loop's flag: a red bar on every screen while a team is out past its expected return.

A team becomes overdue by the clock, not by anything a desk does, so the bar
looks again every minute; it also looks at once when a desk announces a change
to teams (a departure, a return). Clicking it (or Enter on it) takes the desk
to the dispatch screen, where the team's leader's phone number is.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from dvc.services.dispatch import safety
from dvc.services.core.workspace import Workspace
from dvc.ui import events
from dvc.ui.events import EventBus
from dvc.ui.formatting import time_or_day
from dvc.ui.widgets.one_line_bar import OneLineBar

CHECK_EVERY_MS = 60_000
SHOWN_BY_NAME = 3  # more than this and the bar says how many more
STYLE = """
QPushButton#overdueFlag { background: #b00020; color: white; font-weight: bold; border: none;
                          padding: 6px 12px; text-align: left; }
QPushButton#overdueFlag:hover, QPushButton#overdueFlag:focus { background: #8c0019; }
"""


class OverdueFlag(OneLineBar):
    open_dispatch = Signal()

    def __init__(self, ws: Workspace, bus: EventBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setObjectName("overdueFlag")
        self.setStyleSheet(STYLE)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.setFont(font)
        self.teams: list = []
        self.clicked.connect(self.open_dispatch)
        bus.changed.connect(self._on_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self.check()

    def _on_screen(self) -> bool:
        # A closed window's workspace may be closed too: nothing to ask then (and nobody to tell).
        return self.window().isVisible()

    def _tick(self) -> None:
        if self._on_screen():
            self.check()

    def _on_changed(self, topic: str) -> None:
        if topic == events.TEAMS and self._on_screen():
            self.check()

    def check(self, now: datetime | None = None) -> None:
        self.teams = safety.overdue_teams(self.ws, now=now)
        if not self.teams:
            self.hide()
            return
        if len(self.teams) == 1:
            t = self.teams[0]
            named = [self.tr("{team} ({need}, due {time}, {minutes} min late)").format(
                team=t.code, need=t.need_code, time=time_or_day(t.expected_back_at), minutes=f"{t.minutes_overdue:,}")]
        else:  # several: the codes and how late, most late first; the desk's list has the rest
            named = [self.tr("{team} ({minutes} min late)").format(team=t.code, minutes=f"{t.minutes_overdue:,}")
                     for t in self.teams[:SHOWN_BY_NAME]]
        names = "、".join(named)
        if len(self.teams) > SHOWN_BY_NAME:
            names += self.tr(" and %n more", "", len(self.teams) - SHOWN_BY_NAME)
        self.say("⚠ " + self.tr("Not back by the expected time: %n team(s): ", "", len(self.teams)), names,
                 self.tr("  ▶ Dispatch desk"))
        self.setToolTip("\n".join(self.tr("{team}  leader {leader}  {phone}").format(
            team=t.code, leader=t.leader_name, phone=t.leader_phone) for t in self.teams))
        self.show()
