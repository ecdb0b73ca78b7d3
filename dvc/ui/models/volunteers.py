"""Volunteer lists: reception's roster and matching's available people."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dvc.services.reception.roster import AvailableRow, VolunteerRow
from dvc.ui import labels
from dvc.ui.formatting import clock_time, joined, number, text
from dvc.ui.models.paged import PagedTableModel


class VolunteerTableModel(PagedTableModel):
    COL_CODE, COL_NAME, COL_KANA, COL_AGE, COL_GROUP, COL_INSURED, COL_CHECKED_IN = range(7)
    NUMERIC_COLUMNS = frozenset({COL_AGE})

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Name"), self.tr("Kana"), self.tr("Age"), self.tr("Group"),
                self.tr("Insured"), self.tr("Today")]

    def display(self, row: VolunteerRow, column: int) -> str:
        if column == self.COL_CODE:
            return row.code
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_KANA:
            return row.kana
        if column == self.COL_AGE:
            return number(row.age)
        if column == self.COL_GROUP:
            return text(row.group_name)
        if column == self.COL_INSURED:
            return labels.insurance(row.insured)
        if column == self.COL_CHECKED_IN:
            if row.checked_out:
                return self.tr("Checked out")
            return self.tr("Checked in") if row.checked_in else ""
        return ""


class AvailableVolunteerModel(PagedTableModel):
    COL_CODE, COL_NAME, COL_AGE, COL_GENDER, COL_GROUP, COL_VEHICLES, COL_LEADER, COL_ARRIVED = range(8)
    NUMERIC_COLUMNS = frozenset({COL_AGE})

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Name"), self.tr("Age"), self.tr("Gender"), self.tr("Group"),
                self.tr("Vehicle"), self.tr("Leader"), self.tr("Arrived")]

    def display(self, row: AvailableRow, column: int) -> str:
        if column == self.COL_CODE:
            return row.code
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_AGE:
            return number(row.age)
        if column == self.COL_GENDER:
            return labels.gender(row.gender)
        if column == self.COL_GROUP:
            return text(row.group_name)
        if column == self.COL_VEHICLES:
            return joined(labels.vehicle(v) for v in row.vehicles) if row.vehicles else ""
        if column == self.COL_LEADER:
            return QCoreApplication.translate("vocab", "OK") if row.leader_ok else ""
        if column == self.COL_ARRIVED:
            return clock_time(row.checked_in_at)
        return ""
