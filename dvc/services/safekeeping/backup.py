"""Backups: automatic rotating copies while the center works, `dvc backup`, `dvc restore`.

Copies are made with SQLite's online backup API (consistent while the desks
keep working), checked with integrity_check, kept in ``backups/`` beside the
database and, when a second location is set (a USB stick), copied there too.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlmodel import select

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.domain.timeutil import utcnow
from dvc.services.core.storage_errors import explain
from dvc.services.core.workspace import KEY_COUNCIL, Workspace, locked_error
from dvc.services.keys import custody, key_file, recovery
from dvc.store import cipher, migrate, swap
from dvc.store.copies import CopyFailed, copy_database, integrity_ok, remove_partial_copies
from dvc.store.database import DatabaseLocked, exclusive, finish_interrupted_swap
from dvc.store.tables import Setting

KEY_SECOND_LOCATION = "backup.second_location"
KEY_INTERVAL_MINUTES = "backup.interval_minutes"
DEFAULT_INTERVAL_MINUTES = 10
KEEP_AUTOMATIC = 24  # four hours of ten-minute copies on a busy day
STALE_AFTER_MINUTES = 60
AUTO_PREFIX = "auto"


@dataclass(frozen=True)
class BackupResult:
    path: Path
    bytes: int
    seconds: float
    second_copy: Path | None
    second_copy_error: str | None

    def as_dict(self) -> dict:
        return {"path": str(self.path), "bytes": self.bytes, "seconds": round(self.seconds, 3),
                "second_copy": str(self.second_copy) if self.second_copy else None,
                "second_copy_error": self.second_copy_error}


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def _setting(ws: Workspace, key: str) -> str:
    with ws.session() as s:
        row = s.exec(select(Setting).where(Setting.key == key)).first()
    return row.value if row else ""


def set_second_location(ws: Workspace, folder: str) -> None:
    with ws.transaction() as s:
        row = s.exec(select(Setting).where(Setting.key == KEY_SECOND_LOCATION)).first()
        if row is None:
            s.add(Setting(key=KEY_SECOND_LOCATION, value=folder.strip()))
        else:
            row.value = folder.strip()


def second_location(ws: Workspace) -> Path | None:
    value = _setting(ws, KEY_SECOND_LOCATION)
    return Path(value) if value else None


def interval_minutes(ws: Workspace) -> int:
    value = _setting(ws, KEY_INTERVAL_MINUTES)
    return int(value) if value.isdigit() and int(value) > 0 else DEFAULT_INTERVAL_MINUTES


def _stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")


def make_backup(ws: Workspace, *, reason: str = "manual", out: Path | None = None) -> BackupResult:
    """Copy the open database now; automatic copies beyond the last KEEP_AUTOMATIC are removed."""
    started = time.perf_counter()
    target = Path(out) if out else backup_dir(ws.path) / f"{ws.path.stem}-{reason}-{_stamp()}.db"
    remove_partial_copies(backup_dir(ws.path), ws.path.stem)
    try:
        copy_database(ws.path, target)
    except (CopyFailed, OSError) as exc:
        storage = explain(exc, path=target)
        if storage is not None:
            raise storage from None
        raise UserError(QT_TRANSLATE_NOOP("errors", "The backup to {path} failed: {error}"),
                        path=str(target), error=str(exc)) from None
    if reason == AUTO_PREFIX:
        rotate(backup_dir(ws.path), ws.path.stem)
    second, second_error = None, None
    folder = second_location(ws)
    if folder is not None:
        try:
            second = Path(shutil.copy2(target, folder / target.name))
        except OSError as exc:
            # A pulled USB stick must not stop the desks: the laptop copy exists.
            second_error = str(exc)
    return BackupResult(target, target.stat().st_size, time.perf_counter() - started, second, second_error)


def rotate(folder: Path, stem: str, keep: int = KEEP_AUTOMATIC) -> list[Path]:
    copies = sorted(folder.glob(f"{stem}-{AUTO_PREFIX}-*.db"))
    removed = copies[:-keep] if len(copies) > keep else []
    for old in removed:
        old.unlink(missing_ok=True)
    return removed


def last_backup(db_path: Path) -> datetime | None:
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return None
    times = [p.stat().st_mtime for p in folder.glob(f"{db_path.stem}-*.db")]
    return datetime.fromtimestamp(max(times), timezone.utc) if times else None


def backup_is_stale(db_path: Path, now: datetime | None = None) -> bool:
    last = last_backup(db_path)
    now = now or utcnow()
    return last is None or (now - last).total_seconds() > STALE_AFTER_MINUTES * 60


class BackupKeyNeeded(UserError):
    """An encrypted backup whose key this laptop does not hold: the recovery passphrase opens it."""

    def __init__(self, path: Path) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "{path} is encrypted with a key this laptop does not hold. Enter the recovery passphrase from "
                      "the recovery sheet kept in the safe; nothing was restored."), path=str(path))


def backup_key(candidate: Path, passphrase: str | None = None) -> cipher.DataKey | None:
    """The key that opens a backup file: None for a plain one; the recovery passphrase where this laptop has none."""
    known = cipher.unlocked_for(candidate)
    if known is not None or not cipher.is_encrypted(candidate):
        return known
    if not passphrase:
        raise BackupKeyNeeded(candidate)
    if not recovery.looks_like_recovery(passphrase):
        recovery.clean(passphrase)  # raises the message saying what a recovery passphrase looks like
    key = recovery.key_for_file(passphrase, candidate)
    if not cipher.opens(candidate, key):
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "The recovery passphrase does not open {path}: it may be from another sheet (an older key). "
                      "Nothing was restored."), path=str(candidate))
    return key


def check_restorable(candidate: Path, passphrase: str | None = None) -> str:
    """The council code of a backup file, or a UserError saying why it cannot be restored."""
    if not candidate.is_file():
        raise UserError(QT_TRANSLATE_NOOP("errors", "There is no file {path}."), path=str(candidate))
    key = backup_key(candidate, passphrase)
    if key is None:
        with open(candidate, "rb") as fh:
            if fh.read(16) != cipher.PLAIN_HEADER:
                raise UserError(QT_TRANSLATE_NOOP("errors", "{path} is not a dvc database; nothing was restored."),
                                path=str(candidate))
    if not integrity_ok(candidate, key):
        raise UserError(QT_TRANSLATE_NOOP("errors", "{path} is damaged (integrity check failed); nothing was restored."),
                        path=str(candidate))
    con = cipher.connect(candidate, key, readonly=True)
    try:
        council = con.execute("SELECT value FROM setting WHERE key = ?", (KEY_COUNCIL,)).fetchone()
        version = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except cipher.Error:
        council = version = None
    finally:
        con.close()
    if not council or not version:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{path} is not a dvc database; nothing was restored."),
                        path=str(candidate))
    if version[0] not in migrate.known_revisions():
        raise UserError(QT_TRANSLATE_NOOP("errors", "{path} was written by a newer version of dvc; nothing was restored."),
                        path=str(candidate))
    return council[0]


def restore(candidate: Path, db_path: Path, *, passphrase: str | None = None,
            start_passphrase: str | None = None) -> Path | None:
    """Put a backup in place of the database, all or nothing; returns where the old database was kept.

    Works whatever state the current file is in (damaged, cut short, empty): it is not read, only moved
    with its -wal and -shm into a folder ``backups/<name>-before-restore-<time>/``, so committed work still
    in its -wal is kept with it, and a copy of its key file (``dvc.db.key``) goes there too, so it still
    opens. A kill or power cut at any moment leaves either the old database or the restored one, never a
    mix (see dvc/store/swap.py).

    An encrypted backup opens with the key this laptop keeps for the database (its backups share its salt)
    or else with the recovery ``passphrase``; its key is then kept on this laptop (its user store, or under
    ``start_passphrase``) so the restored database opens at the next start.
    """
    candidate, db_path = Path(candidate).resolve(), Path(db_path).resolve()
    if candidate.is_file():
        custody.unlock_copy(candidate, db_path)
    check_restorable(candidate, passphrase)
    key = backup_key(candidate, passphrase)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    aside = backup_dir(db_path) / f"{db_path.stem}-before-restore-{_stamp()}"
    try:
        # Holding the write lock proves no desk has the database open while it is swapped.
        with exclusive(db_path) as lock:
            finish_interrupted_swap(db_path, lock)  # a restore cut short earlier is completed first
            had_file = db_path.exists()
            copy_database(candidate, swap.incoming_path(db_path), key=key)
            if had_file:
                # Before the swap is decided: the old file in the aside folder is never without its key.
                key_file.keep_aside(db_path, aside / db_path.name)
            lock.release_for_move()
            try:
                swap.swap_in(db_path, aside)
            except BaseException:
                if not swap.pending(db_path):  # not decided: the old database stays, so does its key file
                    key_file.key_file_path(aside / db_path.name).unlink(missing_ok=True)
                    _remove_if_empty(aside)
                raise
            if key is not None:
                # After the swap: if this is cut short, the passphrase just typed still opens the restored file.
                custody.keep(db_path, key, start_passphrase=start_passphrase,
                             sheet_printed_at=utcnow().isoformat() if passphrase else None)
    except DatabaseLocked:
        raise locked_error(db_path) from None
    except (CopyFailed, OSError) as exc:
        swap.incoming_path(db_path).unlink(missing_ok=True)
        storage = explain(exc, path=db_path)
        if storage is not None:
            raise storage from None
        raise UserError(QT_TRANSLATE_NOOP("errors", "{path} could not be copied into place ({error}); "
                                                    "nothing was restored."), path=str(candidate), error=str(exc)) from None
    return aside / db_path.name if had_file else None


def _remove_if_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass


def aside_copies(db_path: Path) -> list[Path]:
    """The databases a restore put aside (each a folder with the main file and its -wal), newest first."""
    folder = backup_dir(db_path)
    found = folder.glob(f"{db_path.stem}-before-restore-*/{db_path.name}") if folder.is_dir() else []
    return sorted(found, reverse=True)


@dataclass(frozen=True)
class GoodBackup:
    path: Path
    made_at: datetime
    council: str


def latest_good_backup(db_path: Path) -> GoodBackup | None:
    """The newest copy in ``backups/`` that passes every check of a restore, or None."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return None
    copies = sorted(folder.glob(f"{db_path.stem}-*.db"), key=lambda p: p.stat().st_mtime, reverse=True)
    for copy in copies:
        try:
            custody.unlock_copy(copy, db_path)
            council = check_restorable(copy)
        except UserError:
            continue
        return GoodBackup(copy, datetime.fromtimestamp(copy.stat().st_mtime, timezone.utc), council)
    return None
