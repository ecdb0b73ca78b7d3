"""Reading the header row and the cells of a table that came from elsewhere (CSV, Excel), for any importer.

An importer names its columns (header text -> field); this module finds them in a
file's header row the same way for every list: NFKC, notes such as 「（必須）」 and the
marks "*" and "※" ignored, a column named twice refused, columns not ours listed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError

HEADER_MARKS = re.compile(r"[（(][^）)]*[）)]|[*＊※]")


def header_key(header: str) -> str:
    return HEADER_MARKS.sub("", unicodedata.normalize("NFKC", header)).strip()


def match_headers(headers: list[str], field_of: Callable[[str], str | None]) -> tuple[dict[int, str], list[str]]:
    """Column index -> field (``field_of`` gets the cleaned header), and the headers no field claims."""
    mapping: dict[int, str] = {}
    unknown: list[str] = []
    for index, header in enumerate(headers):
        key = header_key(header)
        field = field_of(key) if key else None
        if field is None:
            if key:
                unknown.append(header)
            continue
        if field in mapping.values():
            raise UserError(QT_TRANSLATE_NOOP("errors", "The column {header} appears twice."), header=header)
        mapping[index] = field
    return mapping, unknown


def cell_text(cell: object) -> str:
    """A cell as text: Excel's 5.0 for 5 as 5, NFKC, trimmed."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    return unicodedata.normalize("NFKC", str(cell)).strip()
