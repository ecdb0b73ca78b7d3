"""When the disk or the folder says no: a full disk, a read-only folder, a failing stick, a damaged file.

SQLite and the OS report these as result codes and errno values deep under a use case; staff get one calm
message saying that nothing was half saved and what to do next. Every way out to a person (the CLI, the
screens' operation helper, the GUI's last-resort handler) asks :func:`explain` first.
"""

from __future__ import annotations

import errno
import shutil
from collections.abc import Iterator
from pathlib import Path

from dvc.domain.messages import QT_TRANSLATE_NOOP, Term, UserError
from dvc.store import cipher
from dvc.store.database import DatabaseDamaged
from dvc.store.migrate import BackupBeforeMigrationFailed

# SQLite's primary result codes (the low byte of the extended code).
SQLITE_PERM, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT = 3, 8, 10, 11
SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 13, 14, 26

FULL, READ_ONLY, CANNOT_OPEN, DISK, DAMAGED = "full", "read-only", "cannot-open", "disk", "damaged"

_BY_SQLITE = {SQLITE_FULL: FULL, SQLITE_READONLY: READ_ONLY, SQLITE_PERM: READ_ONLY, SQLITE_CANTOPEN: CANNOT_OPEN,
              SQLITE_IOERR: DISK, SQLITE_CORRUPT: DAMAGED, SQLITE_NOTADB: DAMAGED}
# SQLCipher's driver raises some errors (those of the backup API) without their code: SQLite's text for it.
_BY_SQLITE_TEXT = {"database or disk is full": FULL, "attempt to write a readonly database": READ_ONLY,
                   "unable to open database file": CANNOT_OPEN, "disk I/O error": DISK,
                   "database disk image is malformed": DAMAGED, "file is not a database": DAMAGED}
_BY_ERRNO = {errno.ENOSPC: FULL, getattr(errno, "EDQUOT", errno.ENOSPC): FULL, errno.EFBIG: FULL, errno.EROFS: READ_ONLY,
             errno.EACCES: READ_ONLY, errno.EPERM: READ_ONLY, errno.EIO: DISK}

MESSAGES = {
    FULL: QT_TRANSLATE_NOOP(
        "errors", "The disk is full, so this was not saved. Make room on this laptop (empty the recycle bin, "
                  "move old files to a USB stick) and do it again. Everything confirmed before is safe."),
    READ_ONLY: QT_TRANSLATE_NOOP(
        "errors", "dvc cannot write in {folder}: the folder is read-only, or this user may not change it "
                  "(a write-protected USB stick, a CD, a shared folder). Nothing was changed. Choose a folder you "
                  "can write to, or copy the database into one (e.g. Documents) and open it there."),
    CANNOT_OPEN: QT_TRANSLATE_NOOP(
        "errors", "dvc cannot open or create files in {folder}: the folder is missing, read-only, or this user "
                  "may not write in it. Nothing was changed. Choose a folder you can write to, or copy the "
                  "database into one (e.g. Documents) and open it there."),
    DISK: QT_TRANSLATE_NOOP(
        "errors", "The disk reported an error while writing, so this was not saved. Check that the USB stick or "
                  "disk is still connected and try again; if it happens again, copy the database to another disk."),
    DAMAGED: QT_TRANSLATE_NOOP(
        "errors", "The database is damaged and cannot be read. Close dvc and start it again: it offers to put "
                  "back the latest good backup (on the command line: dvc restore with a file from backups/)."),
}
BEFORE_MIGRATION = {
    FULL: QT_TRANSLATE_NOOP(
        "errors", "This version of dvc must update the database, and first makes a copy of it in {folder}, but "
                  "the disk is full. Nothing was changed. Make room on this laptop (empty the recycle bin, move "
                  "old files to a USB stick) and start dvc again."),
    READ_ONLY: QT_TRANSLATE_NOOP(
        "errors", "This version of dvc must update the database, and first makes a copy of it in {folder}, but "
                  "that folder cannot be written. Nothing was changed. Copy the database into a folder you can "
                  "write to (e.g. Documents) and open it there."),
}
UNKNOWN_FOLDER = QT_TRANSLATE_NOOP("errors", "this folder")
# SQLite reports some writes on a full disk (growing its -shm file, say) only as an I/O error; with less than
# this left on the drive, a full disk is what it was.
NEARLY_FULL_BYTES = 4 * 1024 * 1024


def _chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException | None] = [error]
    while todo:
        e = todo.pop(0)
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        todo += [getattr(e, "orig", None), e.__cause__, e.__context__]


def kind_of(error: BaseException) -> tuple[str, str] | None:
    """(kind, file or folder named by the error, or '') for a storage failure anywhere in ``error``'s chain."""
    for e in _chain(error):
        if isinstance(e, cipher.Error) and getattr(e, "sqlite_errorcode", None) is not None:
            kind = _BY_SQLITE.get(e.sqlite_errorcode & 0xFF)
            if kind:
                return kind, ""
        elif isinstance(e, cipher.Error) and str(e) in _BY_SQLITE_TEXT:
            return _BY_SQLITE_TEXT[str(e)], ""
        if isinstance(e, OSError) and e.errno in _BY_ERRNO:
            return _BY_ERRNO[e.errno], e.filename or ""
        if isinstance(e, DatabaseDamaged):
            return DAMAGED, str(e.path)
    return None


def _nearly_full(path: Path | None) -> bool:
    for place in (path, *(path.parents if path else ())):
        if place is not None and place.exists():
            try:
                return shutil.disk_usage(place).free < NEARLY_FULL_BYTES
            except OSError:
                return False
    return False


def _folder(named: str, fallback: Path | None) -> str:
    if named:
        p = Path(named)
        return str(p if p.is_dir() else p.parent)
    if fallback is not None:
        return str(fallback if fallback.is_dir() else fallback.parent)
    return ""


def explain(error: BaseException, *, path: Path | None = None) -> UserError | None:
    """The calm message for a storage failure (``path``: the database or file being written, if known), else None."""
    if isinstance(error, UserError):
        return None
    before_migration = next((e for e in _chain(error) if isinstance(e, BackupBeforeMigrationFailed)), None)
    found = kind_of(error)
    if found is None:
        return None
    kind, named = found
    if kind == DISK and _nearly_full(Path(named) if named else path):
        kind = FULL
    if before_migration is not None and kind in BEFORE_MIGRATION:
        return UserError(BEFORE_MIGRATION[kind], folder=str(before_migration.folder))
    source = MESSAGES[kind]
    if "{folder}" not in source:
        return UserError(source)
    folder = _folder(named, path)
    if not folder:
        return UserError(source, folder=Term("errors", UNKNOWN_FOLDER))
    return UserError(source, folder=folder)
