"""Rounds of changes for one peer read out of this laptop's database, and rounds from a peer merged into it.

Both in short transactions on a connection of their own (the sync thread's, or
the hub's workers'): reading is one snapshot; merging is one BEGIN IMMEDIATE
that also moves the link's cursor and logs the conflicts, so a power cut
keeps either the whole round with its cursor or neither.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone

from dvc.exchange.merge import MergeResult
from dvc.services.core.workspace import Workspace
from dvc.services.exchange.audit_seal import is_sealed, seal_on
from dvc.services.exchange.identity import ensure_keys
from dvc.store.change_feed import head
from dvc.sync import envelope
from dvc.sync.changes import Changes, Sender, apply_changes, read_changes

_RAW_TIME = "%Y-%m-%d %H:%M:%S.%f"


@contextmanager
def _connection(ws: Workspace) -> Iterator[sqlite3.Connection]:
    raw = ws.db.engine.raw_connection()  # from the pool: the change watch's triggers are armed on it
    try:
        conn = raw.driver_connection
        if conn.in_transaction:
            conn.rollback()
        yield conn
    finally:
        raw.close()


def feed_head(ws: Workspace) -> int:
    with _connection(ws) as conn:
        return head(conn)


def read_round(ws: Workspace, *, after: int, limit: int, skip_via: str) -> Changes:
    """The changes after ``after``, this laptop's audit entries among them ending in a seal of its key.

    The seal and the rows are read in one snapshot. Sealed first and read after, a check-in committed in between
    put an unsealed entry last in the round: the hub refused it (dvc/exchange/audit_merge.py), the round's cursor
    passed it, and from then on every entry of this laptop was refused as out of its chain.
    """
    with _connection(ws) as conn:
        conn.execute("BEGIN")  # Python's sqlite3 starts no transaction for SELECTs: one snapshot for all of them
        try:
            if not is_sealed(conn, ws):
                conn.rollback()
                keys = ensure_keys(ws)
                conn.execute("BEGIN IMMEDIATE")  # no check-in between the seal and the rows
                seal_on(conn, ws, keys)
            changes = read_changes(conn, after=after, limit=limit, skip_via=skip_via)
            conn.commit()  # the seal, if one was written; nothing else
            return changes
        except BaseException:
            conn.rollback()
            raise


def pending_count(ws: Workspace, *, after: int, skip_via: str, cap: int = 100_000) -> int:
    """Changes after ``after`` not written by ``skip_via`` (at most ``cap`` are counted)."""
    with _connection(ws) as conn:
        return conn.execute("SELECT count(*) FROM (SELECT 1 FROM change_feed WHERE seq > ? AND via != ? LIMIT ?)",
                            (after, skip_via, cap)).fetchone()[0]


def merge_round(ws: Workspace, rnd: envelope.Round, *, sender: Sender, seen: dict[str, str],
                durable: bool = True) -> MergeResult:
    """Merge ``rnd`` and, in the same transaction, move the sender's link: received up to ``rnd.upto``, and as
    its ``seen`` the given one with the stamps of the rows just received added (see SyncLink.seen).

    ``durable`` False: the commit does not wait for the disk (synchronous=NORMAL: still consistent, the last
    rounds may be gone after a power cut). For a desk merging the hub's rounds: a round lost that way went
    with its cursor, so it is asked for again, and the write lock is held for the merge's own milliseconds
    instead of an fsync's. The hub merges durably: a desk moves on once the hub says it has the round.
    """
    now = datetime.now(timezone.utc)
    with _connection(ws) as conn:
        if not durable:
            conn.execute("PRAGMA synchronous=NORMAL")
        try:
            return _merge(ws, conn, rnd, sender, seen, now)
        finally:
            if not durable:
                conn.execute("PRAGMA synchronous=FULL")


def _merge(ws: Workspace, conn: sqlite3.Connection, rnd: envelope.Round, sender: Sender, seen: dict[str, str],
           now: datetime) -> MergeResult:
    conn.execute("BEGIN IMMEDIATE")
    try:
        result = apply_changes(
            conn, rnd.tables, rnd.fields, self_council=ws.identity.council_code, sender=sender,
            round_id=rnd.round_id, stamp=str(ws.db.clock.now()), imported_at=now, sender_seen=rnd.seen,
            writer_seen=rnd.writer_seen, clock=ws.db.clock, trusted_keys=_trusted_keys(conn))
        at = now.strftime(_RAW_TIME)
        conn.execute("UPDATE sync_link SET received_upto = max(received_upto, ?), seen = ?, "
                     "last_round_at = CASE WHEN ? THEN ? ELSE last_round_at END WHERE peer_device_id = ?",
                     (rnd.upto, json.dumps(newer(seen, result.seen)), 1 if result.changed else 0, at,
                      sender.device_id))
        for c in result.conflicts:
            conn.execute(
                "INSERT INTO exchange_conflict (id, origin, updated_at, deleted, bundle_id, table_name, record_id, "
                "at, winner, winner_stamp, loser_stamp, winner_data, loser_data, reversed_at, reversed_by, reason, "
                "detail) VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, '', ?, ?)",
                (uuid.uuid4().hex, ws.identity.council_code, str(ws.db.clock.now()), rnd.round_id.hex, c.table,
                 c.record_id.hex, at, c.winner, c.winner_stamp, c.loser_stamp,
                 json.dumps(c.winner_data, ensure_ascii=False), json.dumps(c.loser_data, ensure_ascii=False),
                 c.reason, c.detail))
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    if result.max_stamp:
        ws.db.clock.observe(result.max_stamp)  # a change made here next is newer than what just came in
    return result


def _trusted_keys(conn: sqlite3.Connection) -> dict[str, str]:
    """Signing keys of the laptops paired here, for the seals of their audit chains (others' keys are pinned by
    the first seal of theirs that comes in: dvc/exchange/audit_merge.py)."""
    return dict(conn.execute("SELECT device_id, signing_key FROM exchange_peer WHERE deleted = 0").fetchall())


def save_sent(ws: Workspace, device_id: str, upto: int) -> None:
    with _connection(ws) as conn:
        conn.execute("UPDATE sync_link SET sent_upto = max(sent_upto, ?) WHERE peer_device_id = ?", (upto, device_id))
        conn.commit()


def newer(a: dict[str, str], b: dict[str, str]) -> dict[str, str]:
    """The newest stamp per laptop of both."""
    out = dict(a)
    for node, stamp in b.items():
        if stamp > out.get(node, ""):
            out[node] = stamp
    return out


def changed_tables(result: MergeResult) -> frozenset[str]:
    return frozenset(t for t, c in result.tables.items() if c.new or c.updated)
