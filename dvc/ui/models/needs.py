"""Need lists: the needs desk's board and matching's waiting needs, coloured by status and priority."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from dvc.domain.vocab import NeedStatus, Priority
from dvc.services.needs.board import NeedRow
from dvc.ui import labels
from dvc.ui.formatting import day_and_time, joined, number, text
from dvc.ui.models.paged import Index, PagedTableModel

# Pale backgrounds, one per status, as the coloured sheets of a paper board; dark text stays readable on each.
STATUS_COLOURS = {
    NeedStatus.RECEIVED: "#fff4cc",
    NeedStatus.AWAITING_SURVEY: "#ffe3c2",
    NeedStatus.SURVEYED: "#e3edff",
    NeedStatus.AWAITING_MATCH: "#d8f3dc",
    NeedStatus.ACTIVE: "#cfe8ff",
    NeedStatus.DONE: "#ececec",
    NeedStatus.CONTINUING: "#eef7c8",
    NeedStatus.ON_HOLD: "#efe0f5",
    NeedStatus.CANCELLED: "#f5f5f5",
}
PRIORITY_COLOURS = {Priority.HIGH: "#b00020", Priority.LOW: "#666666"}
FADED_TEXT = "#777777"  # done and cancelled needs step back


_BRUSHES: dict[str, QBrush] = {}


def _brush(colour: str) -> QBrush:
    """Brushes are made once: a view asks for them for every cell it paints."""
    if colour not in _BRUSHES:
        _BRUSHES[colour] = QBrush(QColor(colour))
    return _BRUSHES[colour]


def status_brush(status: str) -> QBrush | None:
    colour = STATUS_COLOURS.get(status)
    return _brush(colour) if colour else None


class _Coloured(PagedTableModel):
    """Rows take their status's colour; the priority cell is red and bold when urgent."""

    COL_PRIORITY = -1
    _COLOUR_ROLES = (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole)

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers: list[str] | None = None

    def headers(self) -> list[str]:
        # Asked for at every paint; the language does not change while dvc runs.
        if self._headers is None:
            self._headers = self.header_texts()
        return self._headers

    def header_texts(self) -> list[str]:
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in self._COLOUR_ROLES:
            return super().data(index, role)
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row: NeedRow = self.row_at(index.row())
        if role == Qt.ItemDataRole.BackgroundRole:
            return status_brush(row.status)
        priority_cell = index.column() == self.COL_PRIORITY
        if role == Qt.ItemDataRole.ForegroundRole:
            if priority_cell and row.priority in PRIORITY_COLOURS:
                return _brush(PRIORITY_COLOURS[row.priority])
            if row.status in (NeedStatus.DONE, NeedStatus.CANCELLED):
                return _brush(FADED_TEXT)
            return None
        return self._bold if priority_cell and row.priority == Priority.HIGH else None


class NeedTableModel(_Coloured):
    COL_CODE, COL_RECEIVED, COL_DISTRICT, COL_NAME, COL_WORK, COL_HEADCOUNT, COL_PRIORITY, COL_STATUS = range(8)
    NUMERIC_COLUMNS = frozenset({COL_HEADCOUNT})

    def header_texts(self) -> list[str]:
        return [self.tr("Code"), self.tr("Received"), self.tr("District"), self.tr("Requester"), self.tr("Work"),
                self.tr("People"), self.tr("Priority"), self.tr("Status")]

    def display(self, row: NeedRow, column: int) -> str:
        if column == self.COL_CODE:
            return row.code
        if column == self.COL_RECEIVED:
            return day_and_time(row.received_at)
        if column == self.COL_DISTRICT:
            return text(row.district)
        if column == self.COL_NAME:
            return text(row.requester_name)
        if column == self.COL_WORK:
            return joined(row.work_types)
        if column == self.COL_HEADCOUNT:
            return number(row.headcount)
        if column == self.COL_PRIORITY:
            return labels.priority(row.priority)
        if column == self.COL_STATUS:
            return labels.need_status(row.status)
        return ""

    def tooltip(self, row: NeedRow, column: int) -> str | None:
        if column == self.COL_STATUS and row.status_reason:
            return row.status_reason
        return row.site_address or None


class WaitingNeedModel(_Coloured):
    COL_CODE, COL_PRIORITY, COL_DISTRICT, COL_WORK, COL_HEADCOUNT = range(5)
    NUMERIC_COLUMNS = frozenset({COL_HEADCOUNT})

    def header_texts(self) -> list[str]:
        return [self.tr("Code"), self.tr("Priority"), self.tr("District"), self.tr("Work"), self.tr("People")]

    def display(self, row: NeedRow, column: int) -> str:
        if column == self.COL_CODE:
            return row.code
        if column == self.COL_PRIORITY:
            return labels.priority(row.priority)
        if column == self.COL_DISTRICT:
            return text(row.district)
        if column == self.COL_WORK:
            return joined(row.work_types)
        if column == self.COL_HEADCOUNT:
            return number(row.headcount)
        return ""

    def tooltip(self, row: NeedRow, column: int) -> str | None:
        return row.site_address or None
