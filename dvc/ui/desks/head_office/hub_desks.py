"""The hub screen's list of the desks that joined: laptop number, how far each is, when it was last heard from."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from dvc.domain.timeutil import to_local
from dvc.i18n import translate
from dvc.services.center import status as st

COL_DESK, COL_STATE, COL_CONTACT = range(3)
RED = QColor("#b00020")


class HubDesks(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("hubDesks")
        self.setHorizontalHeaderLabels([self.tr("Laptop"), self.tr("State"), self.tr("Last heard from")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(COL_STATE, QHeaderView.ResizeMode.Stretch)
        for column in (COL_DESK, COL_CONTACT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def show_desks(self, desks: tuple[dict, ...]) -> None:
        """``desks``: PeerSync.as_dict() of each joined desk, as the hub reports them."""
        self.setRowCount(len(desks))
        for row, desk in enumerate(desks):
            state = desk.get("state", st.OUT_OF_TOUCH)
            cells = (self.tr("Laptop {number}").format(number=desk.get("device", 0)),
                     st.label(state, desk.get("lag_seconds"), translate), self._contact(desk.get("last_contact")))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if state == st.OUT_OF_TOUCH:
                    item.setForeground(RED)
                self.setItem(row, column, item)

    def _contact(self, when: str | None) -> str:
        if not when:
            return self.tr("not yet")
        return to_local(datetime.fromisoformat(when)).strftime("%H:%M:%S")
