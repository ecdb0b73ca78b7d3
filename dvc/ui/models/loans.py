"""Loans of equipment: what is out, with whom, and what came back."""

from __future__ import annotations

from dvc.services.equipment.loans import LoanRow
from dvc.ui.formatting import day_and_time, number, text
from dvc.ui.models.paged import PagedTableModel


class LoanTableModel(PagedTableModel):
    COL_ITEM, COL_BORROWER, COL_PLACE, COL_OUT, COL_RETURNED, COL_LOST, COL_DAMAGED, COL_STILL_OUT, COL_LENT_AT = range(9)
    NUMERIC_COLUMNS = frozenset({COL_OUT, COL_RETURNED, COL_LOST, COL_DAMAGED, COL_STILL_OUT})

    def headers(self) -> list[str]:
        return [self.tr("Item"), self.tr("Lent to"), self.tr("Need / district"), self.tr("Lent"), self.tr("Returned"),
                self.tr("Lost"), self.tr("Damaged"), self.tr("Still out"), self.tr("Lent at")]

    def display(self, row: LoanRow, column: int) -> str:
        if column == self.COL_ITEM:
            return row.name
        if column == self.COL_BORROWER:
            return row.borrower
        if column == self.COL_PLACE:
            return text(" ".join(x for x in (row.need_code, row.district) if x))
        if column == self.COL_LENT_AT:
            return day_and_time(row.out_at)
        values = {
            self.COL_OUT: row.quantity_out, self.COL_RETURNED: row.returned, self.COL_LOST: row.lost,
            self.COL_DAMAGED: row.damaged, self.COL_STILL_OUT: row.outstanding,
        }
        return number(values.get(column))

    def tooltip(self, row: LoanRow, column: int) -> str | None:
        if row.consumable and row.used:
            return self.tr("{count} {unit} used up on site").format(count=row.used, unit=row.unit)
        return row.notes or None
