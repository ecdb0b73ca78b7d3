"""Encrypted database files (SQLCipher 4): the data key, keyed connections, which file is which.

A council's database and every copy of it are SQLCipher files; the drill
database stays plain SQLite (it holds made-up people). A file tells which it
is by its first 16 bytes: the plain SQLite header, or the random salt of an
encrypted file. Copies made with the backup API under the same key keep the
salt, so the keys unlocked in this process are looked up by it and a backup
opens with its database's key.

The key is used raw (``x'key salt'``): SQLCipher's passphrase mode would run
its key derivation (PBKDF2, about 0.1 s) on every new connection. A key made
from the recovery passphrase is derived exactly as SQLCipher derives one, so
``PRAGMA key = 'passphrase'`` in any SQLCipher 4 tool opens the file too.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

PLAIN_HEADER = b"SQLite format 3\x00"
KEY_BYTES, SALT_BYTES = 32, 16
SQLITE_NOTADB = 26  # what SQLCipher answers for a wrong key (and for a first page it cannot verify)
# The disk or the folder refusing (permission, busy, locked, read-only, I/O error, full, cannot open).
STORAGE_CODES = frozenset({3, 5, 6, 8, 10, 13, 14})
# SQLCipher 4's defaults for a passphrase: PBKDF2-HMAC-SHA512, 256,000 iterations.
KDF_ITERATIONS = 256_000
# Pages are decrypted as SQLite reads them, so the operating system's file cache no longer saves that work:
# every keyed connection keeps more pages decrypted itself (SQLite's default is 2 MiB). Measured at 100,000
# volunteers and 1,000,000 attendance rows: a backup's integrity check 41 s -> 7 s from 2 to 64 MiB; the
# daily report figures 0.5 s at 64 MiB, 0.11 s from 128 MiB once read (0.18 s plain). A ceiling, not an
# allocation: a small council's database never fills it.
ENCRYPTED_CACHE_KIB = 131_072
# Errors of either driver: a plain file is opened with the standard library, an encrypted one with SQLCipher.
Error = (sqlite3.Error, sqlcipher3.Error)
DatabaseError = (sqlite3.DatabaseError, sqlcipher3.DatabaseError)
IntegrityError = (sqlite3.IntegrityError, sqlcipher3.IntegrityError)


class KeyMissing(RuntimeError):
    """The file is encrypted and its key has not been unlocked in this process."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


class WrongKey(RuntimeError):
    """The key given does not open the file (or the file is not a database at all)."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


@dataclass(frozen=True)
class DataKey:
    key: bytes
    salt: bytes

    def __post_init__(self) -> None:
        if len(self.key) != KEY_BYTES or len(self.salt) != SALT_BYTES:
            raise ValueError("a data key is 32 bytes of key and 16 of salt")

    def pragma_value(self) -> str:
        # With the salt given, a new file (a backup, a converted database) gets this salt in its header.
        return f"\"x'{self.key.hex()}{self.salt.hex()}'\""

    def to_bytes(self) -> bytes:
        return self.key + self.salt

    @classmethod
    def from_bytes(cls, raw: bytes) -> "DataKey":
        return cls(raw[:KEY_BYTES], raw[KEY_BYTES:])


def new_key() -> DataKey:
    return DataKey(secrets.token_bytes(KEY_BYTES), secrets.token_bytes(SALT_BYTES))


def derive(passphrase: str, salt: bytes) -> DataKey:
    """The key SQLCipher would derive from ``passphrase`` for a file with this salt."""
    return DataKey(hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES), salt)


def file_salt(path: Path) -> bytes | None:
    """The salt of an encrypted file; None for a plain, empty or missing one, or one that is no database at all.

    An encrypted file is whole pages (SQLCipher's are 4096 bytes), so a text
    file or a cut-off download is told apart from one by its size.
    """
    try:
        with open(path, "rb") as fh:
            header = fh.read(SALT_BYTES)
            size = os.fstat(fh.fileno()).st_size
    except (FileNotFoundError, IsADirectoryError):
        return None
    if len(header) < SALT_BYTES or header == PLAIN_HEADER or size % 512:
        return None
    return header


def is_encrypted(path: Path) -> bool:
    return file_salt(path) is not None


_unlocked: dict[bytes, DataKey] = {}
_guard = threading.Lock()


def remember(key: DataKey) -> None:
    """Keep ``key`` for this process: every file with its salt opens with it."""
    with _guard:
        _unlocked[key.salt] = key


def forget(salt: bytes) -> None:
    with _guard:
        _unlocked.pop(salt, None)


def unlocked(salt: bytes) -> DataKey | None:
    with _guard:
        return _unlocked.get(salt)


def unlocked_for(path: Path) -> DataKey | None:
    """The key unlocked in this process that opens ``path``, if there is one (a plain file has none)."""
    salt = file_salt(path)
    known = unlocked(salt) if salt is not None else None
    return known if known is not None and opens(path, known) else None


def key_for(path: Path) -> DataKey | None:
    """The key to open ``path`` with: None for a plain file; KeyMissing if it is not unlocked here."""
    salt = file_salt(path)
    if salt is None:
        return None
    key = unlocked(salt)
    if key is None:
        raise KeyMissing(Path(path))
    return key


def apply_key(dbapi_conn: sqlcipher3.Connection, key: DataKey) -> None:
    """Key a fresh SQLCipher connection; it must come before anything reads the file."""
    dbapi_conn.execute(f"PRAGMA key = {key.pragma_value()}")


def keep_more_pages(dbapi_conn: sqlcipher3.Connection) -> None:
    """Once a keyed connection has read the file (this pragma reads the schema: with a wrong key or a damaged
    first page it fails, so it never stands where a key is being tried)."""
    dbapi_conn.execute(f"PRAGMA cache_size = -{ENCRYPTED_CACHE_KIB}")


def readonly_uri(path: Path) -> str:
    """The URI that opens ``path`` read-only; immutable in a folder nobody can write to (see database.py)."""
    wal = Path(str(path) + "-wal")
    immutable = not os.access(Path(path).parent, os.W_OK) and not (wal.exists() and wal.stat().st_size > 0)
    return f"file:{path}?mode=ro{'&immutable=1' if immutable else ''}"


def connect(path: Path, key: DataKey | None, *, readonly: bool = False,  # noqa: ANN201 (either driver's connection)
            timeout: float = 5.0):
    """A connection to ``path`` keyed with ``key`` (the standard library's sqlite3 for a plain file).

    The key is checked on the spot: a wrong one raises WrongKey instead of a
    DatabaseError later, at whatever statement happens to read first. A full
    disk, a folder that cannot be written or a locked file is no wrong key: it
    is raised as SQLite said it, for the caller to explain.
    """
    target = readonly_uri(path) if readonly else str(path)
    if key is None:
        return sqlite3.connect(target, uri=readonly, timeout=timeout)
    con = sqlcipher3.connect(target, uri=readonly, timeout=timeout)
    try:
        apply_key(con, key)
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        con.close()
        if (getattr(exc, "sqlite_errorcode", 0) & 0xFF) in STORAGE_CODES:
            raise
        raise WrongKey(Path(path)) from None
    keep_more_pages(con)
    return con


def opens(path: Path, key: DataKey) -> bool:
    try:
        connect(path, key, readonly=True).close()
    except WrongKey:
        return False
    except Error:
        return False
    return True


def damaged_under(path: Path, key: DataKey) -> bool:
    """True if ``key`` is this file's key, for a file that does not open with it: then the file is damaged.

    A wrong key and a damaged first page fail alike when the file is opened; SQLCipher's page check tells
    them apart, since with the right key the pages not hit still verify (with a wrong key none does).
    """
    try:
        size = os.path.getsize(path)
        con = sqlcipher3.connect(readonly_uri(path), uri=True)
    except (OSError, *Error):
        return False
    try:
        apply_key(con, key)
        failed = len(con.execute("PRAGMA cipher_integrity_check").fetchall())
    except Error:
        return False
    finally:
        con.close()
    pages = size // 4096
    return pages > 1 and failed < pages


def _quiet() -> None:
    # SQLCipher logs every failed page decryption to stderr; a wrong key is an expected answer, not a log line.
    con = sqlcipher3.connect(":memory:")
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
    finally:
        con.close()


_quiet()
