"""A council's plain database (from a dvc before encryption) converted to an encrypted one on first open.

Steps, each safe to interrupt: everything in the -wal is checkpointed into the
file; a checked plain copy is made into backups/; the encrypted copy is written
beside the database and compared with it (integrity check, rows of every
table); the new key is kept on this laptop; only then the encrypted file
replaces the plain one. Once the replaced file is read back the same, the
plain copy is removed and every other plain copy of this database in backups/
(and on the second backup location, if it is plugged in) is encrypted. A power cut at
any point leaves either the plain database (converted again at the next
start) or the encrypted one, and never a plain copy it does not encrypt later.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from dvc.services.keys import custody, key_file
from dvc.store import cipher
from dvc.store.copies import copy_database
from dvc.store.database import exclusive

KEY_COUNCIL = "self.council"
KEY_DRILL = "drill"
KEY_SECOND_LOCATION = "backup.second_location"


class ConversionFailed(RuntimeError):
    pass


@dataclass(frozen=True)
class Conversion:
    path: Path
    tables: int
    rows: int
    plain_copies_encrypted: int


def _settings(path: Path) -> dict[str, str] | None:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        return dict(con.execute("SELECT key, value FROM setting").fetchall())
    except sqlite3.Error:
        return None
    finally:
        con.close()


def needed(path: Path) -> bool:
    """A plain file that holds a council's (not the drill's) database."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0 or cipher.is_encrypted(path):
        return False
    settings = _settings(path)
    return bool(settings and settings.get(KEY_COUNCIL) and settings.get(KEY_DRILL) != "1")


def _counts(con) -> dict[str, int]:  # noqa: ANN001
    names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {name: con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def _read_counts(path: Path, key: cipher.DataKey | None) -> dict[str, int]:
    con = cipher.connect(path, key, readonly=True)
    try:
        return _counts(con)
    finally:
        con.close()


def _same(path: Path, key: cipher.DataKey, expected: dict[str, int]) -> bool:
    con = cipher.connect(path, key, readonly=True)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0] == "ok" and _counts(con) == expected
    finally:
        con.close()


def encrypt_copy(plain: Path, target: Path, key: cipher.DataKey) -> dict[str, int]:
    """Write ``plain`` encrypted with ``key`` to ``target`` (through a .partial file) and check it; returns the counts."""
    expected = _read_counts(plain, None)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    con = cipher.sqlcipher3.connect(f"file:{plain}?mode=ro", uri=True)
    try:
        con.execute(f"ATTACH DATABASE ? AS sealed KEY {key.pragma_value()}", (str(partial),))
        con.execute("SELECT sqlcipher_export('sealed')")
        con.execute("DETACH DATABASE sealed")
    except cipher.sqlcipher3.Error as exc:
        partial.unlink(missing_ok=True)
        raise ConversionFailed(str(exc)) from exc
    finally:
        con.close()
    if not _same(partial, key, expected):
        partial.unlink(missing_ok=True)
        raise ConversionFailed(f"the encrypted copy of {plain} differs from it")
    _fsync(partial)
    os.replace(partial, target)
    return expected


def _fsync(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _checkpoint(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def plain_copies(db_path: Path, folders: list[Path]) -> list[Path]:
    found = []
    for folder in folders:
        if folder.is_dir():
            found += [p for p in sorted(folder.glob(f"{db_path.stem}-*.db")) if not cipher.is_encrypted(p)]
    return found


def copy_folders(db_path: Path, settings: dict[str, str] | None) -> list[Path]:
    folders = [db_path.parent / "backups"]
    second = (settings or {}).get(KEY_SECOND_LOCATION, "").strip()
    if second:
        folders.append(Path(second))
    return folders


def seal_plain_copies(db_path: Path, key: cipher.DataKey, folders: list[Path]) -> int:
    """Encrypt, in place, the plain copies of this database that are left in ``folders``; returns how many."""
    done = 0
    for copy in plain_copies(db_path, folders):
        try:
            encrypt_copy(copy, copy, key)
            done += 1
        except (ConversionFailed, OSError, *cipher.Error):
            # A damaged old copy, a stick pulled out: the others still get encrypted; the next start tries again.
            continue
    return done


def convert(path: Path, *, start_passphrase: str | None = None) -> Conversion:
    """Encrypt a council's plain database in place (see the module's description). Holds its write lock."""
    path = Path(path).resolve()
    if custody.needs_start_passphrase() and not (start_passphrase or custody.current_start_passphrase()):
        raise custody.StartPassphraseNeeded()
    with exclusive(path) as lock:
        if not needed(path):
            raise ConversionFailed(f"{path} is not a plain council database")
        settings = _settings(path)
        _checkpoint(path)
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        plain_backup = copy_database(path, path.parent / "backups" / f"{path.stem}-before-encryption-{stamp}.db",
                                     key=None)
        key = cipher.new_key()
        encrypted = path.with_name(path.name + ".encrypted")
        try:
            counts = encrypt_copy(path, encrypted, key)
            # Kept before the swap: an encrypted database whose key was not yet written down would be lost.
            custody.keep(path, key, start_passphrase=start_passphrase, replace_all=True)
            lock.release_for_move()
            os.replace(encrypted, path)
            lock.follow_file()
        finally:
            encrypted.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        key_file.sync_folder(path.parent)
        if not _same(path, key, counts):
            raise ConversionFailed(f"{path} does not read back as it was written; the plain copy {plain_backup} is kept")
        plain_backup.unlink()
        sealed = seal_plain_copies(path, key, copy_folders(path, settings))
    return Conversion(path, len(counts), sum(counts.values()), sealed)


def seal_leftovers(db_path: Path) -> int:
    """At the start of an encrypted database: plain copies a power cut left behind get encrypted now."""
    key = cipher.unlocked(cipher.file_salt(db_path) or b"")
    if key is None:
        return 0
    folders = [db_path.parent / "backups"]
    if not plain_copies(db_path, folders):
        return 0
    return seal_plain_copies(db_path, key, folders)
