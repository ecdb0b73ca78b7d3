"""Copies of a live database file, made with SQLite's online backup API and checked."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


class CopyFailed(RuntimeError):
    pass


def integrity_ok(path: Path) -> bool:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    except sqlite3.DatabaseError:
        return False
    finally:
        con.close()


def copy_database(source: Path, target: Path, *, verify: bool = True) -> Path:
    """Copy ``source`` to ``target`` consistently even while it is in use.

    The copy is written beside the target and renamed into place only after
    it passed ``integrity_check``, so a half-written copy never looks like a
    backup (a pulled USB stick, a full disk).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            # A backup is one self-contained file: no -wal beside it to lose.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise CopyFailed(str(exc)) from exc
    finally:
        src.close()
    if verify and not integrity_ok(partial):
        partial.unlink(missing_ok=True)
        raise CopyFailed(f"integrity check failed for the copy of {source}")
    os.replace(partial, target)
    return target


def remove_partial_copies(folder: Path, stem: str) -> None:
    """Remove copies of ``stem`` a kill or a full disk left half written (only its writer makes copies)."""
    if folder.is_dir():
        for partial in folder.glob(f"{stem}-*.partial"):
            partial.unlink(missing_ok=True)
