"""The one place the recovery and crash tests read a database file behind dvc's back, to check what it holds.

Read-only unless asked. An encrypted database (issue 16) is read through tests/rawdb.raw_connect, with the key
unlocked in this process or the one its key file gives (a database a restore put aside has its key file beside
it); the files made on purpose as plain ones (a damaged page, an old schema made by Alembic directly) are read
with the standard library's sqlite3, as before.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dvc.store import cipher
from tests.rawdb import raw_connect


def peek(path: Path, *, write: bool = False):  # noqa: ANN201 (sqlite3's or SQLCipher's connection)
    path = Path(path)
    if cipher.is_encrypted(path):
        return raw_connect(path, readonly=not write)
    if write:
        return sqlite3.connect(path)
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)
