"""Names in a bundle that the printed forms cannot show: counted for staff, never refused.

At entry dvc refuses a name with a character the embedded font lacks
(reception/printable.py). A record from another council's bundle is that
council's data and is taken as it is; on paper such a character prints as 〓
(printing/glyphs.printable). The import and its preview say how many of the
records it writes have one, and which, so staff can correct the names.
"""

from __future__ import annotations

import sqlite3
from datetime import timezone

from dvc.exchange.merge_result import MergeContext
from dvc.printing import glyphs

# The names entry checks: a volunteer's and a group's (what is read aloud from the intake sheet and badge).
NAMES = (("volunteer", "name"), ("volunteer_group", "name"))


def unprintable_codes(conn: sqlite3.Connection, ctx: MergeContext) -> list[str]:
    """The codes of the records this import wrote (new or updated) whose name has a character the font lacks."""
    at = ctx.imported_at.astimezone(timezone.utc).strftime(  # as table_merge writes it
        "%Y-%m-%d %H:%M:%S.%f")
    codes = []
    for table, column in NAMES:
        rows = conn.execute(
            f'SELECT t.code, t."{column}" FROM record_source r JOIN "{table}" t ON t.id = r.record_id '
            "WHERE r.imported_at = ? AND r.table_name = ? AND r.bundle_id = ? AND t.deleted = 0 ORDER BY t.code",
            (at, table, ctx.bundle_id.hex))
        codes += [code for code, name in rows if name and not name.isascii() and glyphs.missing(name)]
    return codes
