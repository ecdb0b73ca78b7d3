"""Reading a table that came from elsewhere (a call centre's Excel, a CSV): headers and rows, as written.

CSV files from Japanese offices are often Shift_JIS (Excel's "CSV" on Windows),
sometimes UTF-8 with a byte-order mark: both are read. In .xlsx files the first
sheet is read; the first non-empty row is the header. Cells stay as the file
has them (text, numbers, dates): the importer decides what they mean.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError

ENCODINGS = ("utf-8-sig", "cp932")
MAX_ROWS = 100_000


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


def _decode(raw: bytes, path: Path) -> str:
    for encoding in ENCODINGS:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UserError(QT_TRANSLATE_NOOP("errors", "{path} is neither UTF-8 nor Shift_JIS text."), path=str(path))


def _read_csv(path: Path) -> TableFile:
    text = _decode(path.read_bytes(), path)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    # The record's number, as Excel shows the CSV (a cell with a line break is still one row), not reader.line_num.
    return _table(path, enumerate(reader, start=1))


def _read_xlsx(path: Path) -> TableFile:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, OSError, KeyError, ValueError):
        raise UserError(QT_TRANSLATE_NOOP("errors", "{path} is not an Excel (.xlsx) file dvc can read."),
                        path=str(path)) from None
    try:
        sheet = book.worksheets[0]
        return _table(path, ((number, list(row)) for number, row in enumerate(sheet.iter_rows(values_only=True), 1)))
    finally:
        book.close()


def _blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _table(path: Path, numbered) -> TableFile:  # noqa: ANN001
    headers: list[str] | None = None
    rows: list[tuple[int, list[object]]] = []
    for number, cells in numbered:
        if all(_blank(c) for c in cells):
            continue
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
