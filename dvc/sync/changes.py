"""A round of changes: the records written since a cursor of the change feed, read out of SQLite and merged in.

The lean path beside the file exchange (dvc/exchange): the same row JSON, made
inside SQLite by the same codecs, and the same merge (newest stamp wins,
conflicts logged), but no zip, no manifest and no scan of whole tables, so a
round of 50 changes costs about a millisecond at 100,000 volunteers instead of
the seconds of an incremental bundle.

Reading: feed rows after the cursor, oldest first, at most ``limit``; the
round's ``upto`` is the cursor the receiver keeps. Rows whose feed entry names
the receiver as ``via`` are left out (the receiver wrote them; they came from
it). A round cut at ``limit`` also carries the parents its rows point at when
those parents changed later (they would come in a later round, too late for
the foreign keys).
"""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass, field

from dvc.domain.hlc import HybridClock
from dvc.exchange import policy
from dvc.exchange.manifest import Member
from dvc.exchange.merge import MergeContext, MergeResult, merge
from dvc.store.change_feed import head

SCOPE = policy.SCOPE_COUNCIL
IN_BATCH = 500  # ids per IN (...): far below SQLite's limit on parameters


@dataclass
class Changes:
    after: int
    upto: int
    more: bool
    tables: dict[str, list[bytes]] = field(default_factory=dict)  # table -> row JSON, in TABLE_ORDER

    @property
    def rows(self) -> int:
        return sum(len(r) for r in self.tables.values())


def read_changes(conn: sqlite3.Connection, *, after: int, limit: int, skip_via: str = "") -> Changes:
    """The changes after ``after``; call inside one read transaction so the feed and the rows agree."""
    entries = conn.execute("SELECT seq, table_name, record_id, via FROM change_feed WHERE seq > ? ORDER BY seq "
                           "LIMIT ?", (after, limit)).fetchall()
    more = len(entries) >= limit
    # Not cut short: everything up to the newest number given out is in this round (numbers between the last
    # row and it belonged to records that moved on, and are in this round at their new place).
    upto = entries[-1][0] if more else max(head(conn), after)
    wanted: dict[str, set[str]] = {}
    for _seq, table, record_id, via in entries:
        if skip_via and via == skip_via:
            continue
        wanted.setdefault(table, set()).add(record_id)
    if more and wanted:
        _add_later_parents(conn, wanted, upto)
        _complete_chains(conn, wanted)
    out = Changes(after=after, upto=upto, more=more)
    for table in policy.TABLE_ORDER:
        ids = wanted.get(table)
        if not ids:
            continue
        rule = policy.rule(SCOPE, table)
        fields = policy.fields_for(SCOPE, table)
        columns = policy.codec(table).json_sql(fields, rule.expressions)
        ordered = sorted(ids)
        lines: list[bytes] = []
        for start in range(0, len(ordered), IN_BATCH):
            part = ordered[start:start + IN_BATCH]
            sql = f'SELECT {columns} FROM "{table}" WHERE id IN ({", ".join("?" * len(part))}) AND ({rule.where})'
            lines += [r[0].encode("utf-8") for r in conn.execute(sql, part)]
        if lines:
            out.tables[table] = lines
    return out


def _complete_chains(conn: sqlite3.Connection, wanted: dict[str, set[str]]) -> None:
    """A round cut short carries each laptop's audit entries from its first one in the round to that laptop's
    newest: a chain is taken only up to a seal of its laptop's key (dvc/exchange/audit_merge.py), and the seal
    is its newest entry, so a chain cut in the middle would be refused instead of coming in the next round."""
    ids = sorted(wanted.get("audit_event", ()))
    if not ids:
        return
    firsts: dict[str, int] = {}
    for start in range(0, len(ids), IN_BATCH):
        part = ids[start:start + IN_BATCH]
        for device, first in conn.execute(
                f"SELECT device_id, min(seq) FROM audit_event WHERE id IN ({', '.join('?' * len(part))}) "
                "AND seq IS NOT NULL GROUP BY device_id", part):
            firsts[device] = min(first, firsts.get(device, first))
    for device, first in firsts.items():
        wanted["audit_event"].update(r[0] for r in conn.execute(
            "SELECT id FROM audit_event WHERE device_id = ? AND seq >= ?", (device, first)))


def _foreign_keys(table: str) -> list[tuple[str, str]]:
    """(column, parent table) of every foreign key of ``table`` to another shared table."""
    shared = set(policy.TABLE_ORDER)
    return [(fk.parent.name, fk.column.table.name) for fk in policy.codec(table).table.foreign_keys
            if fk.column.table.name in shared]


def _add_later_parents(conn: sqlite3.Connection, wanted: dict[str, set[str]], upto: int) -> None:
    """Add to ``wanted`` the parents (and their parents) whose newest change is after ``upto``."""
    pending = {t: set(ids) for t, ids in wanted.items()}
    while pending:
        found: dict[str, set[str]] = {}
        for table, ids in pending.items():
            for column, parent in _foreign_keys(table):
                ordered = sorted(ids)
                for start in range(0, len(ordered), IN_BATCH):
                    part = ordered[start:start + IN_BATCH]
                    rows = conn.execute(
                        f'SELECT record_id FROM change_feed WHERE table_name = ? AND seq > ? AND record_id IN '
                        f'(SELECT "{column}" FROM "{table}" WHERE id IN ({", ".join("?" * len(part))}))',
                        [parent, upto, *part]).fetchall()
                    new = {r[0] for r in rows} - wanted.setdefault(parent, set())
                    if new:
                        wanted[parent] |= new
                        found.setdefault(parent, set()).update(new)
        pending = found


class _RoundRows:
    """What exchange.merge reads from an opened bundle, for a round held in memory."""

    def __init__(self, tables: dict[str, list[bytes]], fields: dict[str, list[str]]) -> None:
        self.manifest = self
        self.members = [Member(name=f"round/{t}", table=t, rows=len(rows), fields=fields[t], sha256="",
                               encrypted=False) for t, rows in tables.items()]
        self._tables = tables

    def rows(self, member: Member):  # noqa: ANN201 - an iterator of (line number, row JSON)
        return enumerate(self._tables[member.table], start=1)


@dataclass(frozen=True)
class Sender:
    council: str
    device_id: str  # 32 hex digits
    device_number: int


def apply_changes(conn: sqlite3.Connection, tables: dict[str, list[bytes]], fields: dict[str, list[str]], *,
                  self_council: str, sender: Sender, round_id: uuid.UUID, stamp: str, imported_at,
                  sender_seen: dict[str, str], writer_seen: dict[str, dict[str, str]], clock: HybridClock,
                  trusted_keys: dict[str, str]) -> MergeResult:  # noqa: ANN001
    """Merge a round inside the caller's write transaction and mark the feed entries it wrote as its sender's.

    Foreign keys are enforced as each row is written (the connection has them on), so the whole-table check
    that the file import makes at the end of each table is left out: it would read every row of attendance.
    """
    if conn.execute("PRAGMA foreign_keys").fetchone()[0] != 1:
        raise RuntimeError("a round is merged only on a connection with foreign keys on")
    before = head(conn)
    ctx = MergeContext(self_council=self_council, scope=SCOPE, bundle_id=round_id, source_council=sender.council,
                       source_device_number=sender.device_number, sender_seen=sender_seen,
                       imported_at=imported_at, stamp=stamp, writer_seen=writer_seen, clock=clock,
                       source_device_id=sender.device_id, trusted_keys=trusted_keys, write_trail=False)
    result = merge(conn, _RoundRows(tables, fields), ctx, check_references=False)
    conn.execute("UPDATE change_feed SET via = ? WHERE seq > ?", (sender.device_id, before))
    return result


def fields_of(table: str) -> list[str]:
    return policy.fields_for(SCOPE, table)
