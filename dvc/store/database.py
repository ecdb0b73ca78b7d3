"""Opening a dvc database file: its key, pragmas, the single-writer lock, migrations, sessions."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlmodel import Session

from dvc.domain.hlc import HybridClock
from dvc.store import change_feed, cipher, migrate
from dvc.store.audit_trail import install_audit_trail
from dvc.store.change_watch import ChangeWatch
from dvc.store.field_limits import install_field_limits
from dvc.store.stamping import install_stamping

BUSY_TIMEOUT_MS = 5000
ENCRYPTED_CACHE_KIB = 65536  # per connection; a desk uses one or two
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


class EngineKey:
    """The key every new connection of an engine is opened with; changed in place by a rekey."""

    def __init__(self, key: cipher.DataKey | None) -> None:
        self.key = key

    def apply(self, dbapi_conn: object, _record: object) -> None:
        cipher.apply_key(dbapi_conn, self.key)
        # Pages are decrypted as SQLite reads them: the operating system's cache no longer saves that work, so
        # SQLite keeps more of them decrypted itself (a full scan of 100,000 rows: 3x slower with the default).
        dbapi_conn.execute(f"PRAGMA cache_size = -{ENCRYPTED_CACHE_KIB}")


def make_engine(path: Path, key: cipher.DataKey | None = None) -> Engine:
    """An engine on ``path``: SQLCipher with ``key``, the standard library's SQLite for a plain (drill) file."""
    kwargs = {} if key is None else {"module": cipher.sqlcipher3}
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False},
        # Japanese stays readable in JSON columns, so SQL (LIKE, json_each) and
        # a person with a SQLite browser see 軽トラ, not \u8efd...
        json_serializer=lambda obj: json.dumps(obj, ensure_ascii=False),
        **kwargs,
    )
    if key is not None:
        engine_key = EngineKey(key)
        engine.dvc_key = engine_key
        # First, before any pragma: nothing of an encrypted file can be read until the connection is keyed.
        event.listen(engine, "connect", engine_key.apply, insert=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def engine_key(engine: Engine) -> EngineKey | None:
    return getattr(engine, "dvc_key", None)


def _check_key(path: Path, key: cipher.DataKey | None) -> None:
    if key is None:
        with open(path, "rb") as fh:
            header = fh.read(16)
        if header and header != cipher.PLAIN_HEADER:
            raise NotADatabase(path)
        return
    try:
        cipher.connect(path, key, readonly=True).close()
    except cipher.WrongKey:
        raise NotADatabase(path) from None


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

    @property
    def encrypted(self) -> bool:
        return engine_key(self.engine) is not None

    def bind_identity(self, *, device_id: str, origin: str) -> None:
        """Start stamping changes as this device of this council."""
        self.clock = HybridClock(device_id.replace("-", ""))
        self.origin = origin

    def session(self, *, operator: str = "", operator_id: object = None, device_number: int | None = None) -> Session:
        s = Session(self.engine, expire_on_commit=False)
        s.info["db"] = self
        s.info["operator"] = operator
        s.info["operator_id"] = operator_id
        s.info["device_number"] = device_number
        return s

    @contextmanager
    def transaction(self, *, operator: str = "", operator_id: object = None,
                    device_number: int | None = None) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on error.

        It holds the write lock from its first statement (BEGIN IMMEDIATE): what it reads is still true when it
        writes. A desk in center mode has a second writer, its sync thread merging other desks' rounds; without
        this, a check-in could read "not here yet", the same person's check-in from another desk land, and the
        insert fail.
        """
        with self.session(operator=operator, operator_id=operator_id, device_number=device_number) as s:
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


def open_database(path: os.PathLike | str, *, create: bool = False, key: cipher.DataKey | None = None,
                  unlock: Callable[[Path], cipher.DataKey | None] | None = None) -> Database:
    """Open (or create) a database, take the write lock and migrate it to head.

    An encrypted file opens with ``key``, or else the one ``unlock(path)`` gives once the lock is held (by
    default the key unlocked in this process for its salt, cipher.KeyMissing if none); a new file is
    encrypted when ``key`` is given.
    """
    path = Path(path).expanduser().resolve()
    if not path.exists():
        if not create:
            raise FileNotFoundError(path)
        path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(lock_path(path)), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise DatabaseLocked(path) from None
    try:
        # Keyed after the lock: a second program on an open database is told so, not asked for a passphrase.
        if path.exists() and path.stat().st_size > 0:
            if key is None:
                key = (unlock or cipher.key_for)(path)
            _check_key(path, key)
        engine = make_engine(path, key)
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


install_field_limits()
install_stamping()
install_audit_trail()
