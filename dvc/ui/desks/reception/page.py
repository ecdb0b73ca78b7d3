"""Reception's screen: the scan/search field, today's counts and the volunteer roster."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from dvc.services import roster
from dvc.services.workspace import Workspace
from dvc.ui import events
from dvc.ui.desks.base import DeskPage, card_row
from dvc.ui.events import EventBus
from dvc.ui.models.volunteers import VolunteerTableModel
from dvc.ui.widgets.figure_card import FigureCard
from dvc.ui.widgets.list_view import ListOrEmpty

M = VolunteerTableModel
COLUMN_CHARS = {M.COL_CODE: 9, M.COL_NAME: 9, M.COL_KANA: 11, M.COL_AGE: 3, M.COL_GROUP: 14, M.COL_INSURED: 4, M.COL_CHECKED_IN: 5}


class ReceptionPage(DeskPage):
    topics = frozenset({events.VOLUNTEERS, events.ATTENDANCE})

    def __init__(self, ws: Workspace, bus: EventBus, parent: QWidget | None = None) -> None:
        super().__init__(ws, bus, parent)
        self.search_text = ""
        self.add_heading(self.tr("Reception"), self.tr("Scan a QR code or type a name, then press Enter."))

        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("receptionSearch")
        self.search_field.setPlaceholderText(self.tr("Volunteer code, name or kana"))
        self.search_field.setClearButtonEnabled(True)
        font = self.search_field.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.search_field.setFont(font)
        self.search_field.returnPressed.connect(self.search)
        search_button = QPushButton(self.tr("Search"), self)
        search_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scanner's Enter must stay in the field
        search_button.clicked.connect(self.search)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_field, 1)
        search_row.addWidget(search_button)
        self.body.addLayout(search_row)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_field, self.clear_search,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.search_field, self.focus_list,
                  context=Qt.ShortcutContext.WidgetShortcut)

        self.checked_in = FigureCard(self.tr("Checked in today"), self)
        self.first_time = FigureCard(self.tr("First time"), self)
        self.repeat = FigureCard(self.tr("Returning"), self)
        self.on_site = FigureCard(self.tr("Not yet checked out"), self)
        self.registered = FigureCard(self.tr("Registered in all"), self)
        self.body.addLayout(card_row([self.checked_in, self.first_time, self.repeat, self.on_site, self.registered]))

        self.result_label = QLabel(self)
        self.body.addWidget(self.result_label)
        self.model = VolunteerTableModel(self)
        self.list = ListOrEmpty(self.model, self)
        self.list.set_column_widths(COLUMN_CHARS, stretch=M.COL_GROUP)
        self.body.addWidget(self.list, 1)

    def focus_target(self) -> QWidget:
        return self.search_field

    def focus_list(self) -> None:
        """Down from the search field walks into the results, keyboard only."""
        view = self.list.view
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not view.currentIndex().isValid() and self.model.rowCount():
            view.selectRow(0)

    def search(self) -> None:
        self.search_text = self.search_field.text().strip()
        self.refresh()
        # A scanner sends the next code straight away: select it all so it replaces this one.
        self.search_field.selectAll()

    def clear_search(self) -> None:
        self.search_field.clear()
        self.search()

    def refresh(self) -> None:
        counts = roster.attendance_counts(self.ws)
        self.checked_in.set_value(counts.checked_in)
        self.first_time.set_value(counts.first_time)
        self.repeat.set_value(counts.repeat)
        self.on_site.set_value(counts.on_site)
        self.registered.set_value(counts.registered)

        text = self.search_text
        self.model.set_source(
            count=partial(roster.count_volunteers, self.ws, search=text),
            page=lambda after, limit: roster.volunteer_page(self.ws, search=text, after=after, limit=limit),
        )
        found = self.model.total()
        if text:
            self.result_label.setText(self.tr("{count} found for “{text}”").format(count=f"{found:,}", text=text))
        else:
            self.result_label.setText(self.tr("{count} volunteers, in kana order").format(count=f"{found:,}"))
        if text:
            empty = self.tr("No volunteer matches “{text}”.\nCheck the code, or search by name or kana.").format(text=text)
        else:
            empty = self.tr("No volunteers are registered yet.")
        self.list.show_rows(found > 0, empty)
        if found == 1 and text:
            self.list.view.selectRow(0)
