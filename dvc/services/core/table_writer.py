"""Writing a table for people to open in Excel (CSV or .xlsx): no cell runs as a formula, whatever it holds.

A name typed at a desk or read from a web form's export may be ``=HYPERLINK("http://…"&A2,"クリック")`` or
``+cmd|' /C calc'!A0``; opened in Excel it must stay text. Following OWASP's advice on CSV injection, a text
cell that starts with = + - @, a tab, a carriage return or a line feed (also after spaces, and the full-width
＝＋－＠ a Japanese IME types) is written

- in CSV with a leading ' (and, as the csv module does for any field holding a comma, a quote or a line
  break, in double quotes: a value cannot start a new cell in the middle);
- in .xlsx as text with Excel's own "quote prefix" mark, so the cell shows exactly the stored value and is
  still text after someone edits it.

The database keeps the value as it was typed; only the file is made safe. Numbers stay numbers, also a plain
number written as text such as -1 (a negative figure is not a formula; "-1+A1" or "+81-90-…" are). Every .xlsx and CSV dvc writes goes through here; table_file.py reads them back,
taking the ' off again, so the bad rows of an import can be fixed and imported as they are.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

TRIGGERS = frozenset("=+-@\t\r\n\0＝＋－＠")
QUOTE = "'"
SPACES = " \u3000"
PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")


def runs_as_formula(text: str) -> bool:
    """True if a spreadsheet could take ``text`` for a formula (or the start of one)."""
    first = text.lstrip(SPACES)[:1]
    return bool(first) and first in TRIGGERS and not PLAIN_NUMBER.fullmatch(text)


def csv_cell(value: object) -> object:
    if isinstance(value, str) and runs_as_formula(value):
        return QUOTE + value
    return value


def from_csv_cell(text: str) -> str:
    """The value a cell written by :func:`csv_cell` stood for (a person's own leading ' elsewhere is kept)."""
    if text.startswith(QUOTE) and runs_as_formula(text[1:]):
        return text[1:]
    return text


def csv_text(rows: Iterable[Sequence[object]]) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    for row in rows:
        writer.writerow([csv_cell(v) for v in row])
    return out.getvalue()


def csv_bytes(rows: Iterable[Sequence[object]]) -> bytes:
    """UTF-8 with a byte-order mark: Excel on a Japanese Windows reads it without garbling."""
    return csv_text(rows).encode("utf-8-sig")


def write_csv(path: Path, rows: Iterable[Sequence[object]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        for row in rows:
            writer.writerow([csv_cell(v) for v in row])


def set_cell(sheet, row: int, column: int, value: object):  # noqa: ANN001, ANN201  (openpyxl Worksheet, Cell)
    """Put ``value`` in a cell of an openpyxl sheet as a value, never as a formula."""
    cell = sheet.cell(row, column)
    cell.value = value
    if isinstance(value, str) and runs_as_formula(value):
        # openpyxl stores any text starting with = as a formula; text it is, with Excel's "this is text" mark.
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell

