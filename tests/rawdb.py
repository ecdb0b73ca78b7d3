"""Reading a database file behind dvc's back, as the tests do: plain or encrypted, with the key unlocked here."""

from __future__ import annotations

from pathlib import Path

from dvc.store import cipher


def raw_connect(path: Path | str, *, readonly: bool = False):  # noqa: ANN201
    """sqlite3 for a plain (drill) file, SQLCipher keyed with this process's key for an encrypted one."""
    path = Path(path)
    return cipher.connect(path, cipher.key_for(path), readonly=readonly)
