"""Importing pre-registrations (`dvc volunteers import FILE`): preview, bad-row report, idempotent apply.

* preview: every row is read, cleaned and checked against the reception rules;
  nothing is written. A row is new, already imported (its import key is on a
  volunteer: the same file twice adds nobody), already registered at the desk
  (same ふりがな and birth date), repeated within the file, or bad (with its
  row number, the column and why).
* apply: the new rows and their groups (団体名: created once, then reused by
  name) are added in one transaction, all or nothing. Bad rows are left out and
  can be written to an error file, corrected and imported again.
"""

from __future__ import annotations

import zipfile
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlmodel import Session, select

from dvc.domain.group_input import person_of
from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.domain.normalise import kana_key
from dvc.domain.timeutil import local_day
from dvc.domain.volunteer_input import clean_volunteer
from dvc.domain.volunteer_rows import RowError, cell_text, import_key, map_headers, read_row
from dvc.domain.volunteer_rules import Finding, assess, blocking, group_findings, is_adult
from dvc.services.core.table_file import read_table
from dvc.services.core.table_writer import csv_bytes
from dvc.services.safekeeping import protected_file
from dvc.services.safekeeping.backup import make_backup
from dvc.services.core.workspace import Workspace
from dvc.services.reception.printable import unprintable
from dvc.store.tables import Group, Volunteer

Translate = Callable[[str, str], str]
Progress = Callable[[int, int], None]
CHUNK = 500  # values per IN (...) lookup and rows per flush

ALREADY_IMPORTED = "already_imported"
ALREADY_REGISTERED = "already_registered"
REPEATED = "repeated_in_file"


def _same(_context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class BadRow:
    line: int
    column: str
    error: UserError
    cells: tuple[str, ...]

    def as_dict(self, translate: Translate) -> dict:
        return {"line": self.line, "column": self.column, "message": self.error.message(translate)}


@dataclass
class PlannedRow:
    line: int
    values: dict
    group: str
    key: str
    findings: tuple[Finding, ...] = ()
    same_phone: tuple[str, ...] = ()  # codes of volunteers with this phone: shown, not skipped (families share one)


@dataclass(frozen=True)
class SkippedRow:
    line: int
    reason: str  # ALREADY_IMPORTED, ALREADY_REGISTERED, REPEATED
    other: str  # the existing volunteer's code, or the first row's number


@dataclass
class ImportReport:
    path: str
    headers: list[str]
    ignored_columns: list[str]
    rows: int = 0
    new: list[PlannedRow] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)
    bad: list[BadRow] = field(default_factory=list)
    new_groups: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)  # codes, after apply
    applied: bool = False

    def as_dict(self, translate: Translate = _same) -> dict:
        return {
            "path": self.path, "rows": self.rows, "new": len(self.new), "new_groups": self.new_groups,
            "skipped": [{"line": s.line, "reason": s.reason, "other": s.other} for s in self.skipped],
            "bad": [b.as_dict(translate) for b in self.bad],
            "warnings": {str(p.line): [f.message(translate) for f in p.findings] for p in self.new if p.findings},
            "same_phone": {str(p.line): list(p.same_phone) for p in self.new if p.same_phone},
            "ignored_columns": self.ignored_columns, "applied": self.applied, "added": self.added,
        }


def _chunks(items: list, size: int = CHUNK):  # noqa: ANN202
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _rule_error(finding: Finding) -> UserError:
    error = UserError(finding.source, **finding.params)
    error.context = "rules"
    return error


def _group_rule_error() -> UserError:
    return UserError(QT_TRANSLATE_NOOP("errors", "Nobody in this row's group has a phone number or e-mail."))


def _read(path: Path | str):  # noqa: ANN202
    try:
        return read_table(path)
    except zipfile.BadZipFile:
        # openpyxl lets this through for a file named .xlsx that is not one.
        raise UserError(QT_TRANSLATE_NOOP("errors", "{path} is not an Excel (.xlsx) file dvc can read."),
                        path=str(path)) from None


def preview_import(ws: Workspace, *, path: Path | str, today: date | None = None,
                   progress: Progress | None = None) -> ImportReport:
    today = today or local_day()
    table = _read(path)
    mapping, unknown = map_headers(table.headers)
    report = ImportReport(path=str(path), headers=table.headers, ignored_columns=unknown, rows=len(table.rows))
    planned: list[PlannedRow] = []
    first_line: dict[str, int] = {}
    for done, (line, cells) in enumerate(table.rows, 1):
        texts = tuple(cell_text(c) for c in cells)
        try:
            row = read_row(cells, mapping, table.headers, today=today)
        except RowError as exc:
            report.bad.append(BadRow(line, exc.header, exc.error, texts))
            continue
        cleaned = clean_volunteer(row.data, today=today, contact_elsewhere=bool(row.group))
        if not cleaned.ok:
            report.bad.append(BadRow(line, "", cleaned.error(), texts))
            continue
        unprintable_name = unprintable(cleaned.values["name"]) or (row.group and unprintable(row.group, group=True))
        if unprintable_name:
            report.bad.append(BadRow(line, "", unprintable_name, texts))
            continue
        key = import_key(cleaned.values)
        if key in first_line:
            report.skipped.append(SkippedRow(line, REPEATED, str(first_line[key])))
            continue
        first_line[key] = line
        planned.append(PlannedRow(line, cleaned.values, row.group, key))
        if progress and done % CHUNK == 0:
            progress(done, len(table.rows))
    cells_of = {line: tuple(cell_text(c) for c in cells) for line, cells in table.rows}
    with ws.session() as s:
        planned = _drop_known(s, planned, report)
        _mark_same_phone(s, planned)
        report.new = _apply_rules(s, planned, report, today, cells_of)
        names = {p.group for p in report.new if p.group}
        report.new_groups = sorted(names - set(_groups_by_name(s, names)))
    report.bad.sort(key=lambda b: b.line)
    report.skipped.sort(key=lambda r: r.line)
    if progress:
        progress(len(table.rows), len(table.rows))
    return report


def _drop_known(s: Session, planned: list[PlannedRow], report: ImportReport) -> list[PlannedRow]:
    """Rows imported before (by key) or registered at the desk (same ふりがな and birth date) are skipped."""
    imported: dict[str, str] = {}
    for chunk in _chunks([p.key for p in planned]):
        imported.update(s.exec(select(Volunteer.import_key, Volunteer.code).where(Volunteer.import_key.in_(chunk))).all())
    registered: dict[tuple, str] = {}
    births = sorted({p.values["birth_date"] for p in planned if p.values["birth_date"]})
    for chunk in _chunks(births):
        rows = s.exec(select(Volunteer.birth_date, Volunteer.kana, Volunteer.code).where(
            Volunteer.birth_date.in_(chunk), Volunteer.deleted == False)).all()  # noqa: E712
        registered.update({(born, kana_key(kana)): code for born, kana, code in rows})
    kept = []
    for p in planned:
        if p.key in imported:
            report.skipped.append(SkippedRow(p.line, ALREADY_IMPORTED, imported[p.key]))
        elif (code := registered.get((p.values["birth_date"], kana_key(p.values["kana"])))) is not None:
            report.skipped.append(SkippedRow(p.line, ALREADY_REGISTERED, code))
        else:
            kept.append(p)
    return kept


def _mark_same_phone(s: Session, planned: list[PlannedRow]) -> None:
    by_phone: dict[str, list[str]] = defaultdict(list)
    for chunk in _chunks(sorted({p.values["phone"] for p in planned if p.values["phone"]})):
        for phone, code in s.exec(select(Volunteer.phone, Volunteer.code).where(
                Volunteer.phone.in_(chunk), Volunteer.deleted == False)).all():  # noqa: E712
            by_phone[phone].append(code)
    for p in planned:
        p.same_phone = tuple(by_phone.get(p.values["phone"], ())[:3])


def _groups_by_name(s: Session, names: set[str]) -> dict[str, Group]:
    found: dict[str, Group] = {}
    for chunk in _chunks(sorted(names)):
        for group in s.exec(select(Group).where(Group.name.in_(chunk), Group.deleted == False)).all():  # noqa: E712
            found.setdefault(group.name, group)
    return found


def _apply_rules(s: Session, planned: list[PlannedRow], report: ImportReport, today: date,
                 cells_of: dict[int, tuple[str, ...]]) -> list[PlannedRow]:
    """Rules per person; a group is judged with its members in the file and those already registered."""
    groups: dict[str, list[PlannedRow]] = defaultdict(list)
    kept: list[PlannedRow] = []
    for p in planned:
        if p.group:
            groups[p.group].append(p)
            continue
        p.findings = tuple(assess(person_of(p.values), today))
        if stop := blocking(p.findings):
            report.bad.append(BadRow(p.line, "", _rule_error(stop[0]), cells_of[p.line]))
        else:
            kept.append(p)
    existing = _groups_by_name(s, set(groups))
    for name, rows in groups.items():
        group = existing.get(name)
        adult_there = False
        if group is not None:
            members = s.exec(select(Volunteer.birth_date, Volunteer.age).where(
                Volunteer.group_id == group.id, Volunteer.deleted == False)).all()  # noqa: E712
            adult_there = any(is_adult(person_of({"birth_date": b, "age": a}), today) for b, a in members)
        contact = (group is not None and (group.contact_phone or group.contact_email)) or any(
            r.values["phone"] or r.values["email"] for r in rows)
        people = [person_of(r.values) for r in rows]
        for r, findings in zip(rows, group_findings(people, today)):
            if adult_there:
                findings = assess(person_of(r.values), today, adult_in_group=True)
            r.findings = tuple(findings)
            if not contact:
                report.bad.append(BadRow(r.line, "", _group_rule_error(), cells_of[r.line]))
            elif stop := blocking(findings):
                report.bad.append(BadRow(r.line, "", _rule_error(stop[0]), cells_of[r.line]))
            else:
                kept.append(r)
    kept.sort(key=lambda p: p.line)
    return kept


def import_volunteers(ws: Workspace, *, path: Path | str, dry_run: bool = False, today: date | None = None,
                      progress: Progress | None = None) -> ImportReport:
    """Preview, and unless ``dry_run`` add the new rows and their groups (one transaction)."""
    today = today or local_day()
    report = preview_import(ws, path=path, today=today, progress=progress)
    if dry_run or not report.new:
        return report
    # A copy first: an import that was the wrong file can be undone with `dvc restore`.
    make_backup(ws, reason="before-import")
    with ws.transaction() as s:
        s.info["audit_action"] = "import"
        groups = _groups_by_name(s, {p.group for p in report.new if p.group})
        by_group: dict[str, list[PlannedRow]] = defaultdict(list)
        for p in report.new:
            by_group[p.group].append(p)
        # One allocation for all the codes: each allocation flushes the session.
        for code, name in zip(ws.new_codes(s, "G", len(report.new_groups)), report.new_groups):
            members = by_group[name]
            rep = next((p for p in members if is_adult(person_of(p.values), today)), members[0])
            rep.values["is_group_representative"] = True
            groups[name] = Group(code=code, name=name, representative_name=rep.values["name"],
                                 contact_phone=rep.values["phone"], contact_email=rep.values["email"],
                                 declared_headcount=len(members))
            s.add(groups[name])
        s.flush()  # groups before the members that point at them
        codes = ws.new_codes(s, "V", len(report.new))
        for done, (code, p) in enumerate(zip(codes, report.new), 1):
            group_id = groups[p.group].id if p.group else None
            s.add(Volunteer(code=code, group_id=group_id, import_key=p.key, **p.values))
            report.added.append(code)
            if done % CHUNK == 0:
                s.flush()
                if progress:
                    progress(done, len(report.new))
    if progress:
        progress(len(report.new), len(report.new))
    report.applied = True
    return report


ERROR_COLUMNS = (QT_TRANSLATE_NOOP("import", "Row"), QT_TRANSLATE_NOOP("import", "Column"),
                 QT_TRANSLATE_NOOP("import", "Reason"))


def write_error_csv(report: ImportReport, out: Path | str, translate: Translate = _same, *,
                    passphrase: str | None) -> Path:
    """The bad rows as they were, after their row number and reason: fix them there and import that file.

    UTF-8 with a byte-order mark, which Excel opens without garbling Japanese. The rows are people's
    details, so the file is an encrypted zip unless ``passphrase`` is None (an explicit choice).
    Returns the path written (``out`` + .zip when encrypted).
    """
    rows = [[translate("import", c) for c in ERROR_COLUMNS] + report.headers]
    rows += [[bad.line, bad.column, bad.error.message(translate), *bad.cells] for bad in report.bad]
    data = csv_bytes(rows)
    if passphrase is None:
        return protected_file.write_plain(out, data)
    return protected_file.write_protected(out, {Path(out).name: data}, passphrase=passphrase)
