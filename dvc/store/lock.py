"""The single-writer lock: one program writes a database, whatever name it was opened by.

Two locks are held together. The lock file beside the path (``dvc.db.lock``) covers the moments when the
file itself is not there or is being replaced (creating it, restoring a backup). An OS lock on the database
file itself covers the other names one file can have: a hard link, the folder reached through another mount
or a differently spelled path. That lock belongs to the open file (its device and inode), not to a name, so
a second dvc reaching the same file by any name is refused, instead of writing through its own -wal file
that the first one never reads.

On Linux the file lock is ``flock``, which is separate from the ``fcntl`` byte locks SQLite takes on the
same file, so neither disturbs the other. The descriptor is closed only after SQLite's connections are
(closing any descriptor of a file drops that process's ``fcntl`` locks on it). On Windows it is a lock on
one byte of the database's lock-byte page, which SQLite never reads, writes or locks.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

# Windows: SQLite's locks are the bytes from 0x40000000 (its PENDING_BYTE) up to +0x200; the page holding
# them is never used for data (pages of 1,024 bytes and more). One byte further into that page is ours.
_WINDOWS_LOCK_OFFSET = 0x40000000 + 0x300


class DatabaseLocked(RuntimeError):
    """Another dvc process has this database open for writing."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


class _FileIdentityLock:
    """An exclusive OS lock on the database file itself, so every name of the file shares it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        flags = os.O_RDWR if sys.platform == "win32" else os.O_RDONLY
        fd = os.open(self.path, flags | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0))
        try:
            if sys.platform == "win32":
                import msvcrt

                os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise DatabaseLocked(self.path) from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            if sys.platform == "win32":
                import msvcrt

                os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        finally:
            os.close(fd)


class WriterLock:
    """The lock file beside the path, then the lock on the file itself once there is a file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._path_lock = FileLock(str(lock_path(path)), timeout=0)
        self._file_lock: _FileIdentityLock | None = None

    def acquire(self) -> None:
        try:
            self._path_lock.acquire()
        except Timeout:
            raise DatabaseLocked(self.path) from None
        try:
            self.hold_file()
        except BaseException:
            self._path_lock.release()
            raise

    def hold_file(self) -> None:
        """Lock the database file itself (again), e.g. once a new file exists or after one was put in place."""
        if self._file_lock is not None or not self.path.exists():
            return
        lock = _FileIdentityLock(self.path)
        lock.acquire()
        self._file_lock = lock

    def let_go_of_file(self) -> None:
        """Stop holding the file (it is about to be moved aside); the path stays locked."""
        if self._file_lock is not None:
            self._file_lock.release()
            self._file_lock = None

    def release_for_move(self) -> None:
        """Before the locked file is renamed: Windows cannot rename a file that is open, so its lock goes there
        (the path stays locked); elsewhere the lock stays on the file until it has moved."""
        if sys.platform == "win32":
            self.let_go_of_file()

    def follow_file(self) -> None:
        """The path names another file now (a restore put it there): lock that one."""
        self.let_go_of_file()
        self.hold_file()

    def release(self) -> None:
        try:
            self.let_go_of_file()
        finally:
            if self._path_lock.is_locked:
                self._path_lock.release()


@contextmanager
def exclusive(path: Path) -> Iterator[WriterLock]:
    """Hold the database's write lock without opening it (to replace the file)."""
    lock = WriterLock(path)
    lock.acquire()
    try:
        yield lock
    finally:
        lock.release()
