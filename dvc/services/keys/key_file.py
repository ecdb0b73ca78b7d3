"""The key file beside a database (``dvc.db.key``): what it holds, reading it, and writing it safely.

It holds the database's salt, the seals of its data key (custody.py makes and opens them) and when the
recovery sheet was last printed. It is written beside, flushed and renamed, so a power cut leaves the old
file or the new one, and it is readable by this user only.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

FORMAT = "dvc-key"
VERSION = 1


@dataclass
class KeyFile:
    salt: bytes
    holders: list[dict]
    sheet_printed_at: str | None = None

    def as_json(self) -> dict:
        return {"format": FORMAT, "version": VERSION, "salt": self.salt.hex(), "holders": self.holders,
                "recovery_sheet_printed_at": self.sheet_printed_at}


def key_file_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".key")


def read_key_file(db_path: Path) -> KeyFile | None:
    try:
        data = json.loads(key_file_path(db_path).read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            return None
        return KeyFile(bytes.fromhex(data["salt"]), list(data.get("holders", [])), data.get("recovery_sheet_printed_at"))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def write_key_file(db_path: Path, key_file: KeyFile) -> None:
    """Written beside, flushed to disk, then renamed: a power cut leaves the old file or the new one."""
    target = key_file_path(db_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    # Readable by this user only (on Windows the folder is the user's own already).
    with os.fdopen(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w", encoding="utf-8") as fh:
        json.dump(key_file.as_json(), fh, indent=1)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(partial, target)
    sync_folder(target.parent)


def sync_folder(folder: Path) -> None:
    if os.name != "nt":  # Windows has no directory handles to flush; NTFS journals the rename
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def keep_aside(db_path: Path, aside_db: Path) -> None:
    """Put a copy of ``db_path``'s key file beside ``aside_db`` (a database a restore moves aside), synced."""
    source = key_file_path(Path(db_path))
    if not source.exists():
        return
    target = key_file_path(Path(aside_db))
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    with open(source, "rb") as src, os.fdopen(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600),
                                              "wb") as fh:
        fh.write(src.read())
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(partial, target)
    sync_folder(target.parent)


def mark_sheet_printed(db_path: Path, when: str) -> None:
    key_file = read_key_file(db_path)
    if key_file is not None:
        key_file.sheet_printed_at = when
        write_key_file(db_path, key_file)
