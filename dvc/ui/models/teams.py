"""The dispatch desk's teams: ready to leave, out on site (late ones first, in red), back."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from dvc.domain.vocab import TeamStatus
from dvc.services.dispatch.safety import TeamOut
from dvc.services.dispatch.teams_view import TeamRow
from dvc.ui import labels
from dvc.ui.formatting import clock_time, number, text, time_or_day
from dvc.ui.models.paged import Index, PagedTableModel

OVERDUE_BACKGROUND = QColor("#fde2e1")
OVERDUE_TEXT = QColor("#b00020")
BACK_TEXT = QColor("#6b7280")
# The order of the list: what needs the desk's attention first (late teams come before all of these).
ORDER = {TeamStatus.CONFIRMED: 1, TeamStatus.DISPATCHED: 2, TeamStatus.RETURNED: 3}
# Drafts belong to the matching desk until confirmed (a proposal of 300 teams buried the few ready to leave);
# cancelled teams go nowhere.
NOT_AT_DISPATCH = frozenset({TeamStatus.PROPOSED, TeamStatus.CANCELLED})


@dataclass(frozen=True)
class DeskTeam:
    id: uuid.UUID
    code: str
    need_code: str
    place: str
    members: int
    leader_name: str
    leader_phone: str
    status: str
    departed_at: datetime | None
    expected_back_at: datetime | None
    minutes_overdue: int
    returned_at: datetime | None = None

    @property
    def overdue(self) -> bool:
        return self.status == TeamStatus.DISPATCHED and self.minutes_overdue > 0


def desk_teams(today: Iterable[TeamRow], out: Iterable[TeamOut]) -> list[DeskTeam]:
    """Today's confirmed, departed and returned teams joined with every team still out (an overdue one from an
    earlier day included)."""
    out_by_id = {t.id: t for t in out}
    rows = []
    for row in today:
        if row.status in NOT_AT_DISPATCH:
            continue
        away = out_by_id.pop(row.id, None)
        rows.append(DeskTeam(
            id=row.id, code=row.code, need_code=row.need_code, place=row.need_summary or row.district,
            members=row.members, leader_name=row.leader_name,
            leader_phone=row.leader_phone or (away.leader_phone if away else ""),
            status=row.status, departed_at=row.departed_at, expected_back_at=away.expected_back_at if away else None,
            minutes_overdue=away.minutes_overdue if away else 0, returned_at=row.returned_at))
    for away in out_by_id.values():
        rows.append(DeskTeam(
            id=away.id, code=away.code, need_code=away.need_code, place=away.need_summary, members=away.headcount,
            leader_name=away.leader_name, leader_phone=away.leader_phone, status=TeamStatus.DISPATCHED,
            departed_at=away.departed_at, expected_back_at=away.expected_back_at, minutes_overdue=away.minutes_overdue))
    rows.sort(key=lambda r: (0 if r.overdue else ORDER.get(r.status, len(ORDER) + 1), -r.minutes_overdue,
                             r.expected_back_at.timestamp() if r.expected_back_at else 0.0, r.code))
    return rows


class TeamTableModel(PagedTableModel):
    (COL_CODE, COL_NEED, COL_PLACE, COL_MEMBERS, COL_LEADER, COL_PHONE, COL_STATUS, COL_DEPARTED,
     COL_EXPECTED, COL_RETURNED) = range(10)
    NUMERIC_COLUMNS = frozenset({COL_MEMBERS})

    def headers(self) -> list[str]:
        return [self.tr("Team"), self.tr("Need"), self.tr("Place"), self.tr("Members"), self.tr("Leader"),
                self.tr("Leader's phone"), self.tr("Status"), self.tr("Left at"), self.tr("Expected back"),
                self.tr("Back at")]

    def display(self, row: DeskTeam, column: int) -> str:
        if column == self.COL_STATUS:
            if row.overdue:
                return self.tr("Late by {minutes} min").format(minutes=f"{row.minutes_overdue:,}")
            return labels.team_status(row.status)
        if column == self.COL_MEMBERS:
            return number(row.members)
        if column == self.COL_DEPARTED:
            return clock_time(row.departed_at)
        if column == self.COL_EXPECTED:
            return time_or_day(row.expected_back_at)
        if column == self.COL_RETURNED:
            return clock_time(row.returned_at)
        values = {self.COL_CODE: row.code, self.COL_NEED: row.need_code, self.COL_PLACE: row.place,
                  self.COL_LEADER: row.leader_name, self.COL_PHONE: row.leader_phone}
        return text(values.get(column, ""))

    def tooltip(self, row: DeskTeam, column: int) -> str | None:
        if column == self.COL_PLACE:
            return row.place or None  # a long address is cut in the column
        if row.overdue:
            return self.tr("Not back {minutes} minutes after the expected time: call the leader.").format(
                minutes=f"{row.minutes_overdue:,}")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            row = self.row_at(index.row())
            if row.overdue:
                return QBrush(OVERDUE_BACKGROUND if role == Qt.ItemDataRole.BackgroundRole else OVERDUE_TEXT)
            if row.status == TeamStatus.RETURNED and role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(BACK_TEXT)
        return super().data(index, role)
