"""The equipment stock table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from dvc.domain.equipment_rules import BELOW_MINIMUM, OUT_OF_STOCK
from dvc.services.equipment.stock import StockRow
from dvc.ui.formatting import number
from dvc.ui.models.paged import Index, PagedTableModel

SHORT_BACKGROUND = QColor("#fde2e1")  # a pale red: this item is below its minimum


class StockTableModel(PagedTableModel):
    COL_NAME, COL_UNIT, COL_OWNED, COL_OUT, COL_LOST, COL_DAMAGED, COL_AVAILABLE, COL_CODE = range(8)
    NUMERIC_COLUMNS = frozenset({COL_OWNED, COL_OUT, COL_LOST, COL_DAMAGED, COL_AVAILABLE})

    def headers(self) -> list[str]:
        return [self.tr("Item"), self.tr("Unit"), self.tr("Owned"), self.tr("Out"), self.tr("Lost"),
                self.tr("Damaged"), self.tr("Available"), self.tr("Code")]

    def display(self, row: StockRow, column: int) -> str:
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_UNIT:
            return row.unit + (self.tr(" (consumable)") if row.consumable else "")
        if column == self.COL_CODE:
            return row.code
        values = {
            self.COL_OWNED: row.owned, self.COL_OUT: row.out, self.COL_LOST: row.lost,
            self.COL_DAMAGED: row.damaged, self.COL_AVAILABLE: row.available,
        }
        return number(values.get(column))

    def tooltip(self, row: StockRow, column: int) -> str | None:
        if row.shortage == OUT_OF_STOCK:
            return self.tr("Out of stock: none left to lend")
        if row.shortage == BELOW_MINIMUM:
            return self.tr("Below the minimum of {minimum}").format(minimum=row.minimum_stock)
        return row.notes or None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid() and self.row_at(index.row()).below_minimum:
            return QBrush(SHORT_BACKGROUND)
        return super().data(index, role)
