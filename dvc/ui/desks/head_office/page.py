"""Head office's screen: today's figures for the morning and evening meetings."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from dvc.domain.vocab import NeedStatus
from dvc.services.day_figures import day_figures
from dvc.services.workspace import Workspace
from dvc.ui import events, labels
from dvc.ui.desks.base import DeskPage, card_row
from dvc.ui.events import EventBus
from dvc.ui.widgets.figure_card import FigureCard

NEED_CARDS_PER_ROW = 5


class HeadOfficePage(DeskPage):
    topics = frozenset({events.VOLUNTEERS, events.ATTENDANCE, events.NEEDS, events.TEAMS})
    settings_requested = Signal()

    def __init__(self, ws: Workspace, bus: EventBus, parent: QWidget | None = None) -> None:
        super().__init__(ws, bus, parent)
        heading = self.add_heading(self.tr("Head office"))
        self.settings_button = QPushButton(self.tr("Settings…"), self)
        self.settings_button.clicked.connect(self.settings_requested)
        heading.addWidget(self.settings_button)
        self.exchange_button = QPushButton(self.tr("&Exchange…"), self)
        self.exchange_button.clicked.connect(self.open_exchange)
        heading.insertWidget(heading.count() - 1, self.exchange_button)

        self.people = {
            "checked_in": FigureCard(self.tr("Checked in today"), self),
            "first_time": FigureCard(self.tr("First time"), self),
            "repeat": FigureCard(self.tr("Returning"), self),
            "on_site": FigureCard(self.tr("Not yet checked out"), self),
            "registered": FigureCard(self.tr("Registered in all"), self),
        }
        self.people_box = self._box(self.tr("Volunteers"), card_row(self.people.values()))

        self.teams = {
            "today": FigureCard(self.tr("Teams today"), self),
            "out": FigureCard(self.tr("Out on site"), self),
        }
        self.needs_open = FigureCard(self.tr("Open needs"), self)
        self.teams_box = self._box(self.tr("Teams and needs"), card_row([*self.teams.values(), self.needs_open]))

        self.need_cards: dict[str, FigureCard] = {}
        grid = QGridLayout()
        for i, status in enumerate(NeedStatus):
            card = FigureCard(labels.need_status(status), self)
            self.need_cards[status.value] = card
            grid.addWidget(card, i // NEED_CARDS_PER_ROW, i % NEED_CARDS_PER_ROW)
        self.needs_box = self._box(self.tr("Needs by status"), grid)

        row = QHBoxLayout()
        row.addWidget(self.people_box, 3)
        row.addWidget(self.teams_box, 2)
        self.body.addLayout(row)
        self.body.addWidget(self.needs_box)
        self.body.addStretch(1)

    def _box(self, title: str, content: QHBoxLayout | QGridLayout) -> QGroupBox:
        box = QGroupBox(title, self)
        layout = QVBoxLayout(box)
        layout.addLayout(content)
        return box

    def open_exchange(self) -> None:
        from dvc.ui.desks.head_office.exchange_page import ExchangeDialog

        ExchangeDialog(self.ws, self.bus, self).exec()
        self.refresh()

    def focus_target(self) -> QWidget:
        return self.settings_button

    def refresh(self) -> None:
        figures = day_figures(self.ws)
        attendance = figures.attendance
        values = {
            "checked_in": attendance.checked_in, "first_time": attendance.first_time, "repeat": attendance.repeat,
            "on_site": attendance.on_site, "registered": attendance.registered,
        }
        for key, card in self.people.items():
            card.set_value(values[key])
        self.teams["today"].set_value(figures.teams_today)
        self.teams["out"].set_value(figures.teams_out)
        self.needs_open.set_value(figures.needs_open)
        for status, card in self.need_cards.items():
            card.set_value(figures.needs_by_status[status])
        self.people_box.setTitle(
            self.tr("Volunteers on {month}/{day}").format(month=figures.day.month, day=figures.day.day)
        )
