"""Today's teams, for dispatch."""

from __future__ import annotations

from dvc.services.teams_view import TeamRow
from dvc.ui import labels
from dvc.ui.formatting import clock_time, number, text
from dvc.ui.models.paged import PagedTableModel


class TeamTableModel(PagedTableModel):
    COL_CODE, COL_NEED, COL_DISTRICT, COL_MEMBERS, COL_LEADER, COL_STATUS, COL_DEPARTED = range(7)
    NUMERIC_COLUMNS = frozenset({COL_MEMBERS})

    def headers(self) -> list[str]:
        return [self.tr("Team"), self.tr("Need"), self.tr("District"), self.tr("Members"), self.tr("Leader"),
                self.tr("Status"), self.tr("Left at")]

    def display(self, row: TeamRow, column: int) -> str:
        if column == self.COL_CODE:
            return row.code
        if column == self.COL_NEED:
            return row.need_code
        if column == self.COL_DISTRICT:
            return text(row.district)
        if column == self.COL_MEMBERS:
            return number(row.members)
        if column == self.COL_LEADER:
            return text(row.leader_name)
        if column == self.COL_STATUS:
            return labels.team_status(row.status)
        if column == self.COL_DEPARTED:
            return clock_time(row.departed_at)
        return ""
