"""Putting one database file in place of another as a single step that a kill or a power cut cannot split.

The old file is moved aside, never copied: a damaged file cannot be copied through SQLite, and its -wal
file may hold committed work that exists nowhere else, so the main file and its -wal (and -shm) move
together into one folder, as they were. The steps:

1. the new file is complete and checked beside the database (``dvc.db.incoming``);
2. a journal (``dvc.db.swapping``) is written and synced: from here on the swap is decided;
3. the old -wal, -shm and main file move into the aside folder, then the new file takes the name;
4. the journal is removed.

A kill before step 2 leaves the database as it was (the half-made incoming file is removed next time);
a kill after it is finished by :func:`finish_swap`, which every open runs before touching the file.
The live name is never a main file without the -wal it was written with.
"""

from __future__ import annotations

import errno
import json
import os
import sys
from pathlib import Path

# The main file moves last: while it is still beside the journal, some of its companions may be too.
COMPANIONS = ("-wal", "-shm", "-journal")


class SwapPending(RuntimeError):
    """A replacement of the file was interrupted; only a writer (which finishes it) may open the file."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


def journal_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".swapping")


def incoming_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".incoming")


def sync_folder(folder: Path) -> None:
    """Make renames in ``folder`` survive a power cut (POSIX; Windows commits them with the file system)."""
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def swap_in(db_path: Path, aside: Path) -> None:
    """Put ``incoming_path(db_path)`` in place of ``db_path``; the old files go into the folder ``aside``.

    The caller holds the writer lock and made the incoming file complete (and checked it) first.
    """
    incoming = incoming_path(db_path)
    sync_file(incoming)
    aside.parent.mkdir(parents=True, exist_ok=True)
    if os.stat(aside.parent).st_dev != os.stat(db_path.parent).st_dev:
        # The old files are renamed, not copied: refused before anything is decided, not half way.
        raise OSError(errno.EXDEV, "the backups folder is on another drive", str(aside))
    journal = journal_path(db_path)
    partial = journal.with_name(journal.name + ".partial")
    partial.write_text(json.dumps({"incoming": incoming.name, "aside": str(aside)}), encoding="utf-8")
    sync_file(partial)
    os.replace(partial, journal)
    sync_folder(db_path.parent)
    finish_swap(db_path)


def pending(db_path: Path) -> bool:
    return journal_path(db_path).exists()


def finish_swap(db_path: Path) -> bool:
    """Complete an interrupted swap, or clear what a swap that never started left. True if one was finished.

    The caller holds the writer lock.
    """
    journal = journal_path(db_path)
    journal.with_name(journal.name + ".partial").unlink(missing_ok=True)
    incoming = incoming_path(db_path)
    if not journal.exists():
        # A copy that never got its journal: the swap was not decided, the database is the old one.
        incoming.unlink(missing_ok=True)
        return False
    aside = Path(json.loads(journal.read_text(encoding="utf-8"))["aside"])
    if incoming.exists():
        old_files = [Path(str(db_path) + suffix) for suffix in (*COMPANIONS, "")]
        if any(old.exists() for old in old_files):
            aside.mkdir(parents=True, exist_ok=True)
            for old in old_files:
                if old.exists():
                    os.replace(old, aside / old.name)
            sync_folder(aside)
        os.replace(incoming, db_path)
        sync_folder(db_path.parent)
    journal.unlink()
    sync_folder(db_path.parent)
    return True
