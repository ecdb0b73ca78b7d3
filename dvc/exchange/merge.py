"""Merging a bundle's rows into the database: per record, the newest clock stamp wins — among what the
sender may change.

Stamps from different laptops never tie (the device id is their last part),
so every laptop that has seen the same versions keeps the same one, whatever
the order the bundles came in. The version that loses is kept in the conflict
log when it carried news the winner did not know about (a change made on
both sides), so staff can look at it and reverse the outcome.

Before a row from another council is weighed at all, ownership decides whether
that council may write it (dvc/exchange/ownership.py); a row it may not write,
or one with a field that does not fit, is refused into the conflict log with
its reason, and the rest of the bundle is applied. The audit trail only grows
and is checked against its laptops' chains (dvc/exchange/audit_merge.py).

Writes go straight to SQLite inside the caller's transaction, keeping the
incoming stamps; the changes applied are written to this laptop's own audit
chain in the same transaction. The caller commits, or rolls back for a preview.
"""

from __future__ import annotations

import sqlite3
import time

from dvc.exchange import policy, refusals
from dvc.exchange.audit_merge import AuditMerge
from dvc.exchange.manifest import Member
from dvc.exchange.merge_result import (  # noqa: F401  (the names the services import from here)
    IMPORT_ACTION, Conflict, MergeContext, MergeResult, Progress, TableCounts, node,
)
from dvc.exchange.reader import OpenedBundle
from dvc.exchange.table_merge import SourceKeys, TableMerge
from dvc.store.audit_chain import ChainWriter, Entry

CHUNK = 2000
CACHE_KIB = 65536
BULK_ROWS = 5000


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
        _write_trail(conn, ctx, result)
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
    keys = SourceKeys(now_ms)
    for member in members:
        if member.table in policy.LOCAL_ONLY:
            raise refusals.bad_row(member.table, 0, "this table never travels")
        if member.table not in order or policy.rule(ctx.scope, member.table) is None:
            # A table from a newer dvc, or one this kind of peer may not send: read (checksums) but not applied.
            for _ in bundle.rows(member):
                pass
            continue
        kind = AuditMerge if member.table == "audit_event" else TableMerge
        merger = kind(conn, member, ctx, result, now_ms, keys)
        merger.check_references = check_references
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
        merger.finish()


def _write_trail(conn: sqlite3.Connection, ctx: MergeContext, result: MergeResult) -> None:
    """The import's changes in this laptop's audit chain: each record changed, and what each table gained."""
    if ctx.clock is None or not ctx.write_trail:
        return
    entries = list(result.audit)
    for table, counts in result.tables.items():
        if counts.new or counts.refused:
            entries.append(Entry(action=IMPORT_ACTION, operator_name=ctx.operator_name, operator_id=ctx.operator_id,
                                 table_name=table, after={
                                     "bundle": str(ctx.bundle_id), "council": ctx.source_council,
                                     "device": ctx.source_device_number, "new": counts.new,
                                     "refused": counts.refused}))
    ChainWriter(conn, device_id=ctx.clock.node, origin=ctx.self_council, device_number=ctx.device_number,
                stamp=ctx.clock.now).append(entries)
