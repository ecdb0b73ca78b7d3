"""Need lists: the needs desk's board and matching's waiting needs."""

from __future__ import annotations

from dvc.services.needs_board import NeedRow
from dvc.ui import labels
from dvc.ui.formatting import day_and_time, joined, number, text
from dvc.ui.models.paged import PagedTableModel


class NeedTableModel(PagedTableModel):
    COL_CODE, COL_RECEIVED, COL_DISTRICT, COL_WORK, COL_HEADCOUNT, COL_PRIORITY, COL_STATUS = range(7)
    NUMERIC_COLUMNS = frozenset({COL_HEADCOUNT})

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Received"), self.tr("District"), self.tr("Work"), self.tr("People"),
                self.tr("Priority"), self.tr("Status")]

    def display(self, row: NeedRow, column: int) -> str:
        if column == self.COL_CODE:
            return row.code
        if column == self.COL_RECEIVED:
            return day_and_time(row.received_at)
        if column == self.COL_DISTRICT:
            return text(row.district)
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
        return row.site_address or None


class WaitingNeedModel(PagedTableModel):
    COL_CODE, COL_PRIORITY, COL_DISTRICT, COL_WORK, COL_HEADCOUNT = range(5)
    NUMERIC_COLUMNS = frozenset({COL_HEADCOUNT})

    def headers(self) -> list[str]:
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
