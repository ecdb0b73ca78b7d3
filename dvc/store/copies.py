"""Copies of a live database file, made with SQLite's online backup API and checked.

A copy of an encrypted database is encrypted with the same key (and salt): the
backup API cannot write a plain copy of it, so no backup ever lands on a stick
unencrypted.
"""

from __future__ import annotations

import os
from pathlib import Path

from dvc.store import cipher


class CopyFailed(RuntimeError):
    pass


def integrity_ok(path: Path, key: cipher.DataKey | None = None) -> bool:
    """``integrity_check`` passes; ``key`` defaults to the one unlocked for the file's salt."""
    try:
        if key is None:
            key = cipher.key_for(path)
        con = cipher.connect(path, key, readonly=True)
    except (cipher.KeyMissing, cipher.WrongKey, *cipher.Error):
        return False
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    except cipher.DatabaseError:
        return False
    finally:
        con.close()


def copy_database(source: Path, target: Path, *, verify: bool = True, key: cipher.DataKey | None = None) -> Path:
    """Copy ``source`` to ``target`` consistently even while it is in use.

    The copy is written beside the target and renamed into place only after
    it passed ``integrity_check``, so a half-written copy never looks like a
    backup (a pulled USB stick, a full disk). ``key`` defaults to the one
    unlocked for the source's salt (cipher.KeyMissing if it is encrypted and
    not unlocked).
    """
    if key is None:
        key = cipher.key_for(source)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        src = cipher.connect(source, key, readonly=True)
    except cipher.WrongKey as exc:
        raise CopyFailed(f"the key does not open {source}") from exc
    except cipher.Error as exc:
        raise CopyFailed(str(exc)) from exc
    try:
        dst = cipher.connect(partial, key)
        try:
            src.backup(dst)
            # A backup is one self-contained file: no -wal beside it to lose.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    except cipher.Error as exc:
        partial.unlink(missing_ok=True)
        raise CopyFailed(str(exc)) from exc
    finally:
        src.close()
    if verify and not integrity_ok(partial, key):
        partial.unlink(missing_ok=True)
        raise CopyFailed(f"integrity check failed for the copy of {source}")
    os.replace(partial, target)
    return target


def remove_partial_copies(folder: Path, stem: str) -> None:
    """Remove copies of ``stem`` a kill or a full disk left half written (only its writer makes copies)."""
    if folder.is_dir():
        for partial in folder.glob(f"{stem}-*.partial"):
            partial.unlink(missing_ok=True)
