"""The preview of a pre-registration import: rows to add, bad rows with reasons, rows already known."""

from __future__ import annotations

from dvc.domain.volunteer_rules import Severity, age_on
from dvc.domain.timeutil import local_day
from dvc.i18n import translate
from dvc.services.reception.volunteer_import import ALREADY_IMPORTED, ALREADY_REGISTERED, BadRow, PlannedRow, SkippedRow
from dvc.ui.formatting import number
from dvc.ui.models.paged import PagedTableModel


class NewRowsModel(PagedTableModel):
    COL_LINE, COL_NAME, COL_KANA, COL_AGE, COL_PHONE, COL_GROUP, COL_NOTES = range(7)
    NUMERIC_COLUMNS = frozenset({COL_LINE, COL_AGE})

    def headers(self) -> list[str]:
        return [self.tr("Row"), self.tr("Name"), self.tr("Furigana"), self.tr("Age"), self.tr("Phone / e-mail"),
                self.tr("Group"), self.tr("To watch")]

    def display(self, row: PlannedRow, column: int) -> str:
        v = row.values
        if column == self.COL_LINE:
            return str(row.line)
        if column == self.COL_NAME:
            return v["name"]
        if column == self.COL_KANA:
            return v["kana"]
        if column == self.COL_AGE:
            return number(age_on(local_day(), v["birth_date"], v["age"]))
        if column == self.COL_PHONE:
            return v["phone"] or v["email"]
        if column == self.COL_GROUP:
            return row.group
        if column == self.COL_NOTES:
            notes = [f.message(translate) for f in row.findings if f.severity != Severity.INFO]
            if row.same_phone:
                notes.append(self.tr("same phone as {codes}").format(codes=", ".join(row.same_phone)))
            return " / ".join(notes)
        return ""

    def tooltip(self, row: PlannedRow, column: int) -> str | None:
        return self.display(row, column) if column == self.COL_NOTES else None


class BadRowsModel(PagedTableModel):
    COL_LINE, COL_COLUMN, COL_REASON, COL_FIRST = range(4)
    NUMERIC_COLUMNS = frozenset({COL_LINE})

    def headers(self) -> list[str]:
        return [self.tr("Row"), self.tr("Column"), self.tr("Reason"), self.tr("First cells")]

    def display(self, row: BadRow, column: int) -> str:
        if column == self.COL_LINE:
            return str(row.line)
        if column == self.COL_COLUMN:
            return row.column
        if column == self.COL_REASON:
            return row.error.message(translate)
        if column == self.COL_FIRST:
            return " | ".join(c for c in row.cells[:3])
        return ""

    def tooltip(self, row: BadRow, column: int) -> str | None:
        return row.error.message(translate) if column == self.COL_REASON else None


class SkippedRowsModel(PagedTableModel):
    COL_LINE, COL_REASON = range(2)
    NUMERIC_COLUMNS = frozenset({COL_LINE})

    def headers(self) -> list[str]:
        return [self.tr("Row"), self.tr("Why it is not added")]

    def display(self, row: SkippedRow, column: int) -> str:
        if column == self.COL_LINE:
            return str(row.line)
        if row.reason == ALREADY_IMPORTED:
            return self.tr("already imported as {code}").format(code=row.other)
        if row.reason == ALREADY_REGISTERED:
            return self.tr("already registered as {code} (same furigana and birth date)").format(code=row.other)
        return self.tr("the same person as row {line}").format(line=row.other)
