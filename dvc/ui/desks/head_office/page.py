"""Head office's screen (総務): the dashboard of the day, refreshed as the other desks work; reports; exchange.

Every desk announces what it changed on the event bus; while this page is on
screen it reads the live figures again at each announcement (today only:
past days for the charts are read when the page is shown).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QPushButton, QWidget

from dvc.domain.timeutil import local_day
from dvc.services.head_office import dashboard
from dvc.services.core.workspace import Workspace
from dvc.ui import events
from dvc.ui.desks.base import DeskPage
from dvc.ui.desks.head_office.audit_check import AuditCheck
from dvc.ui.desks.head_office.dashboard import Dashboard, HistoryCache
from dvc.ui.events import EventBus


CLOCK_MS = 60_000


class HeadOfficePage(DeskPage):
    topics = frozenset({events.VOLUNTEERS, events.ATTENDANCE, events.NEEDS, events.TEAMS, events.EQUIPMENT})
    settings_requested = Signal()
    hub_requested = Signal()

    def __init__(self, ws: Workspace, bus: EventBus, parent: QWidget | None = None) -> None:
        super().__init__(ws, bus, parent)
        heading = self.add_heading(self.tr("Head office"), self.tr("Today at a glance; it follows the other desks."))
        self.report_button = QPushButton(self.tr("&Reports…"), self)
        self.report_button.clicked.connect(self.open_reports)
        heading.addWidget(self.report_button)
        self.insurer_button = QPushButton(self.tr("&Insurer's list…"), self)
        self.insurer_button.setToolTip(self.tr("People enrolled in volunteer insurance here who agreed to their details "
                                               "going to the insurer (saved encrypted)"))
        self.insurer_button.clicked.connect(self.save_insurer_list)
        heading.addWidget(self.insurer_button)
        self.exchange_button = QPushButton(self.tr("&Exchange…"), self)
        self.exchange_button.clicked.connect(self.open_exchange)
        heading.addWidget(self.exchange_button)
        self.hub_button = QPushButton(self.tr("&Center hub…"), self)
        self.hub_button.setToolTip(self.tr("Make this laptop the center hub, see the desks that joined"))
        self.hub_button.clicked.connect(self.hub_requested)
        heading.addWidget(self.hub_button)
        self.settings_button = QPushButton(self.tr("Settings…"), self)
        self.settings_button.clicked.connect(self.settings_requested)
        heading.addWidget(self.settings_button)
        self.dashboard = Dashboard(self)
        self.body.addWidget(self.dashboard, 1)
        self.audit = AuditCheck(ws, self)
        self.body.addWidget(self.audit)
        self.history = HistoryCache(ws)
        # The dashboard's parts, under the names the rest of the app and the tests use.
        self.people, self.teams, self.need_cards = self.dashboard.people, self.dashboard.teams, self.dashboard.need_cards
        # A team becomes overdue by the clock, not by an announcement: look again every minute while on screen.
        self.clock = QTimer(self)
        self.clock.setInterval(CLOCK_MS)
        self.clock.timeout.connect(self._tick)
        self.clock.start()

    def _tick(self) -> None:
        if self.isVisible():
            self.refresh()

    def open_exchange(self) -> None:
        from dvc.ui.desks.head_office.exchange_page import ExchangeDialog

        ExchangeDialog(self.ws, self.bus, self).exec()
        self.history.forget()  # an exchange file may have brought other days' rows
        self.refresh()

    def open_reports(self) -> None:
        from dvc.ui.desks.head_office.report_dialog import ReportDialog

        ReportDialog(self.ws, self).exec()

    def save_insurer_list(self) -> None:
        from dvc.ui.desks.head_office.insurer_list_action import save_insurer_list

        save_insurer_list(self, self.ws)

    def focus_target(self) -> QWidget:
        return self.report_button

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self.history.forget()
        self._stale = True
        super().showEvent(event)
        self.audit.check_once()

    def refresh(self) -> None:
        today = local_day()
        self.dashboard.show_live(dashboard.live_figures(self.ws, day=today))
        self.dashboard.show_history(self.history.days(today))
