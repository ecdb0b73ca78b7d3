"""The one place the recovery and crash tests read a database file behind dvc's back, to check what it holds.

A plain SQLite connection, read-only unless asked. When the database is encrypted (issue 16), this is where
the tests' connection gets its key; the files made on purpose as plain ones (a damaged page, an old schema
made by Alembic directly) are read here too.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


def peek(path: Path, *, write: bool = False) -> sqlite3.Connection:
    if write:
        return sqlite3.connect(path)
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)
