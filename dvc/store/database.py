"""Opening a dvc database file: pragmas, the single-writer lock, migrations, sessions."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlmodel import Session

from dvc.domain.hlc import HybridClock
from dvc.store import change_feed, migrate
from dvc.store.audit_trail import install_audit_trail
from dvc.store.change_watch import ChangeWatch
from dvc.store.stamping import install_stamping

BUSY_TIMEOUT_MS = 5000
# Who is here and what is waiting: the matching desk keeps what it worked out from these until one changes.
PEOPLE_AND_NEEDS = ("volunteer", "volunteer_group", "attendance", "need")


class DatabaseLocked(RuntimeError):
    """Another dvc process has this database open for writing."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


class NotADatabase(RuntimeError):
    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


def _set_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    # WAL + FULL: a change the screen confirmed is on disk even after a power cut.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False},
        # Japanese stays readable in JSON columns, so SQL (LIKE, json_each) and
        # a person with a SQLite browser see 軽トラ, not \u8efd...
        json_serializer=lambda obj: json.dumps(obj, ensure_ascii=False),
    )
    event.listen(engine, "connect", _set_pragmas)
    return engine


def _check_sqlite_file(path: Path) -> None:
    with open(path, "rb") as fh:
        header = fh.read(16)
    if header and header != b"SQLite format 3\x00":
        raise NotADatabase(path)


class Database:
    """An open database file. Holds the write lock until closed."""

    def __init__(self, path: Path, engine: Engine, lock: FileLock | None) -> None:
        self.path = path
        self.engine = engine
        self._lock = lock
        self.clock: HybridClock | None = None
        self.origin = ""
        self.migration_backup: Path | None = None
        self.people_and_needs: ChangeWatch | None = None
        # Data worked out from the file, each entry with the watch generation it was read at (services own it).
        self.derived: dict = {}

    def bind_identity(self, *, device_id: str, origin: str) -> None:
        """Start stamping changes as this device of this council."""
        self.clock = HybridClock(device_id.replace("-", ""))
        self.origin = origin

    def session(self, *, operator: str = "", device_number: int | None = None) -> Session:
        s = Session(self.engine, expire_on_commit=False)
        s.info["db"] = self
        s.info["operator"] = operator
        s.info["device_number"] = device_number
        return s

    @contextmanager
    def transaction(self, *, operator: str = "", device_number: int | None = None) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on error.

        It holds the write lock from its first statement (BEGIN IMMEDIATE): what it reads is still true when it
        writes. A desk in center mode has a second writer, its sync thread merging other desks' rounds; without
        this, a check-in could read "not here yet", the same person's check-in from another desk land, and the
        insert fail.
        """
        with self.session(operator=operator, device_number=device_number) as s:
            try:
                driver = s.connection().connection.driver_connection
                if not driver.in_transaction:
                    driver.execute("BEGIN IMMEDIATE")
                yield s
                s.commit()
            except BaseException:
                s.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> "Database":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


@contextmanager
def exclusive(path: Path) -> Iterator[None]:
    """Hold the database's write lock without opening it (to replace the file)."""
    lock = FileLock(str(lock_path(path)), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise DatabaseLocked(path) from None
    try:
        yield
    finally:
        lock.release()


def open_database(path: os.PathLike | str, *, create: bool = False) -> Database:
    """Open (or create) a database, take the write lock and migrate it to head."""
    path = Path(path).expanduser().resolve()
    if path.exists():
        _check_sqlite_file(path)
    elif not create:
        raise FileNotFoundError(path)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(lock_path(path)), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise DatabaseLocked(path) from None
    try:
        engine = make_engine(path)
        db = Database(path, engine, lock)
        db.migration_backup = migrate.upgrade(engine, path)
        _install_feed_triggers(engine)
        db.people_and_needs = ChangeWatch(engine, PEOPLE_AND_NEEDS)
    except BaseException:
        lock.release()
        raise
    return db


def _install_feed_triggers(engine: Engine) -> None:
    from dvc.store.tables import FEED_TABLES

    raw = engine.raw_connection()
    try:
        conn = raw.driver_connection
        if conn.in_transaction:
            conn.commit()
        conn.execute("BEGIN IMMEDIATE")
        change_feed.install_triggers(conn, list(FEED_TABLES))
        conn.commit()
    finally:
        raw.close()


install_stamping()
install_audit_trail()
