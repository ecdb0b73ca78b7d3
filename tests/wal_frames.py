"""The pages a database's -wal file holds: what the last transactions wrote (read by tests and benches)."""

from __future__ import annotations

import struct
from pathlib import Path


def wal_pages(path: Path) -> list[int]:
    """Page numbers of the frames in ``path``'s WAL, in order (after a TRUNCATE checkpoint: what was written since).

    A frame is a 24-byte header (page number first, big-endian) and one page; the file starts with a 32-byte header
    that gives the page size. On an encrypted file the headers are plain too: SQLCipher encrypts page contents.
    """
    wal = Path(f"{path}-wal").read_bytes() if Path(f"{path}-wal").exists() else b""
    if len(wal) < 32:
        return []
    size = struct.unpack(">I", wal[8:12])[0]
    return [struct.unpack(">I", wal[at:at + 4])[0] for at in range(32, len(wal) - (24 + size) + 1, 24 + size)]


def checkpoint(engine) -> None:  # noqa: ANN001
    """Move everything into the main file and empty the WAL, so that it next holds only what follows."""
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        raw.close()
