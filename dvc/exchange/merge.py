"""Merging a bundle's rows into the database: per record, the newest clock stamp wins.

Stamps from different laptops never tie (the device id is their last part),
so every laptop that has seen the same versions keeps the same one, whatever
the order the bundles came in. The version that loses is kept in the conflict
log when it carried news the winner did not know about (a change made on
both sides), so staff can look at it and reverse the outcome. Writes go
straight to SQLite inside the caller's transaction, keeping the incoming
stamps; the caller commits, or rolls back for a preview.
"""

from __future__ import annotations

import re
import sqlite3
import time
from operator import itemgetter
from secrets import token_hex
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone

from dvc.exchange import policy, refusals
from dvc.exchange.codec import META, RowError, TableCodec, raw_to_json
from dvc.exchange.fastdecode import compile_decoder
from dvc.exchange.manifest import Member
from dvc.exchange.reader import OpenedBundle, parse_row

CHUNK = 2000
FUTURE_MS = 2 * 24 * 3600 * 1000
CACHE_KIB = 65536
BULK_ROWS = 5000
_HEAD = re.compile(rb'\{"id":"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})","origin":"[a-z][a-z0-9_]{1,31}",'
                   rb'"updated_at":"(\d{15}-\d{6}-[0-9a-f]{1,57})",').match
Progress = Callable[[int, int], None]


@dataclass
class TableCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0

    def as_dict(self) -> dict[str, int]:
        return {"new": self.new, "updated": self.updated, "unchanged": self.unchanged, "conflicts": self.conflicts}


@dataclass
class Conflict:
    table: str
    record_id: uuid.UUID
    label: str  # the record's code when it has one
    winner: str  # "incoming" or "local"
    winner_stamp: str
    loser_stamp: str
    winner_data: dict
    loser_data: dict

    def differences(self) -> list[tuple[str, object, object]]:
        """(field, local value, incoming value) for each field that differs."""
        local, incoming = ((self.loser_data, self.winner_data) if self.winner == "incoming"
                           else (self.winner_data, self.loser_data))
        return [(k, local.get(k), incoming.get(k)) for k in incoming
                if k not in ("updated_at",) and local.get(k) != incoming.get(k)]


@dataclass
class MergeResult:
    tables: dict[str, TableCounts] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    max_stamp: str = ""
    seen: dict[str, str] = field(default_factory=dict)  # newest stamp per device among the rows

    @property
    def changed(self) -> int:
        return sum(c.new + c.updated for c in self.tables.values())


@dataclass(frozen=True)
class MergeContext:
    self_council: str
    scope: str
    bundle_id: uuid.UUID
    source_council: str
    source_device_number: int
    sender_seen: dict[str, str]
    imported_at: datetime
    stamp: str  # this laptop's stamp for the record-source rows written now
    # What each laptop that wrote a row had seen (node -> its seen), when the sender relays others' rows (the
    # center hub): a change is news to its writer, not to the relay. Without it the sender's own seen is used.
    writer_seen: dict[str, dict[str, str]] = field(default_factory=dict)


def node(stamp: str) -> str:
    return stamp.split("-", 2)[2]


def merge(conn: sqlite3.Connection, bundle: OpenedBundle, ctx: MergeContext,
          progress: Progress | None = None, *, check_references: bool = True) -> MergeResult:
    """Merge every member; ``check_references`` False skips the whole-table foreign key check after each table
    (for a caller whose connection enforces foreign keys row by row, where that check only costs time)."""
    result = MergeResult()
    order = {t: i for i, t in enumerate(policy.TABLE_ORDER)}
    members = sorted(bundle.manifest.members, key=lambda m: order.get(m.table, len(order)))
    total = sum(m.rows for m in members)
    # Random UUID keys touch index pages all over the file; SQLite's default 2 MB cache thrashes.
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    try:
        dropped = _drop_indexes_of_empty_tables(conn, [m for m in members if m.table in order and m.rows >= BULK_ROWS])
        _merge_members(conn, bundle, ctx, result, members, total, progress, check_references)
        for sql in dropped:  # inside the same transaction: a refusal rolls the drop back too
            conn.execute(sql)
    finally:
        conn.execute(f"PRAGMA cache_size={cache}")
    return result


def _drop_indexes_of_empty_tables(conn: sqlite3.Connection, members: list[Member]) -> list[str]:
    """A first import into an empty laptop: build the plain indexes once at the end instead of row by row.

    Only indexes created by name (not those of primary keys and unique constraints, which keep
    guarding the rows as they are written). Returns the statements that re-create them.
    """
    tables = [m.table for m in members] + (["record_source"] if members else [])
    dropped = []
    for table in tables:
        if conn.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone() is not None:
            continue
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                      "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'", (table,)).fetchall():
            conn.execute(f'DROP INDEX "{name}"')
            dropped.append(sql)
    return dropped


def _merge_members(conn: sqlite3.Connection, bundle: OpenedBundle, ctx: MergeContext, result: MergeResult,
                   members: list[Member], total: int, progress: Progress | None, check_references: bool) -> None:
    order = {t: i for i, t in enumerate(policy.TABLE_ORDER)}
    done = 0
    now_ms = int(time.time() * 1000)
    keys = _SourceKeys(now_ms)
    for member in members:
        if member.table in policy.LOCAL_ONLY:
            raise refusals.bad_row(member.table, 0, "this table never travels")
        if member.table not in order or policy.rule(ctx.scope, member.table) is None:
            # A table from a newer dvc, or one this kind of peer may not send: read (checksums) but not applied.
            for _ in bundle.rows(member):
                pass
            continue
        merger = _TableMerge(conn, member, ctx, result, now_ms, keys)
        batch: list[tuple[int, bytes]] = []
        for item in bundle.rows(member):
            batch.append(item)
            if len(batch) >= CHUNK:
                merger.apply(batch)
                done += len(batch)
                batch = []
                if progress is not None:
                    progress(done, total)
        merger.apply(batch)
        done += len(batch)
        if progress is not None:
            progress(done, total)
        if check_references:
            merger.check_references()


class _TableMerge:
    def __init__(self, conn: sqlite3.Connection, member: Member, ctx: MergeContext, result: MergeResult,
                 now_ms: int, keys: "_SourceKeys") -> None:
        self.conn, self.ctx, self.result, self.now_ms, self.keys = conn, ctx, result, now_ms, keys
        self.table = member.table
        self.codec: TableCodec = policy.codec(self.table)
        allowed = set(policy.fields_for(ctx.scope, self.table))
        self.fields = [f for f in member.fields if f in self.codec.columns and f in allowed]
        missing = [f for f in META if f not in self.fields]
        missing += [c for c in self.codec.required if c not in self.fields and c not in META]
        if missing:
            raise refusals.bad_row(self.table, 0, f"{missing[0]}: missing")
        rule = policy.rule(ctx.scope, self.table)
        self.consent = rule.consent if rule and ctx.scope == policy.SCOPE_BLOCK else ""
        self.counts = result.tables.setdefault(self.table, TableCounts())
        self.columns = [c.name for c in self.codec.table.columns]
        self.position = {f: i for i, f in enumerate(self.fields)}
        self.has_code = "code" in self.position
        quoted = ", ".join(f'"{c}"' for c in self.columns)
        self.insert_sql = f'INSERT INTO "{self.table}" ({quoted}) VALUES ({", ".join("?" * len(self.columns))})'
        sets = ", ".join(f'"{f}" = ?' for f in self.fields if f != "id")
        self.update_sql = f'UPDATE "{self.table}" SET {sets} WHERE id = ?'
        self.touched = False
        self.missing_columns = [c for c in self.columns if c not in self.position]
        self.in_column_order = itemgetter(*(self.position[c] for c in self.columns)) if not self.missing_columns else None
        self.in_table_order = self.fields == self.columns
        self.by_id = itemgetter(self.columns.index("id"))
        self.decode = _decoder(self.codec, self.fields)
        self.decode_head = _decoder(self.codec, ["id", "origin", "updated_at"])

    def apply(self, batch: list[tuple[int, bytes]]) -> None:
        if not batch:
            return
        heads = []
        for line, text in batch:
            quick = _HEAD(text)
            if quick is not None:  # as dvc writes rows: id, origin and stamp first
                rid, stamp, obj = quick.group(1).decode().replace("-", ""), quick.group(2).decode(), None
            else:
                obj = parse_row(self.table, line, text)
                try:
                    rid, _origin, stamp = self.decode_head(obj)
                except RowError as exc:
                    raise refusals.bad_row(self.table, line, str(exc)) from None
            heads.append((line, text, obj, rid, stamp))
        self._note_seen([h[4] for h in heads])
        local_stamps = dict(self._select("id, updated_at", [h[3] for h in heads]))
        rows = []
        for line, text, obj, rid, stamp in heads:
            if local_stamps.get(rid) == stamp:
                self.counts.unchanged += 1  # the same version is here: nothing to check or write
                continue
            try:
                raw = self.decode(parse_row(self.table, line, text) if obj is None else obj)
            except RowError as exc:
                raise refusals.bad_row(self.table, line, str(exc)) from None
            if raw[0] != rid or raw[2] != stamp:
                raise refusals.bad_row(self.table, line, "id")  # a key given twice: refuse, do not guess
            rows.append(raw)
        differing = [r[0] for r in rows if r[0] in local_stamps]
        wanted = ", ".join(f'"{f}"' for f in self.fields)
        local_rows = {r[0]: r for r in self._select(wanted, differing)} if differing else {}
        received = dict(self.conn.execute(
            f"SELECT record_id, stamp FROM record_source WHERE table_name = ? AND record_id IN ({_marks(differing)})",
            [self.table, *differing]).fetchall()) if differing else {}
        inserts, updates, sources = [], [], []
        for raw in rows:
            rid = raw[0]
            if self.consent and raw[1] == self.ctx.self_council:
                self.counts.unchanged += 1  # our own people and groups: only we edit them
                continue
            withdrawn = self.consent and raw[self.position[self.consent]] == 0
            if rid not in local_stamps:
                if withdrawn:
                    self.counts.unchanged += 1  # nothing of theirs here to clear
                    continue
                inserts.append(self._full_row(raw))
                sources.append(rid)
                self.counts.new += 1
            else:
                self._resolve(raw, local_rows[rid], received.get(rid, ""), updates, sources)
        try:
            if inserts:
                inserts.sort(key=self.by_id)  # neighbours in the key index one after another, not all over it
                self.conn.executemany(self.insert_sql, inserts)
            if updates:
                self.conn.executemany(self.update_sql, updates)
        except sqlite3.IntegrityError as exc:
            if "FOREIGN KEY" in str(exc):
                raise refusals.missing_reference(self.table, len(inserts) + len(updates)) from None
            raise refusals.clashing_record(self.table) from None
        if sources:
            self._record_sources(sources, {r[0]: r[2] for r in rows})
        self.touched = self.touched or bool(inserts or updates)

    def _resolve(self, incoming: list, local: tuple, received: str, updates: list, sources: list) -> None:
        in_stamp, local_stamp = incoming[2], local[2]
        same = all(raw_to_json(a, self.codec.columns[f]) == raw_to_json(b, self.codec.columns[f])
                   for f, a, b in zip(self.fields[3:], incoming[3:], local[3:]))
        if in_stamp > local_stamp:
            updates.append([*incoming[1:], incoming[0]])
            sources.append(incoming[0])
            self.counts.updated += 1
            writer_knew = self.ctx.writer_seen.get(node(in_stamp), self.ctx.sender_seen)
            known = (local_stamp == received or node(local_stamp) == node(in_stamp)
                     or writer_knew.get(node(local_stamp), "") >= local_stamp)
            if not same and not known:
                self._conflict("incoming", incoming, local)
        else:
            stale = in_stamp <= received or node(local_stamp) == node(in_stamp)
            if not same and not stale and not self._logged(incoming[0], in_stamp, local_stamp):
                self._conflict("local", local, incoming)
            else:
                self.counts.unchanged += 1

    def _conflict(self, winner: str, won: list | tuple, lost: list | tuple) -> None:
        self.counts.conflicts += 1
        label = str(won[self.position["code"]]) if self.has_code else ""
        self.result.conflicts.append(Conflict(
            table=self.table, record_id=uuid.UUID(hex=won[0]), label=label, winner=winner,
            winner_stamp=won[2], loser_stamp=lost[2], winner_data=self._as_json(won), loser_data=self._as_json(lost)))

    def _logged(self, rid: str, loser: str, winner: str) -> bool:
        return self.conn.execute(
            "SELECT 1 FROM exchange_conflict WHERE record_id = ? AND loser_stamp = ? AND winner_stamp = ?",
            (rid, loser, winner)).fetchone() is not None

    def _as_json(self, raw: list | tuple) -> dict:
        return {f: raw_to_json(v, self.codec.columns[f]) for f, v in zip(self.fields, raw) if f != "id"}

    def _full_row(self, raw: list) -> list:
        if self.in_table_order:
            return raw  # the decoder's own list, written once and not kept
        if self.missing_columns:
            return [raw[self.position[c]] if c in self.position else self.codec.default_raw(c) for c in self.columns]
        return list(self.in_column_order(raw))

    def _select(self, columns: str, ids: list[str]) -> list[tuple]:
        return self.conn.execute(f'SELECT {columns} FROM "{self.table}" WHERE id IN ({_marks(ids)})', ids).fetchall()

    def _note_seen(self, stamps: list[str]) -> None:
        # Every stamp passed the stamp pattern: 15 digits of milliseconds, "-", 6 digits, "-", the node. Text
        # order is time order then, and the node starts at a fixed place.
        newest = max(stamps)
        if int(newest[:15]) > self.now_ms + FUTURE_MS:
            raise refusals.future_stamp(self.table)
        if newest > self.result.max_stamp:
            self.result.max_stamp = newest
        seen = self.result.seen
        for stamp in stamps:
            n = stamp[23:]
            if stamp > seen.get(n, ""):
                seen[n] = stamp

    def _record_sources(self, ids: list[str], stamps: dict[str, str]) -> None:
        ctx = self.ctx
        at = ctx.imported_at.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")
        keys = self.keys.take(len(ids))
        origin, stamp, table, bundle = ctx.self_council, ctx.stamp, self.table, ctx.bundle_id.hex
        council, device = ctx.source_council, ctx.source_device_number
        self.conn.executemany(
            "INSERT INTO record_source (id, origin, updated_at, deleted, table_name, record_id, bundle_id, "
            "source_council, source_device_number, imported_at, stamp) VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (table_name, record_id) DO UPDATE SET bundle_id = excluded.bundle_id, "
            "source_council = excluded.source_council, source_device_number = excluded.source_device_number, "
            "imported_at = excluded.imported_at, stamp = excluded.stamp, updated_at = excluded.updated_at",
            [(key, origin, stamp, table, rid, bundle, council, device, at, stamps[rid])
             for key, rid in zip(keys, ids)])

    def check_references(self) -> None:
        """Every foreign key of the rows written must point at a record that exists now."""
        if not self.touched:
            return
        broken = self.conn.execute(f'PRAGMA foreign_key_check("{self.table}")').fetchall()
        if broken:
            raise refusals.missing_reference(self.table, len(broken))


class _SourceKeys:
    """Keys for the record-source rows of one import, each larger than the last.

    Random keys put each of a full bundle's 250,000 rows at a random place in the key index; keys that
    grow are appended at its end. The import's start (milliseconds) comes first, so a later import's keys
    follow; 32 random bits tell apart imports started in the same millisecond. record_source never travels,
    so the keys need to be unique on this laptop only.
    """

    def __init__(self, now_ms: int) -> None:
        self._prefix = f"{now_ms:012x}{token_hex(4)}"
        self._next = 0

    def take(self, n: int) -> list[str]:
        start, self._next = self._next, self._next + n
        prefix = self._prefix
        return [f"{prefix}{i:012x}" for i in range(start, start + n)]


_DECODERS: dict[tuple[str, tuple[str, ...]], Callable[[object], list]] = {}


def _decoder(codec: TableCodec, fields: list[str]) -> Callable[[object], list]:
    """The generated decoder for these fields, made once per process (compiling one costs more than merging a
    small round of the center's replication)."""
    key = (codec.name, tuple(fields))
    found = _DECODERS.get(key)
    if found is None:
        found = _DECODERS[key] = compile_decoder(codec, fields)
    return found


def _marks(values: list) -> str:
    return ", ".join("?" * len(values))
