"""The needs desk's screen: counts per status, a status filter and the needs table."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QWidget

from dvc.domain.vocab import NeedStatus
from dvc.services import needs_board
from dvc.services.workspace import Workspace
from dvc.ui import events, labels
from dvc.ui.desks.base import DeskPage
from dvc.ui.events import EventBus
from dvc.ui.models.needs import NeedTableModel
from dvc.ui.widgets.figure_card import FigureCard
from dvc.ui.widgets.list_view import ListOrEmpty

M = NeedTableModel
COLUMN_CHARS = {M.COL_CODE: 9, M.COL_RECEIVED: 7, M.COL_DISTRICT: 6, M.COL_WORK: 16, M.COL_HEADCOUNT: 3,
                M.COL_PRIORITY: 4, M.COL_STATUS: 8}
FILTER_ALL = "all"
FILTER_OPEN = "open"
CARDS_PER_ROW = 9


class NeedsPage(DeskPage):
    topics = frozenset({events.NEEDS, events.TEAMS})

    def __init__(self, ws: Workspace, bus: EventBus, parent: QWidget | None = None) -> None:
        super().__init__(ws, bus, parent)
        self.add_heading(self.tr("Needs"), self.tr("Requests for help, newest first."))

        self.cards: dict[str, FigureCard] = {}
        grid = QGridLayout()
        grid.setSpacing(6)
        for i, status in enumerate(NeedStatus):
            card = FigureCard(labels.need_status(status), self)
            self.cards[status.value] = card
            grid.addWidget(card, i // CARDS_PER_ROW, i % CARDS_PER_ROW)
        self.body.addLayout(grid)

        self.filter = QComboBox(self)
        self.filter.setObjectName("needStatusFilter")
        self.filter.addItem(self.tr("All"), FILTER_ALL)
        self.filter.addItem(self.tr("Open (not done or cancelled)"), FILTER_OPEN)
        for status in NeedStatus:
            self.filter.addItem(labels.need_status(status), status.value)
        self.filter.currentIndexChanged.connect(self.refresh)
        filter_label = QLabel(self.tr("&Show:"), self)
        filter_label.setBuddy(self.filter)
        self.result_label = QLabel(self)
        row = QHBoxLayout()
        row.addWidget(filter_label)
        row.addWidget(self.filter)
        row.addSpacing(16)
        row.addWidget(self.result_label)
        row.addStretch(1)
        self.body.addLayout(row)

        self.model = NeedTableModel(self)
        self.list = ListOrEmpty(self.model, self)
        self.list.set_column_widths(COLUMN_CHARS, stretch=M.COL_WORK)
        self.body.addWidget(self.list, 1)

    def focus_target(self) -> QWidget:
        return self.filter

    def selected_statuses(self) -> list[str] | None:
        choice = self.filter.currentData()
        if choice == FILTER_ALL:
            return None
        if choice == FILTER_OPEN:
            return list(needs_board.OPEN_STATUSES)
        return [choice]

    def set_filter(self, choice: str) -> None:
        self.filter.setCurrentIndex(self.filter.findData(choice))

    def refresh(self) -> None:
        counts = needs_board.status_counts(self.ws)
        for status, card in self.cards.items():
            card.set_value(counts[status])
        statuses = self.selected_statuses()
        self.model.set_source(
            count=lambda: needs_board.count_needs(self.ws, statuses=statuses),
            page=lambda after, limit: needs_board.need_page(self.ws, statuses=statuses, after=after, limit=limit),
        )
        total = self.model.total()
        self.result_label.setText(self.tr("{count} needs").format(count=f"{total:,}"))
        if sum(counts.values()) == 0:
            empty = self.tr("No requests for help yet.\nRequests taken by phone or at the desk will be listed here.")
        else:
            empty = self.tr("No needs with this status.")
        self.list.show_rows(total > 0, empty)
