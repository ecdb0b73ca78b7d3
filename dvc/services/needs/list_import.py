"""Importing needs collected elsewhere (`dvc needs import FILE`): preview, bad-row report, idempotent apply.

* preview: every row is read and checked; nothing is written. Rows are new, already
  imported (the same request from an earlier import of this or a later export of the
  same list), repeated within the file, or bad (with the line, the column and why).
* apply: the new good rows are added in one transaction; bad rows are reported and
  left out, so the file can be corrected and imported again: what is already in
  is recognised by its import key and not added twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import or_
from sqlmodel import Session, select

from dvc.domain import need_intake
from dvc.domain.messages import UserError
from dvc.domain.need_rows import NeedRowData, RowError, map_headers, read_row
from dvc.services.needs.intake import add_need, work_types_in
from dvc.services.core.table_file import read_table
from dvc.services.core.workspace import Workspace
from dvc.store.tables import Need

Translate = Callable[[str, str], str]


@dataclass(frozen=True)
class BadRow:
    line: int
    column: str
    error: UserError
    cells: tuple[str, ...] = ()  # the row as it was, for the error file (volunteer_import.write_error_csv)

    def as_dict(self, translate: Translate) -> dict:
        return {"line": self.line, "column": self.column, "message": self.error.message(translate)}


@dataclass(frozen=True)
class PlannedRow:
    line: int
    data: NeedRowData
    possible_duplicates: tuple[str, ...] = ()  # codes of needs with the same phone or site, taken at the desk


@dataclass
class ImportReport:
    path: str
    headers: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    rows: int = 0
    new: list[PlannedRow] = field(default_factory=list)
    already: list[int] = field(default_factory=list)  # lines
    repeated: list[int] = field(default_factory=list)
    bad: list[BadRow] = field(default_factory=list)
    added: list[str] = field(default_factory=list)  # codes, after apply
    applied: bool = False

    def as_dict(self, translate: Translate) -> dict:
        return {
            "path": self.path, "rows": self.rows, "new": len(self.new), "already_imported": len(self.already),
            "repeated_in_file": len(self.repeated), "bad": [b.as_dict(translate) for b in self.bad],
            "possible_duplicates": {str(p.line): list(p.possible_duplicates) for p in self.new if p.possible_duplicates},
            "ignored_columns": self.ignored_columns, "applied": self.applied, "added": self.added,
        }


def preview_import(ws: Workspace, *, path: Path | str) -> ImportReport:
    table = read_table(path)
    mapping, ignored = map_headers(table.headers)
    report = ImportReport(path=str(path), headers=table.headers, ignored_columns=ignored, rows=len(table.rows))
    with ws.session() as s:
        allowed = work_types_in(s)
        known = set(s.exec(select(Need.import_key).where(Need.import_key != "")).all())
        seen: set[str] = set()
        for line, cells in table.rows:
            try:
                data = read_row(cells, mapping, table.headers, work_types=allowed)
                need_intake.validate(data.draft, work_types=allowed)
            except RowError as exc:
                report.bad.append(BadRow(line, exc.header, exc.error, _cells(cells)))
                continue
            except UserError as exc:
                report.bad.append(BadRow(line, "", exc, _cells(cells)))
                continue
            if data.import_key in known:
                report.already.append(line)
            elif data.import_key in seen:
                report.repeated.append(line)
            else:
                seen.add(data.import_key)
                report.new.append(PlannedRow(line, data, _look_alikes(s, data)))
    return report


def _cells(cells: list[object]) -> tuple[str, ...]:
    return tuple("" if c is None else str(c) for c in cells)


def _look_alikes(s: Session, data: NeedRowData) -> tuple[str, ...]:
    draft = data.draft
    clauses = []
    if draft.phone_key:
        clauses.append(Need.phone_key == draft.phone_key)
    if draft.address_key:
        clauses.append(Need.address_key == draft.address_key)
    if not clauses:
        return ()
    query = select(Need.code).where(Need.deleted == False, or_(*clauses)).limit(3)  # noqa: E712
    return tuple(s.exec(query).all())


def import_needs(ws: Workspace, *, path: Path | str, dry_run: bool = False) -> ImportReport:
    """Preview, and unless ``dry_run`` add the new good rows (one transaction)."""
    report = preview_import(ws, path=path)
    if dry_run or not report.new:
        return report
    source = Path(path).name
    with ws.transaction() as s:
        allowed = work_types_in(s)
        for planned in report.new:
            data = planned.data
            draft = need_intake.validate(data.draft, work_types=allowed)
            need = add_need(s, ws, draft, status=data.status, status_reason=data.status_reason or source,
                            import_key=data.import_key)
            report.added.append(need.code)
    report.applied = True
    return report

