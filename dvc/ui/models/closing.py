"""The closing check's two lists: teams not back, people still checked in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from dvc.services.dispatch.safety import StillHere, TeamOut
from dvc.ui.formatting import clock_time, number, text, time_or_day
from dvc.ui.models.paged import Index, PagedTableModel

LATE_TEXT = QColor("#b00020")


class TeamsNotBackModel(PagedTableModel):
    COL_CODE, COL_NEED, COL_LEADER, COL_PHONE, COL_MEMBERS, COL_EXPECTED, COL_LATE = range(7)
    NUMERIC_COLUMNS = frozenset({COL_MEMBERS, COL_LATE})

    def headers(self) -> list[str]:
        return [self.tr("Team"), self.tr("Need and place"), self.tr("Leader"), self.tr("Leader's phone"),
                self.tr("People"), self.tr("Expected back"), self.tr("Late (min)")]

    def display(self, row: TeamOut, column: int) -> str:
        if column == self.COL_NEED:
            return " ".join(x for x in (row.need_code, row.need_summary) if x)
        if column == self.COL_MEMBERS:
            return number(row.headcount)
        if column == self.COL_EXPECTED:
            return time_or_day(row.expected_back_at)
        if column == self.COL_LATE:
            return number(row.minutes_overdue) if row.overdue else ""
        values = {self.COL_CODE: row.code, self.COL_LEADER: row.leader_name, self.COL_PHONE: row.leader_phone}
        return text(values.get(column, ""))

    def tooltip(self, row: TeamOut, column: int) -> str | None:
        return "、".join(p.name for p in row.members) or None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and self.row_at(index.row()).overdue:
            return QBrush(LATE_TEXT)
        return super().data(index, role)


class StillHereModel(PagedTableModel):
    COL_CODE, COL_NAME, COL_PHONE, COL_ARRIVED, COL_TEAM = range(5)

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Name"), self.tr("Phone"), self.tr("Checked in"), self.tr("Team out")]

    def display(self, row: StillHere, column: int) -> str:
        if column == self.COL_ARRIVED:
            return clock_time(row.checked_in_at)
        values = {self.COL_CODE: row.code, self.COL_NAME: row.name, self.COL_PHONE: row.phone,
                  self.COL_TEAM: row.team_code}
        return text(values.get(column, ""))
