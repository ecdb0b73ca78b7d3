"""One table of a bundle merged into the database: decode, judge by ownership, weigh the stamps, write."""

from __future__ import annotations

import re
import sqlite3
import uuid
from collections.abc import Callable
from datetime import timezone
from operator import itemgetter
from secrets import token_hex

from dvc.exchange import ownership as own
from dvc.exchange import policy, refusals
from dvc.exchange.block_rules import BlockRules
from dvc.exchange.codec import META, RowError, TableCodec, raw_to_json
from dvc.exchange.fastdecode import compile_decoder
from dvc.exchange.manifest import Member
from dvc.exchange.merge_result import IMPORT_ACTION, Conflict, MergeContext, MergeResult, TableCounts, node
from dvc.exchange.reader import parse_row
from dvc.store.audit_chain import Entry

FUTURE_MS = 2 * 24 * 3600 * 1000
_HEAD = re.compile(rb'\{"id":"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})","origin":"[a-z][a-z0-9_]{1,31}",'
                   rb'"updated_at":"(\d{15}-\d{6}-[0-9a-f]{1,57})",').match
LOGGED_TEXT = 200  # longest text kept of a refused value in the conflict log


class TableMerge(BlockRules):
    def __init__(self, conn: sqlite3.Connection, member: Member, ctx: MergeContext, result: MergeResult,
                 now_ms: int, keys: "SourceKeys") -> None:
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
        self.block = ctx.scope == policy.SCOPE_BLOCK
        self.consent = rule.consent if rule and self.block else ""
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
        self.check_references = True
        # (column position, parent table) of each reference, for rows whose parent was refused.
        self.references = [(self.position[c.name], fk.column.table.name) for c in self.codec.table.columns
                           for fk in c.foreign_keys if c.name in self.position]
        self.parents = [p for p in own.PARENTS.get(self.table, ()) if p.column in self.position] if self.block else []
        helper = own.HELPER_FIELDS.get(self.table)
        self.helper_flag = helper[0] if helper and helper[0] in self.position else ""
        self.helper_fields = [f for f in helper[1] if f in self.position] if helper else []
        self.council_column = own.COUNCIL_COLUMN.get(self.table, "")

    # -- reading -----------------------------------------------------------------------------------------------

    def _heads(self, batch: list[tuple[int, bytes]]) -> list[tuple]:
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
                    # Without its id and stamp a row cannot even be named: that bundle is broken as a whole.
                    raise refusals.bad_row(self.table, line, str(exc)) from None
            heads.append((line, text, obj, rid, stamp))
        return heads

    def _decoded(self, heads: list[tuple], local_stamps: dict[str, str]) -> list[list]:
        rows = []
        for line, text, obj, rid, stamp in heads:
            if local_stamps.get(rid) == stamp:
                self.counts.unchanged += 1  # the same version is here: nothing to check or write
                continue
            parsed = parse_row(self.table, line, text) if obj is None else obj
            try:
                raw = self.decode(parsed)
            except RowError as exc:
                # One record with a field that does not fit (a 5,000-character name): that record is refused,
                # named in the conflict log, and the rest of the bundle still comes in.
                self._refuse_unreadable(rid, stamp, parsed, str(exc), present=rid in local_stamps)
                continue
            if raw[0] != rid or raw[2] != stamp:
                raise refusals.bad_row(self.table, line, "id")  # a key given twice: refuse, do not guess
            rows.append(raw)
        return rows

    # -- applying ----------------------------------------------------------------------------------------------

    def apply(self, batch: list[tuple[int, bytes]]) -> None:
        if not batch:
            return
        heads = self._heads(batch)
        self._note_seen([h[4] for h in heads])
        local_stamps = dict(self._select("id, updated_at", [h[3] for h in heads]))
        rows = self._without_refused_parents(self._decoded(heads, local_stamps), local_stamps)
        differing = [r[0] for r in rows if r[0] in local_stamps]
        wanted = ", ".join(f'"{f}"' for f in self.fields)
        local_rows = {r[0]: r for r in self._select(wanted, differing)} if differing else {}
        received = dict(self.conn.execute(
            f"SELECT record_id, stamp FROM record_source WHERE table_name = ? AND record_id IN ({_marks(differing)})",
            [self.table, *differing]).fetchall()) if differing else {}
        parents = self._parents_of(rows)
        taken = self._codes_taken(rows, local_stamps)
        inserts, updates, sources = [], [], []
        for raw in rows:
            rid = raw[0]
            local = local_rows.get(rid)
            if taken.get(rid):
                self._refuse(raw, local, own.CODE_TAKEN, "code")
                continue
            if self.block and not self._block_allows(raw, local, received.get(rid, ""), parents, updates, sources):
                continue
            withdrawn = self.consent and raw[self.position[self.consent]] == 0
            if local is None:
                if withdrawn:
                    self.counts.unchanged += 1  # nothing of theirs here to clear
                    continue
                inserts.append(self._full_row(raw))
                sources.append(rid)
                self.counts.new += 1
            else:
                self._resolve(raw, local, received.get(rid, ""), updates, sources)
        try:
            if inserts:
                inserts.sort(key=self.by_id)  # neighbours in the key index one after another, not all over it
                self.conn.executemany(self.insert_sql, inserts)
            if updates:
                self.conn.executemany(self.update_sql, updates)
        except self.conn.IntegrityError as exc:  # the driver's own class: SQLCipher's for an encrypted database
            if "FOREIGN KEY" in str(exc):
                raise refusals.missing_reference(self.table, len(inserts) + len(updates)) from None
            raise refusals.clashing_record(self.table) from None
        if sources:
            self._record_sources(sources, {r[0]: r[2] for r in rows})
        self.touched = self.touched or bool(inserts or updates)

    def _resolve(self, incoming: list, local: tuple, received: str, updates: list, sources: list) -> None:
        in_stamp, local_stamp = incoming[2], local[2]
        same = self._same(incoming, local)
        if in_stamp > local_stamp:
            updates.append([*incoming[1:], incoming[0]])
            sources.append(incoming[0])
            self.counts.updated += 1
            if not same:
                self._note_change(incoming, local)
                if not self._knew(local_stamp, received, in_stamp):
                    self._conflict("incoming", incoming, local)
        else:
            stale = in_stamp <= received or node(local_stamp) == node(in_stamp)
            if not same and not stale and not self._logged(incoming[0], in_stamp, local_stamp):
                self._conflict("local", local, incoming)
            else:
                self.counts.unchanged += 1

    def _knew(self, local_stamp: str, received: str, in_stamp: str) -> bool:
        """Whether the writer of the incoming version had seen ours before it made its own.

        A relay (the center hub) passes on what each writer had seen: a change is news to its writer, not to
        the relay. Without that, what the sender had seen is used."""
        writer_knew = self.ctx.writer_seen.get(node(in_stamp), self.ctx.sender_seen)
        return (local_stamp == received or node(local_stamp) == node(in_stamp)
                or writer_knew.get(node(local_stamp), "") >= local_stamp)

    def _same(self, incoming: list | tuple, local: list | tuple) -> bool:
        return not self._different(incoming, local)

    def _different(self, incoming: list | tuple, local: list | tuple) -> list[str]:
        cols = self.codec.columns
        return [f for f, a, b in zip(self.fields[3:], incoming[3:], local[3:])
                if raw_to_json(a, cols[f]) != raw_to_json(b, cols[f])]

    def _note_change(self, incoming: list | tuple, local: tuple) -> None:
        """The audit entry of a record this import changes: which fields, from what, to what."""
        changed = self._different(incoming, local)
        cols = self.codec.columns
        ctx = self.ctx
        self.result.audit.append(Entry(
            action=IMPORT_ACTION, operator_name=ctx.operator_name, operator_id=ctx.operator_id,
            table_name=self.table, record_id=uuid.UUID(hex=incoming[0]),
            before={f: raw_to_json(local[self.position[f]], cols[f]) for f in changed},
            after={f: raw_to_json(incoming[self.position[f]], cols[f]) for f in changed}))

    # -- refusing ----------------------------------------------------------------------------------------------

    def _refuse(self, incoming: list, local: tuple | None, reason: str, detail: str, *,
                present: bool | None = None) -> None:
        if not (local is not None if present is None else present):
            self.result.absent.setdefault(self.table, set()).add(incoming[0])
        self.counts.refused += 1
        label = str(incoming[self.position["code"]]) if self.has_code else ""
        self.result.conflicts.append(Conflict(
            table=self.table, record_id=uuid.UUID(hex=incoming[0]), label=label, winner="local",
            winner_stamp=local[2] if local else "", loser_stamp=incoming[2],
            winner_data=self._as_json(local) if local else {}, loser_data=self._as_json(incoming),
            reason=reason, detail=detail))

    def _refuse_unreadable(self, rid: str, stamp: str, parsed: object, error: str, *, present: bool) -> None:
        if not present:
            self.result.absent.setdefault(self.table, set()).add(rid)
        self.counts.refused += 1
        row = parsed if isinstance(parsed, dict) else {}
        code = row.get("code") if self.has_code else ""
        shown = {k: (v[:LOGGED_TEXT] + "…" if isinstance(v, str) and len(v) > LOGGED_TEXT else v)
                 for k, v in row.items() if k in self.codec.columns and k != "id"}
        self.result.conflicts.append(Conflict(
            table=self.table, record_id=uuid.UUID(hex=rid), label=code if isinstance(code, str) else "",
            winner="local", winner_stamp="", loser_stamp=stamp, winner_data={}, loser_data=shown,
            reason=own.BAD_VALUE, detail=error.split(":", 1)[0][:60]))

    def _without_refused_parents(self, rows: list[list], local_stamps: dict[str, str]) -> list[list]:
        absent = self.result.absent
        if not self.references or not any(absent.get(t) for _p, t in self.references):
            return rows
        kept = []
        for raw in rows:
            hit = next((self.fields[p] for p, t in self.references if raw[p] is not None and raw[p] in absent.get(t, ())),
                       None)
            if hit is None:
                kept.append(raw)
            else:
                self._refuse(raw, None, own.PARENT_REFUSED, hit, present=raw[0] in local_stamps)
        return kept

    def _parents_of(self, rows: list[list]) -> dict[tuple[str, str], tuple[str, bool]]:
        found: dict[tuple[str, str], tuple[str, bool]] = {}
        for parent in self.parents:
            ids = sorted({r[self.position[parent.column]] for r in rows} - {None})
            shared = f'"{parent.shared}"' if parent.shared else "0"
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                for rid, origin, flag in self.conn.execute(
                        f'SELECT id, origin, {shared} FROM "{parent.table}" WHERE id IN ({_marks(chunk)})', chunk):
                    found[(parent.table, rid)] = (origin, bool(flag))
        return found

    def _codes_taken(self, rows: list[list], local_stamps: dict[str, str]) -> dict[str, bool]:
        """New records whose code another record here already has (their insert would fail the whole bundle)."""
        if not self.has_code:
            return {}
        fresh = {r[self.position["code"]]: r[0] for r in rows if r[0] not in local_stamps}
        if not fresh:
            return {}
        codes = list(fresh)
        taken = {}
        for start in range(0, len(codes), 500):
            chunk = codes[start:start + 500]
            for code, holder in self.conn.execute(
                    f'SELECT code, id FROM "{self.table}" WHERE code IN ({_marks(chunk)})', chunk):
                if holder != fresh[code]:
                    taken[fresh[code]] = True
        return taken

    # -- bookkeeping -------------------------------------------------------------------------------------------

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

    def finish(self) -> None:
        """Every foreign key of the rows written must point at a record that exists now."""
        if not self.touched or not self.check_references:
            return
        broken = self.conn.execute(f'PRAGMA foreign_key_check("{self.table}")').fetchall()
        if broken:
            raise refusals.missing_reference(self.table, len(broken))


class SourceKeys:
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


def _marks(values: list) -> str:
    return ", ".join("?" * len(values))


_DECODERS: dict[tuple[str, tuple[str, ...]], Callable[[object], list]] = {}


def _decoder(codec: TableCodec, fields: list[str]) -> Callable[[object], list]:
    """The generated decoder for these fields, made once per process (compiling one costs more than merging a
    small round of the center's replication)."""
    key = (codec.name, tuple(fields))
    found = _DECODERS.get(key)
    if found is None:
        found = _DECODERS[key] = compile_decoder(codec, fields)
    return found
