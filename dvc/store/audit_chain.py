"""The audit trail as evidence: every laptop's entries form one hash chain of their own.

Each entry written on a laptop carries that laptop's id (``device_id``), its place in the laptop's chain
(``seq``: 1, 2, 3 …), the hash of the entry before it (``prev_hash``) and its own hash (``row_hash``).
An entry removed, changed or slipped in with a database tool breaks the chain at that place, and
``dvc audit verify`` finds it there.

What is hashed: the entry's plain columns, and the hash of its before/after values (``content_hash``)
instead of the values themselves. So an entry whose values are emptied — the personal data purge after a
center closes, or an entry of a table that never leaves this laptop (settings, keys) sent to another laptop
of the council — still links into its chain: the chain shows that it was there and who did what to which
record; only its values are gone ("redacted").

The values are hashed in one canonical form (sorted keys, no spaces, UTF-8, times as stored), so every
laptop computes the same hash for the same entry, whatever wrote it there (the ORM or a bundle import).

Entries are only ever added, through ``ChainWriter`` on the writing connection inside the change's own
transaction. Another laptop's entries arrive in bundles; they are checked there against the chain and the
signed seals (``action == SEAL``) that each laptop adds to its chain when it writes a bundle
(dvc/services/safekeeping/audit_seal.py).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timezone

from dvc.store.ids import time_ordered_id

SEAL = "seal"
RAW_TIME = "%Y-%m-%d %H:%M:%S.%f"
# Column order of the insert; the hash covers all of them but row_hash itself.
COLUMNS = ("id", "origin", "updated_at", "deleted", "at", "operator_name", "operator_id", "device_number", "action",
           "table_name", "record_id", "before", "after", "device_id", "seq", "prev_hash", "content_hash", "row_hash")
_HASHED = ("id", "origin", "updated_at", "deleted", "at", "operator_name", "operator_id", "device_number", "action",
           "table_name", "record_id", "device_id", "seq", "prev_hash", "content_hash")
_INSERT = (f'INSERT INTO audit_event ({", ".join(COLUMNS)}) VALUES ({", ".join("?" * len(COLUMNS))})')


def _canonical(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _parsed(raw: object) -> object:
    """A JSON column's value as stored (text) or as given (a dict)."""
    return json.loads(raw) if isinstance(raw, (str, bytes)) else raw


def content_hash(before: object, after: object) -> str:
    """The hash of an entry's values, ``before`` and ``after`` as stored (JSON text) or as dicts."""
    return hashlib.sha256(_canonical([_parsed(before), _parsed(after)]).encode("utf-8")).hexdigest()


def row_hash(row: dict) -> str:
    """The hash of one entry (raw column values by name); it covers prev_hash, so it covers the chain before it."""
    values = [bool(row[c]) if c == "deleted" else row[c] for c in _HASHED]
    return hashlib.sha256(_canonical(values).encode("utf-8")).hexdigest()


def plain(value: object) -> object:
    """A Python value as it goes into a JSON column (UUIDs and times as text)."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def raw_time(at: datetime) -> str:
    return at.astimezone(timezone.utc).strftime(RAW_TIME)


def _raw_uuid(value: uuid.UUID | str | None) -> str | None:
    if value is None or value == "":
        return None
    return value.hex if isinstance(value, uuid.UUID) else uuid.UUID(str(value)).hex


@dataclass(frozen=True)
class Entry:
    """One entry to append: what was done, by whom, to which record."""

    action: str
    operator_name: str
    operator_id: uuid.UUID | None
    table_name: str = ""
    record_id: uuid.UUID | str | None = None
    before: dict | None = None
    after: dict | None = None
    at: datetime | None = None


def head(conn: sqlite3.Connection, device_id: str) -> tuple[int, str]:
    """(seq, row_hash) of the laptop's newest entry; (0, "") before its first."""
    row = conn.execute("SELECT seq, row_hash FROM audit_event WHERE device_id = ? AND seq IS NOT NULL "
                       "ORDER BY seq DESC LIMIT 1", (device_id,)).fetchone()
    return (row[0], row[1]) if row else (0, "")


class ChainWriter:
    """Appends this laptop's entries to its chain, on the connection (and in the transaction) of the change."""

    def __init__(self, conn: sqlite3.Connection, *, device_id: str, origin: str, device_number: int | None,
                 stamp: "callable") -> None:  # type: ignore[valid-type]
        self.conn, self.device_id, self.origin, self.device_number, self.stamp = (
            conn, device_id, origin, device_number, stamp)

    def append(self, entries: list[Entry]) -> list[dict]:
        if not entries:
            return []
        seq, prev = head(self.conn, self.device_id)
        now = datetime.now(timezone.utc)
        rows = []
        for e in entries:
            seq += 1
            before = None if e.before is None else json.dumps(plain(e.before), ensure_ascii=False)
            after = None if e.after is None else json.dumps(plain(e.after), ensure_ascii=False)
            row = {
                "id": time_ordered_id().hex, "origin": self.origin, "updated_at": str(self.stamp()), "deleted": 0,
                "at": raw_time(e.at or now), "operator_name": e.operator_name, "operator_id": _raw_uuid(e.operator_id),
                "device_number": self.device_number, "action": e.action, "table_name": e.table_name,
                "record_id": _raw_uuid(e.record_id), "before": before, "after": after,
                "device_id": self.device_id, "seq": seq, "prev_hash": prev,
                "content_hash": content_hash(before, after),
            }
            row["row_hash"] = prev = row_hash(row)
            rows.append(row)
        self.conn.executemany(_INSERT, [tuple(r[c] for c in COLUMNS) for r in rows])
        return rows


@dataclass
class ChainBreak:
    """Where a laptop's chain does not hold: the entry's place and what is wrong there."""

    device_id: str
    seq: int
    problem: str  # "gap", "link", "hash", "content"


@dataclass
class ChainReport:
    device_id: str
    entries: int = 0
    head_seq: int = 0
    head_hash: str = ""
    redacted: int = 0  # values emptied (purge, or a local-only table's entry seen from another laptop)
    breaks: list[ChainBreak] | None = None

    def __post_init__(self) -> None:
        if self.breaks is None:
            self.breaks = []


_SELECT = f'SELECT {", ".join(COLUMNS)} FROM audit_event WHERE device_id = ? AND seq IS NOT NULL ORDER BY seq'
EMPTY_CONTENT = content_hash(None, None)


def check_chain(conn: sqlite3.Connection, device_id: str, *, max_breaks: int = 20) -> ChainReport:
    """Walk one laptop's chain from its first entry: every link, every hash, every value that is still there."""
    report = ChainReport(device_id)
    expected_seq, prev = 1, ""
    cursor = conn.execute(_SELECT, (device_id,))
    while batch := cursor.fetchmany(5000):
        for values in batch:
            row = dict(zip(COLUMNS, values))
            report.entries += 1
            if row["seq"] != expected_seq:
                report.breaks.append(ChainBreak(device_id, expected_seq, "gap"))
            elif row["prev_hash"] != prev:
                report.breaks.append(ChainBreak(device_id, row["seq"], "link"))
            if row_hash(row) != row["row_hash"]:
                report.breaks.append(ChainBreak(device_id, row["seq"], "hash"))
            if row["before"] is None and row["after"] is None:
                if row["content_hash"] != EMPTY_CONTENT:
                    report.redacted += 1
            elif content_hash(row["before"], row["after"]) != row["content_hash"]:
                report.breaks.append(ChainBreak(device_id, row["seq"], "content"))
            expected_seq, prev = row["seq"] + 1, row["row_hash"]
            report.head_seq, report.head_hash = row["seq"], row["row_hash"]
            if len(report.breaks) >= max_breaks:
                return report
    return report


def chained_devices(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT DISTINCT device_id FROM audit_event WHERE device_id IS NOT NULL "
                                       "ORDER BY device_id")]


def unchained_count(conn: sqlite3.Connection) -> int:
    """Entries outside every chain: written before the chain existed, or by a laptop running an older dvc."""
    return conn.execute("SELECT count(*) FROM audit_event WHERE seq IS NULL").fetchone()[0]


def seal_message(device_id: str, seq: int, hash_: str) -> bytes:
    """What a laptop signs to vouch for its chain up to entry ``seq`` (whose hash is ``hash_``)."""
    return f"dvc-audit-seal/1\n{device_id}\n{seq}\n{hash_}".encode("ascii")
