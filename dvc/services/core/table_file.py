"""Reading a table that came from elsewhere (a call centre's Excel, a CSV): headers and rows, as written.

CSV files from Japanese offices are often Shift_JIS (Excel's "CSV" on Windows),
sometimes UTF-8 with a byte-order mark: both are read. In .xlsx files the first
sheet is read; the first non-empty row is the header. Cells stay as the file
has them (text, numbers, dates): the importer decides what they mean.

A file from outside may be hostile or simply wrong: it is refused early, before it costs memory, when it is
larger than a list of people can be, or when an .xlsx (a zip) unpacks to far more than it holds. A CSV is
read as a stream, never whole; an .xlsx row by row (openpyxl's read-only mode). The ' that table_writer.py
puts before a cell that would run as a formula is taken off again.
"""

from __future__ import annotations

import codecs
import csv
import zipfile
from dataclasses import dataclass
from pathlib import Path

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.services.core.table_writer import from_csv_cell

ENCODINGS = ("utf-8-sig", "cp932")
MAX_ROWS = 100_000
MAX_COLUMNS = 200
MB = 1024 * 1024
# 100,000 rows of a web form's export are about 30 MB as CSV and 7 MB as .xlsx (70 MB unpacked).
MAX_CSV_BYTES = 64 * MB
MAX_XLSX_BYTES = 20 * MB
MAX_XLSX_UNPACKED = 400 * MB
MAX_SHARED_STRINGS = 64 * MB  # openpyxl holds this part of a workbook in memory whole
# A sheet's XML packs about ten to one; a part that packs a hundred times tighter is filler, not a list.
MAX_PACKING = 100
PACKING_CHECKED_FROM = MB
READ_CHUNK = MB


@dataclass(frozen=True)
class TableFile:
    headers: list[str]
    rows: list[tuple[int, list[object]]]  # (line or row number in the file, cells)


def read_table(path: Path | str) -> TableFile:
    path = Path(path)
    if not path.is_file():
        raise UserError(QT_TRANSLATE_NOOP("errors", "There is no file {path}."), path=str(path))
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix in (".csv", ".txt", ".tsv"):
        return _read_csv(path)
    raise UserError(QT_TRANSLATE_NOOP("errors", "Cannot read {path}: use a .csv or .xlsx file."), path=str(path))


def _too_large(path: Path, size: int, limit: int) -> UserError:
    return UserError(QT_TRANSLATE_NOOP(
        "errors", "{path} is {size} MB, larger than a list dvc reads (up to {limit} MB, {rows} rows). Split it "
                  "into smaller files, or check that it is the right file."),
        path=str(path), size=max(1, round(size / MB)), limit=limit // MB, rows=f"{MAX_ROWS:,}")


def _encoding(path: Path) -> str:
    """The first of ENCODINGS the whole file decodes in, read a chunk at a time (never held whole)."""
    for encoding in ENCODINGS:
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            with open(path, "rb") as fh:
                while chunk := fh.read(READ_CHUNK):
                    decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        return encoding
    raise UserError(QT_TRANSLATE_NOOP("errors", "{path} is neither UTF-8 nor Shift_JIS text."), path=str(path))


def _read_csv(path: Path) -> TableFile:
    size = path.stat().st_size
    if size > MAX_CSV_BYTES:
        raise _too_large(path, size, MAX_CSV_BYTES)
    with open(path, encoding=_encoding(path), newline="") as fh:
        try:
            dialect = csv.Sniffer().sniff(fh.read(4096), delimiters=",\t;")
        except csv.Error:
            dialect = csv.excel
        fh.seek(0)
        reader = csv.reader(fh, dialect)
        try:
            # The record's number, as Excel shows the CSV (a cell with a line break is still one row), not
            # reader.line_num; an unreadable record is still named by its line, where an editor finds it.
            return _table(path, ((number, [from_csv_cell(c) for c in row])
                                 for number, row in enumerate(reader, start=1)))
        except csv.Error as exc:
            raise _csv_error(path, max(reader.line_num, 1), exc) from None


def _csv_error(path: Path, line: int, error: csv.Error) -> UserError:
    if "field limit" in str(error):
        return UserError(QT_TRANSLATE_NOOP(
            "errors", "Line {line} of {path} has a cell of more than {limit} characters: this is not a list dvc "
                      "can read. Check that it is the right file (a list saved as CSV from Excel or the web form)."),
            line=line, path=str(path), limit=f"{csv.field_size_limit():,}")
    return UserError(QT_TRANSLATE_NOOP(
        "errors", "Line {line} of {path} cannot be read as CSV (a stray quote or a character that is not text). "
                  "Open the file in Excel, save it again as CSV, and import that."), line=line, path=str(path))


def _not_xlsx(path: Path) -> UserError:
    return UserError(QT_TRANSLATE_NOOP("errors", "{path} is not an Excel (.xlsx) file dvc can read."), path=str(path))


def _check_xlsx(path: Path) -> None:
    """Refuse a workbook by its sizes alone, before anything is unpacked (a zip states them up front).

    Python's zipfile never returns more than the size a part states, so the stated sizes are what a read costs.
    """
    size = path.stat().st_size
    if size > MAX_XLSX_BYTES:
        raise _too_large(path, size, MAX_XLSX_BYTES)
    try:
        with zipfile.ZipFile(path) as book:
            parts = book.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _not_xlsx(path) from None
    unpacked = sum(p.file_size for p in parts)
    packed_tight = any(p.file_size > PACKING_CHECKED_FROM and p.file_size > MAX_PACKING * max(p.compress_size, 1)
                       for p in parts)
    strings = sum(p.file_size for p in parts if p.filename.lower().endswith("sharedstrings.xml"))
    if unpacked > MAX_XLSX_UNPACKED or packed_tight or strings > MAX_SHARED_STRINGS:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "{path} unpacks to far more than a list holds ({size} MB from a {packed} MB file), so dvc "
                      "does not open it. Save the list again from Excel (or as CSV), or check that it is the "
                      "right file."), path=str(path), size=round(unpacked / MB), packed=max(1, round(size / MB)))


def _read_xlsx(path: Path) -> TableFile:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    _check_xlsx(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, OSError, KeyError, ValueError):
        raise _not_xlsx(path) from None
    try:
        sheet = book.worksheets[0]
        # Rows as they are in the file, not padded out to the size the sheet claims (up to 16,384 columns).
        sheet.reset_dimensions()
        return _table(path, ((number, list(row)) for number, row in enumerate(sheet.iter_rows(values_only=True), 1)))
    finally:
        book.close()


def _blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _table(path: Path, numbered) -> TableFile:  # noqa: ANN001
    headers: list[str] | None = None
    rows: list[tuple[int, list[object]]] = []
    for number, cells in numbered:
        used = len(cells)
        while used and _blank(cells[used - 1]):
            used -= 1
        if not used:
            continue
        if used > MAX_COLUMNS:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "Row {line} of {path} has more than {count} columns: this is not a list dvc can read."),
                line=number, path=str(path), count=MAX_COLUMNS)
        if headers is None:
            headers = ["" if c is None else str(c).strip() for c in cells]
            while headers and not headers[-1]:
                headers.pop()
            continue
        rows.append((number, list(cells)))
        if len(rows) > MAX_ROWS:
            raise UserError(QT_TRANSLATE_NOOP("errors", "{path} has more than {count} rows."), path=str(path),
                            count=MAX_ROWS)
    if headers is None:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{path} is empty."), path=str(path))
    return TableFile(headers, rows)
