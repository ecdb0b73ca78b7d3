"""Reception's list of the day: arrivals, the latest first, and who went home."""

from __future__ import annotations

from dvc.services.reception.today_list import TodayRow
from dvc.ui.formatting import clock_time, text
from dvc.ui.models.paged import PagedTableModel


class TodayTableModel(PagedTableModel):
    COL_IN, COL_CODE, COL_NAME, COL_KANA, COL_GROUP, COL_VISIT, COL_OUT = range(7)

    def headers(self) -> list[str]:
        return [self.tr("Arrived"), self.tr("Code"), self.tr("Name"), self.tr("Kana"), self.tr("Group"),
                self.tr("Visit"), self.tr("Went home")]

    def display(self, row: TodayRow, column: int) -> str:
        if column == self.COL_IN:
            return clock_time(row.checked_in_at)
        if column == self.COL_CODE:
            return row.code
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_KANA:
            return row.kana
        if column == self.COL_GROUP:
            return text(row.group_name)
        if column == self.COL_VISIT:
            return self.tr("First time") if row.first_time else self.tr("Returning")
        if column == self.COL_OUT:
            return clock_time(row.checked_out_at)
        return ""
