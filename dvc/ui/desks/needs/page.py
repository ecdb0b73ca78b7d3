"""The needs desk's screen: counts per status, filters, the board of needs and the chosen need's whole story."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter, QWidget,
)

from dvc.domain.vocab import NeedStatus, Priority
from dvc.services.apart import model as apart
from dvc.services.needs import apart_status
from dvc.services.needs import progress as need_progress
from dvc.services.needs import board as needs_board
from dvc.services.needs import intake as needs_intake
from dvc.services.needs.board import BoardFilter, NeedRow
from dvc.services.core.workspace import Workspace
from dvc.ui import events, labels
from dvc.ui.desks.base import DeskPage
from dvc.ui.desks.needs import actions
from dvc.ui.desks.needs.detail_panel import NeedDetail
from dvc.ui.events import EventBus
from dvc.ui.models.needs import NeedTableModel
from dvc.ui.models.paged import ROW_ROLE
from dvc.ui.widgets.figure_card import FigureCard
from dvc.ui.widgets.list_view import ListOrEmpty
from dvc.ui.shortcuts import shortcut

M = NeedTableModel
COLUMN_CHARS = {M.COL_CODE: 8, M.COL_RECEIVED: 7, M.COL_DISTRICT: 4, M.COL_NAME: 5, M.COL_WORK: 6,
                M.COL_HEADCOUNT: 2, M.COL_PRIORITY: 2, M.COL_STATUS: 8}
LIST_SHARE = 0.62  # of the width: the list, the rest the chosen need
FILTER_ALL = "all"
FILTER_OPEN = "open"
CARDS_PER_ROW = 9
NO_DATE = QDate(2000, 1, 1)  # the date fields' "any day", shown as a blank


class NeedsPage(DeskPage):
    topics = frozenset({events.NEEDS, events.TEAMS})

    def __init__(self, ws: Workspace, bus: EventBus, parent: QWidget | None = None) -> None:
        super().__init__(ws, bus, parent)
        self._shown_id = None
        heading = self.add_heading(self.tr("Needs"), self.tr("Requests for help. Ctrl+N takes a new one."))
        self.add_apart_notice(apart.NEEDS, self.tr("Needs"), apart_status.decide)
        self.new_button = QPushButton(self.tr("&New need…"), self)
        self.new_button.setObjectName("newNeed")
        self.new_button.clicked.connect(self.new_need)
        import_button = QPushButton(self.tr("&Import…"), self)
        import_button.clicked.connect(lambda: actions.import_file(self))
        types_button = QPushButton(self.tr("&Work types…"), self)
        types_button.clicked.connect(lambda: actions.edit_work_types(self))
        for button in (self.new_button, import_button, types_button):
            heading.addWidget(button)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_need)

        self.cards: dict[str, FigureCard] = {}
        grid = QGridLayout()
        grid.setSpacing(6)
        for i, status in enumerate(NeedStatus):
            card = FigureCard(labels.need_status(status), self)
            self.cards[status.value] = card
            grid.addWidget(card, i // CARDS_PER_ROW, i % CARDS_PER_ROW)
        self.body.addLayout(grid)

        self.search = QLineEdit(self)
        self.search.setObjectName("needSearch")
        self.search.setPlaceholderText(self.tr("Code, name, kana, phone, address, damage…"))
        self.search.setClearButtonEnabled(True)
        self.filter = self._combo("needStatusFilter", [(self.tr("All"), FILTER_ALL),
                                                       (self.tr("Open (not done or cancelled)"), FILTER_OPEN)]
                                  + [(labels.need_status(s), s.value) for s in NeedStatus])
        self.sort = self._combo("needSort", [(self.tr("Newest first"), "newest"), (self.tr("Oldest first"), "oldest"),
                                             (self.tr("Priority"), "priority"), (self.tr("Status"), "status"),
                                             (self.tr("District"), "district"), (self.tr("Code"), "code")])
        self.district = self._combo("needDistrict", [(self.tr("All districts"), "")])
        self.work = self._combo("needWork", [(self.tr("All work"), "")])
        self.priority = self._combo("needPriority", [(self.tr("Any priority"), "")]
                                    + [(labels.priority(p), p.value) for p in Priority])
        self.date_from, self.date_to = self._date("needFrom"), self._date("needTo")
        search_label = QLabel(self.tr("&Look for:"), self)
        search_label.setBuddy(self.search)
        show_label = QLabel(self.tr("&View:"), self)
        show_label.setBuddy(self.filter)
        row1 = QHBoxLayout()
        for widget in (search_label, self.search, show_label, self.filter, QLabel(self.tr("Sort:"), self), self.sort):
            row1.addWidget(widget, 1 if widget is self.search else 0)
        row2 = QHBoxLayout()
        for widget in (self.district, self.work, self.priority, QLabel(self.tr("Received from"), self), self.date_from,
                       QLabel(self.tr("to"), self), self.date_to):
            row2.addWidget(widget)
        row2.addStretch(1)
        self.result_label = QLabel(self)
        row2.addWidget(self.result_label)
        self.body.addLayout(row1)
        self.body.addLayout(row2)

        self.model = NeedTableModel(self)
        self.list = ListOrEmpty(self.model, self)
        self.list.set_column_widths(COLUMN_CHARS, stretch=M.COL_WORK,
                                    fits={M.COL_PRIORITY: [labels.priority(p) for p in Priority],
                                          M.COL_STATUS: [labels.need_status(s) for s in NeedStatus]})
        self.detail = NeedDetail(self)
        self.detail.action.connect(lambda key: actions.run(self, key))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        # Relative sizes: the splitter shares out whatever width the window has in this ratio.
        splitter.setSizes([round(LIST_SHARE * 1000), round((1 - LIST_SHARE) * 1000)])
        self.body.addWidget(splitter, 1)
        self.list.view.selectionModel().currentRowChanged.connect(self._current_changed)

        self.search.textChanged.connect(self.refresh_list)
        for combo in (self.filter, self.sort, self.district, self.work, self.priority):
            combo.currentIndexChanged.connect(self.refresh_list)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.refresh_list)
        shortcut(Qt.Key.Key_Down, self.search, self.focus_list, context=Qt.ShortcutContext.WidgetShortcut)

    # Building blocks.

    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setDisplayFormat("yyyy/MM/dd")
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(" ")
        edit.setDate(NO_DATE)
        return edit

    @staticmethod
    def _day(edit: QDateEdit):  # noqa: ANN205
        qd = edit.date()
        return None if qd == NO_DATE else qd.toPython()

    def focus_target(self) -> QWidget:
        return self.search

    def focus_list(self) -> None:
        view = self.list.view
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not view.currentIndex().isValid() and self.model.rowCount():
            view.selectRow(0)

    # What the board shows.

    def selected_statuses(self) -> tuple[str, ...]:
        choice = self.filter.currentData()
        if choice == FILTER_ALL:
            return ()
        if choice == FILTER_OPEN:
            return tuple(needs_board.OPEN_STATUSES)
        return (choice,)

    def set_filter(self, choice: str) -> None:
        self.filter.setCurrentIndex(self.filter.findData(choice))

    def board(self) -> BoardFilter:
        return BoardFilter(statuses=self.selected_statuses(), district=self.district.currentData() or "",
                           work_type=self.work.currentData() or "", priority=self.priority.currentData() or "",
                           received_from=self._day(self.date_from), received_to=self._day(self.date_to),
                           text=self.search.text())

    def _refill(self, combo: QComboBox, values: list[str]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for value in values:
            combo.addItem(value, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def refresh(self) -> None:
        """Everything again: something changed at this or another desk."""
        self._refill(self.district, needs_board.districts(self.ws))
        self._refill(self.work, needs_intake.work_types(self.ws))
        self._shown_id = None
        self.refresh_list()

    def refresh_list(self) -> None:
        board = self.board()
        kept = self.current_row()
        counts = needs_board.status_counts(self.ws, board=board)
        for status, card in self.cards.items():
            card.set_value(counts[status])
        # The total is the sum of the counts just read: one query less per keystroke.
        total = sum(n for status, n in counts.items() if not board.statuses or status in board.statuses)
        sort = self.sort.currentData()
        self.model.set_source(
            count=lambda: total,
            page=lambda after, limit: needs_board.need_page(self.ws, board=board, sort=sort, after=after, limit=limit),
        )
        self.result_label.setText(self.tr("{count} needs").format(count=f"{total:,}"))
        if sum(counts.values()) == 0 and board == BoardFilter(statuses=board.statuses):
            empty = self.tr("No requests for help yet.\nRequests taken by phone or at the desk will be listed here.")
        else:
            empty = self.tr("No needs match these filters.")
        self.list.show_rows(total > 0, empty)
        if kept is not None:
            self.select_code(kept.code)
        if total == 1 and board.text:
            self.list.view.selectRow(0)  # a scanned need sheet, or a code typed whole: straight to its story
        self._show_current()

    # The chosen need.

    def current_row(self) -> NeedRow | None:
        index = self.list.view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select_code(self, code: str) -> bool:
        for r in range(self.model.rowCount()):
            if self.model.row_at(r).code == code:
                self.list.view.selectRow(r)
                return True
        return False

    def _current_changed(self, *_args: object) -> None:
        self._show_current()

    def _show_current(self) -> None:
        """The chosen need's story; typing in the search does not read it again while the same need stays chosen."""
        row = self.current_row()
        need_id = row.id if row else None
        if need_id == self._shown_id and need_id is not None:
            return
        self._shown_id = need_id
        self.detail.show_story(need_progress.need_story(self.ws, need_id=need_id) if need_id else None)

    def new_need(self) -> None:
        saved = actions.new_need(self)
        if saved is not None:
            self.search.clear()
            self.set_filter(FILTER_ALL)
            self.refresh_list()
            self.select_code(saved.code)
