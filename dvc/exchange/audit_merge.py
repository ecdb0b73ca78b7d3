"""The audit trail in a bundle (laptops of one council): entries are only ever added, and only as their
laptop wrote them.

- An entry held here is never changed by a bundle: another version of it is refused (its chain hash differs).
  Values emptied on one side only (the purge) are not a change: the chain covers their hash, not the values.
- New entries of laptop X must continue X's chain as held here, link by link, and end in a seal signed with
  X's key (dvc/services/safekeeping/audit_seal.py): the key of X as trusted here (its identity file), else
  the key of the seals of X already held, else the seal's own (the first seal seen of a laptop pins its key).
  So a laptop can relay another's entries but cannot make them up, change them, or leave out the middle.
- Entries claiming to be this laptop's are refused: this laptop holds all of its own.

What is refused is logged once per laptop and reason (not per entry) in the conflict log.
"""

from __future__ import annotations

import json
import uuid

from dvc.exchange import ownership as own
from dvc.exchange.codec import RowError
from dvc.exchange.keys import unb64, verify
from dvc.exchange.merge_result import Conflict
from dvc.exchange.reader import parse_row
from dvc.exchange.table_merge import TableMerge
from dvc.store.audit_chain import COLUMNS, EMPTY_CONTENT, SEAL, content_hash, head, row_hash, seal_message


class AuditMerge(TableMerge):
    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.pending: dict[str, list[dict]] = {}
        self.wanted = ", ".join(COLUMNS)

    def apply(self, batch: list[tuple[int, bytes]]) -> None:
        if not batch:
            return
        heads = self._heads(batch)
        self._note_seen([h[4] for h in heads])
        entries = []
        for line, text, obj, rid, stamp in heads:
            # Every entry is read, even one whose stamp is here already: its content is what must not differ.
            parsed = parse_row(self.table, line, text) if obj is None else obj
            try:
                raw = self.decode(parsed)
            except RowError as exc:
                self._refuse_unreadable(rid, stamp, parsed, str(exc), present=False)
                continue
            entries.append(dict(zip(self.columns, self._full_row(raw))))
        ids = [e["id"] for e in entries]
        stored = {r[0]: dict(zip(COLUMNS, r)) for r in self._select(self.wanted, ids)} if ids else {}
        for entry in entries:
            held = stored.get(entry["id"])
            if held is None:
                self.pending.setdefault(entry["device_id"] or "", []).append(entry)
            elif _same_entry(entry, held):
                self.counts.unchanged += 1
            else:
                self._refuse_group([entry], own.AUDIT_CHANGED)

    def finish(self) -> None:
        own_device = self.ctx.clock.node if self.ctx.clock is not None else ""
        for device, entries in sorted(self.pending.items()):
            if not device or any(e["seq"] is None for e in entries):
                self._refuse_group(entries, own.AUDIT_CHAIN, "no chain")
            elif device == own_device:
                self._refuse_group(entries, own.AUDIT_OURS)
            else:
                self._take_chain(device, sorted(entries, key=lambda e: e["seq"]))
        self.pending = {}

    def _take_chain(self, device: str, entries: list[dict]) -> None:
        seq, prev = head(self.conn, device)
        linked = []
        for entry in entries:
            if entry["seq"] != seq + 1 or entry["prev_hash"] != prev or row_hash(entry) != entry["row_hash"]:
                break
            if (entry["before"] is not None or entry["after"] is not None) and entry["content_hash"] != content_hash(
                    entry["before"], entry["after"]):
                break
            linked.append(entry)
            seq, prev = entry["seq"], entry["row_hash"]
        sealed = self._sealed_prefix(device, linked)
        if sealed:
            self.conn.executemany(self.insert_sql, [[e[c] for c in self.columns] for e in sealed])
            self._record_sources([e["id"] for e in sealed], {e["id"]: e["updated_at"] for e in sealed})
            self.counts.new += len(sealed)
            self.touched = True
        if len(sealed) < len(entries):
            self._refuse_group(entries[len(sealed):], own.AUDIT_CHAIN,
                               "seal" if len(linked) == len(entries) else "link")

    def _sealed_prefix(self, device: str, linked: list[dict]) -> list[dict]:
        """The entries up to the last seal that the laptop's key proves."""
        expected = self.ctx.trusted_keys.get(device) or self._pinned_key(device)
        for end in range(len(linked) - 1, -1, -1):
            entry = linked[end]
            if entry["action"] != SEAL:
                continue
            seal = _json(entry["after"])
            key = seal.get("key", "")
            try:
                proves = (seal.get("seq") == entry["seq"] - 1 and seal.get("hash") == entry["prev_hash"]
                          and (not expected or key == expected)
                          and verify(key, unb64(seal.get("signature", "")),
                                     seal_message(device, entry["seq"] - 1, entry["prev_hash"])))
            except (ValueError, TypeError):
                proves = False
            if proves:
                return linked[:end + 1]
        return []

    def _pinned_key(self, device: str) -> str:
        row = self.conn.execute("SELECT after FROM audit_event WHERE device_id = ? AND action = ? "
                                "ORDER BY seq DESC LIMIT 1", (device, SEAL)).fetchone()
        return _json(row[0]).get("key", "") if row else ""

    def _refuse_group(self, entries: list[dict], reason: str, detail: str = "") -> None:
        first = entries[0]
        self.counts.refused += len(entries)
        seqs = [e["seq"] for e in entries if e["seq"] is not None]
        self.result.conflicts.append(Conflict(
            table=self.table, record_id=uuid.UUID(hex=first["id"]),
            label=str(first["device_number"] or ""), winner="local", winner_stamp="",
            loser_stamp=first["updated_at"], winner_data={},
            loser_data={"device_id": first["device_id"], "device_number": first["device_number"],
                        "first_seq": min(seqs) if seqs else None, "last_seq": max(seqs) if seqs else None,
                        "entries": len(entries)},
            reason=reason, detail=detail))


def _same_entry(incoming: dict, held: dict) -> bool:
    if held["seq"] is not None:
        return incoming["row_hash"] == held["row_hash"] and row_hash(incoming) == held["row_hash"]
    # Written before the chain: every column, values too (unless emptied on one side).
    plain = [c for c in COLUMNS if c not in ("before", "after")]
    if any(incoming[c] != held[c] for c in plain if c != "deleted") or bool(incoming["deleted"]) != bool(held["deleted"]):
        return False
    values = [content_hash(x["before"], x["after"]) for x in (incoming, held)]
    return values[0] == values[1] or EMPTY_CONTENT in values


def _json(raw: object) -> dict:
    try:
        value = json.loads(raw) if isinstance(raw, (str, bytes)) else raw
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
