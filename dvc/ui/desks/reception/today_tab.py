"""Reception's 本日の受付 tab: everyone checked in today, who is still out, who went home."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton, QVBoxLayout, QWidget

from dvc.services.reception import today_list
from dvc.services.reception.roster import AttendanceCounts
from dvc.services.core.workspace import Workspace
from dvc.ui.models.today import TodayTableModel
from dvc.ui.widgets.list_view import ListOrEmpty

T = TodayTableModel
COLUMN_CHARS = {T.COL_IN: 4, T.COL_CODE: 9, T.COL_NAME: 9, T.COL_KANA: 11, T.COL_GROUP: 12, T.COL_VISIT: 6,
                T.COL_OUT: 4}


class TodayTab(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.which = today_list.ALL
        self._list_stale = True
        self.buttons = QButtonGroup(self)
        self.radio: dict[str, QRadioButton] = {}
        row = QHBoxLayout()
        for key in today_list.WHICH:
            radio = QRadioButton(self)
            radio.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the keyboard
            radio.toggled.connect(lambda on, k=key: on and self.set_which(k))
            self.buttons.addButton(radio)
            self.radio[key] = radio
            row.addWidget(radio)
        row.addStretch(1)
        self.radio[today_list.ALL].setChecked(True)
        self.model = TodayTableModel(self)
        self.list = ListOrEmpty(self.model, self)
        self.list.set_column_widths(COLUMN_CHARS, stretch=T.COL_GROUP)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)

    def set_which(self, which: str) -> None:
        if which != self.which:
            self.which = which
            self.refresh_list()

    def refresh(self, counts: AttendanceCounts) -> None:
        self.radio[today_list.ALL].setText(self.tr("Everyone today ({count})").format(count=f"{counts.checked_in:,}"))
        self.radio[today_list.IN].setText(self.tr("Still out ({count})").format(count=f"{counts.on_site:,}"))
        self.radio[today_list.OUT].setText(self.tr("Went home ({count})").format(count=f"{counts.checked_out:,}"))
        # Behind the roster tab the list waits until someone looks at it.
        self._list_stale = True
        if self.isVisible():
            self.refresh_list()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._list_stale:
            self.refresh_list()

    def refresh_list(self) -> None:
        self._list_stale = False
        which = self.which
        self.model.set_source(
            count=lambda: today_list.count_today(self.ws, which=which),
            page=lambda after, limit: today_list.today_page(self.ws, which=which, after=after, limit=limit),
        )
        empty = {
            today_list.ALL: self.tr("Nobody has checked in today yet."),
            today_list.IN: self.tr("Nobody is out: everyone checked in today has gone home."),
            today_list.OUT: self.tr("Nobody has checked out yet today."),
        }[which]
        self.list.show_rows(self.model.total() > 0, empty)
