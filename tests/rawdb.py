"""Reading a database file behind dvc's back, as the tests do: plain or encrypted, with the key unlocked here."""

from __future__ import annotations

import shutil
from pathlib import Path

from dvc.store import cipher


def raw_connect(path: Path | str, *, readonly: bool = False, timeout: float = 5.0):  # noqa: ANN201
    """sqlite3 for a plain (drill) file, SQLCipher for an encrypted one: with the key unlocked in this process, or
    else the one its key file gives (another process made it; the tests' start-up passphrase opens it)."""
    from dvc.services.keys import custody

    path = Path(path)
    return cipher.connect(path, custody.unlock(path), readonly=readonly, timeout=timeout)


def key_file(db: Path | str) -> Path:
    db = Path(db)
    return db.with_name(db.name + ".key")


def copy_with_key(source: Path | str, target: Path | str) -> Path:
    """Copy a closed database with its key file, so another process on this laptop opens the copy too."""
    source, target = Path(source), Path(target)
    shutil.copy(source, target)
    if key_file(source).exists():
        shutil.copy(key_file(source), key_file(target))
    return target
