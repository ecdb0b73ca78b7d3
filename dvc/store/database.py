"""Opening a dvc database file: its key, pragmas, the single-writer lock, migrations, sessions."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event, exc as sa_exc
from sqlalchemy.engine import Engine
from sqlmodel import Session

from dvc.domain.hlc import HybridClock
from dvc.store import change_feed, cipher, migrate, swap
from dvc.store.audit_trail import install_audit_trail
from dvc.store.change_watch import ChangeWatch
from dvc.store.field_limits import install_field_limits
from dvc.store.lock import DatabaseLocked, WriterLock, exclusive, lock_path  # noqa: F401  (re-exported)
from dvc.store.stamping import install_stamping

BUSY_TIMEOUT_MS = 5000
# Who is here and what is waiting: the matching desk keeps what it worked out from these until one changes.
PEOPLE_AND_NEEDS = ("volunteer", "volunteer_group", "attendance", "need")


# SQLite's primary result codes for a file that is not (or no longer) a sound database.
SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26


class DatabaseDamaged(RuntimeError):
    """The file is there but cannot be read as a database: empty, a damaged page, cut short."""

    def __init__(self, path: Path, reason: str = "") -> None:
        super().__init__(f"{path}: {reason}" if reason else str(path))
        self.path = path
        self.reason = reason


class NotADatabase(DatabaseDamaged):
    """The file does not start as a database does: another kind of file, or one whose first page is lost."""


class NotUpToDate(RuntimeError):
    """A reader found a file of an older schema, which only a writer may bring up to date."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


STORAGE_CODES = cipher.STORAGE_CODES


def _sqlite_code(error: BaseException) -> int | None:
    code = getattr(getattr(error, "orig", error), "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def is_damage(error: BaseException) -> bool:
    """True for SQLite's 'database disk image is malformed' and 'file is not a database'."""
    return isinstance(getattr(error, "orig", error), cipher.DatabaseError) and _sqlite_code(error) in (
        SQLITE_CORRUPT, SQLITE_NOTADB)


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
        cipher.keep_more_pages(dbapi_conn)


def _set_read_only_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    # The file is opened read-only already; query_only also refuses writes to temporary tables.
    cur.execute("PRAGMA query_only=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.close()


def _read_only_url(path: Path) -> str:
    from urllib.parse import quote

    # immutable: a folder nobody can write to (a locked USB stick, a CD) has no -shm file and cannot get one;
    # nothing can be changing the file there, and without a -wal beside it the main file is the whole database.
    wal = Path(str(path) + "-wal")
    immutable = not os.access(path.parent, os.W_OK) and not (wal.exists() and wal.stat().st_size > 0)
    return f"sqlite:///file:{quote(path.as_posix())}?mode=ro{'&immutable=1' if immutable else ''}&uri=true"


def make_engine(path: Path, key: cipher.DataKey | None = None, *, read_only: bool = False) -> Engine:
    """An engine on ``path``: SQLCipher with ``key``, the standard library's SQLite for a plain (drill) file.

    ``read_only`` opens the file read-only (query_only too), keyed the same way as a writer's.
    """
    kwargs = {} if key is None else {"module": cipher.sqlcipher3}
    engine = create_engine(
        _read_only_url(path) if read_only else f"sqlite:///{path}",
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
    event.listen(engine, "connect", _set_read_only_pragmas if read_only else _set_pragmas)
    return engine


def engine_key(engine: Engine) -> EngineKey | None:
    return getattr(engine, "dvc_key", None)


def _check_sqlite_file(path: Path, key: cipher.DataKey | None = None) -> None:
    """Refuse a file that cannot be this database: empty (damaged), another kind of file, the wrong key.

    An encrypted file's first 16 bytes are its salt, not SQLite's header: with ``key`` it is checked by opening
    it, and a file that looks encrypted is never called damaged for its header.
    """
    with open(path, "rb") as fh:
        header = fh.read(16)
    if not header:
        # A file cut to nothing (a power cut while it was made, a failed copy) is not a new database to set up.
        raise DatabaseDamaged(path, "empty")
    if key is None:
        if header != cipher.PLAIN_HEADER:
            raise NotADatabase(path, "header")
        return
    _check_key(path, key)


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
        with open(path, "rb") as fh:
            header = fh.read(16)
        if header == cipher.PLAIN_HEADER or cipher.damaged_under(path, key):
            # The right key, yet the file does not open (or it says it is plain SQLite): its pages are damaged.
            raise DatabaseDamaged(path, "corrupt") from None
        raise NotADatabase(path, "key") from None


class Database:
    """An open database file. Holds the write lock until closed."""

    def __init__(self, path: Path, engine: Engine, lock: WriterLock | None, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
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


def finish_interrupted_swap(path: Path, lock: WriterLock) -> None:
    """Complete a restore a kill or power cut stopped (see swap.py), holding the file that is then in place."""
    if swap.pending(path):
        lock.release_for_move()
    if swap.finish_swap(path):
        lock.follow_file()


def open_database(path: os.PathLike | str, *, create: bool = False, key: cipher.DataKey | None = None,
                  unlock: Callable[[Path], cipher.DataKey | None] | None = None) -> Database:
    """Open (or create) a database, take the write lock and migrate it to head.

    An encrypted file opens with ``key``, or else the one ``unlock(path)`` gives once the lock is held (by
    default the key unlocked in this process for its salt, cipher.KeyMissing if none); a new file is
    encrypted when ``key`` is given.
    """
    path = Path(path).expanduser().resolve()
    if not path.exists() and not create and not swap.pending(path):
        raise FileNotFoundError(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = WriterLock(path)
    lock.acquire()
    engine = None
    try:
        finish_interrupted_swap(path, lock)
        if path.exists():
            # Keyed after the lock: a second program on an open database is told so, not asked for a passphrase.
            if path.stat().st_size > 0 and key is None:
                key = (unlock or cipher.key_for)(path)
            _check_sqlite_file(path, key)
        elif not create:
            raise FileNotFoundError(path)
        engine = make_engine(path, key)
        db = Database(path, engine, lock)
        try:
            db.migration_backup = migrate.upgrade(engine, path)
        except (sa_exc.DatabaseError, *cipher.DatabaseError) as exc:
            if is_damage(exc):
                raise DatabaseDamaged(path, "corrupt") from exc
            if _sqlite_code(exc) in STORAGE_CODES:
                raise  # the disk or the folder said no: the caller says what to do about that
            # Anything else is a migration that cannot run on this file; it was rolled back whole.
            raise migrate.MigrationError(str(exc)) from exc
        lock.hold_file()  # a file made just now
        _install_feed_triggers(engine)
        db.people_and_needs = ChangeWatch(engine, PEOPLE_AND_NEEDS)
    except BaseException:
        if engine is not None:
            engine.dispose()
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


def open_for_reading(path: os.PathLike | str, *, key: cipher.DataKey | None = None,
                     unlock: Callable[[Path], cipher.DataKey | None] | None = None) -> Database:
    """Open a database read-only, beside the program that writes it: no lock taken, nothing ever written.

    For commands that only look (``dvc info``, reports) while the app is open. The file must be up to date:
    bringing it there is a write, which is the writer's. An encrypted file is keyed as open_database keys it:
    ``key``, or else the one ``unlock(path)`` gives (by default the key unlocked in this process).
    """
    path = Path(path).expanduser().resolve()
    if swap.pending(path):
        raise swap.SwapPending(path)
    if not path.exists():
        raise FileNotFoundError(path)
    if key is None and path.stat().st_size > 0:
        key = (unlock or cipher.key_for)(path)
    _check_sqlite_file(path, key)
    engine = make_engine(path, key, read_only=True)
    try:
        revision = migrate.current_revision(engine)
    except (sa_exc.DatabaseError, *cipher.DatabaseError) as exc:
        engine.dispose()
        if is_damage(exc):
            raise DatabaseDamaged(path, "corrupt") from exc
        raise
    if revision != migrate.SCHEMA_HEAD:
        engine.dispose()
        if revision is not None and revision not in migrate.known_revisions():
            raise migrate.NewerSchemaError(revision)
        raise NotUpToDate(path)
    return Database(path, engine, None, read_only=True)


install_field_limits()
install_stamping()
install_audit_trail()
