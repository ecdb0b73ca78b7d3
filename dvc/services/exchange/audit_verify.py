"""Checking the audit trail (`dvc audit verify`, the 総務 screen): is every laptop's chain whole?

For each laptop whose entries are here: every entry in its place (no gap: an entry removed), every link and
hash as written (no entry changed or slipped in), every value still matching its hash (or emptied by the
purge), and — for another laptop's entries — all of them covered by a seal its key proves. For this laptop's
own entries also: every record they say was created is still here (a row deleted straight from the file
leaves its insert entry behind).

What it cannot see, said plainly in the manual: someone who has the file, knows dvc's internals and rewrites
this laptop's whole chain after the last bundle it sent (the copies on the other laptops still show the
truth up to their last import), and entries written before the chain existed (counted apart).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timezone

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.exchange.keys import unb64, verify
from dvc.services.core.workspace import Workspace
from dvc.services.exchange.identity import ensure_keys, trusted_lookup
from dvc.store.audit_chain import SEAL, ChainBreak, chained_devices, check_chain, seal_message, unchained_count
from dvc.store.tables import SYNCED_TABLES

KEY_OWN, KEY_TRUSTED, KEY_PINNED, KEY_NONE = "own", "trusted", "first_seal", "none"


@dataclass
class LaptopChain:
    device_id: str
    device_number: int | None
    own: bool
    entries: int
    head_seq: int
    sealed_to: int  # the place up to which a seal its key proves covers the chain
    key: str  # KEY_* : whose key the seals were checked with
    redacted: int
    breaks: list[ChainBreak] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.breaks


@dataclass
class Verification:
    checked_at: datetime
    chains: list[LaptopChain]
    unchained: int  # entries from before the chain (or from a laptop with an older dvc)
    missing: dict[str, int]  # table -> records this laptop created that are gone from the file

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.chains) and not self.missing

    @property
    def entries(self) -> int:
        return sum(c.entries for c in self.chains) + self.unchained

    def as_dict(self) -> dict:
        return {
            "ok": self.ok, "checked_at": self.checked_at.isoformat(), "entries": self.entries,
            "unchained": self.unchained, "missing_records": self.missing,
            "laptops": [{"device_id": c.device_id, "device": c.device_number, "this_laptop": c.own,
                         "entries": c.entries, "head": c.head_seq, "sealed_to": c.sealed_to, "key": c.key,
                         "redacted": c.redacted, "ok": c.ok,
                         "problems": [{"seq": b.seq, "problem": b.problem} for b in c.breaks]} for c in self.chains],
        }


def audit_entries(ws: Workspace) -> int:
    with ws.session() as s:
        return s.connection().connection.driver_connection.execute("SELECT count(*) FROM audit_event").fetchone()[0]


def verify_audit(ws: Workspace) -> Verification:
    own_node = ws.db.clock.node
    own_key = ensure_keys(ws).public_signing()
    trusted = {device: key.signing_key for device, key in trusted_lookup(ws).items()}
    with ws.session() as s:
        conn = s.connection().connection.driver_connection
        devices = chained_devices(conn)
        if own_node not in devices:
            devices.append(own_node)
        chains = [_laptop(conn, d, own=d == own_node, key=own_key if d == own_node else trusted.get(d, ""))
                  for d in devices]
        missing = _missing_records(conn, own_node)
        unchained = unchained_count(conn)
    return Verification(datetime.now(timezone.utc), chains, unchained, missing)


def _laptop(conn: sqlite3.Connection, device: str, *, own: bool, key: str) -> LaptopChain:
    report = check_chain(conn, device)
    number = conn.execute("SELECT device_number FROM audit_event WHERE device_id = ? AND device_number IS NOT NULL "
                          "ORDER BY seq DESC LIMIT 1", (device,)).fetchone()
    seals = conn.execute("SELECT seq, prev_hash, after FROM audit_event WHERE device_id = ? AND action = ? "
                         "ORDER BY seq", (device, SEAL)).fetchall()
    kind = KEY_OWN if own else KEY_TRUSTED if key else KEY_NONE
    if not key and seals:
        key, kind = _seal(seals[0][2]).get("key", ""), KEY_PINNED  # the first seal of a laptop pins its key
    sealed_to = 0
    for seq, prev_hash, after in seals:
        seal = _seal(after)
        try:
            good = (seal.get("key") == key and seal.get("seq") == seq - 1 and seal.get("hash") == prev_hash
                    and verify(key, unb64(seal.get("signature", "")), seal_message(device, seq - 1, prev_hash)))
        except (ValueError, TypeError):
            good = False
        if good:
            sealed_to = seq
        else:
            report.breaks.append(ChainBreak(device, seq, "seal"))
    if not own and report.head_seq > sealed_to:
        report.breaks.append(ChainBreak(device, sealed_to + 1, "unsealed"))
    return LaptopChain(device_id=device, device_number=number[0] if number else None, own=own,
                       entries=report.entries, head_seq=report.head_seq, sealed_to=sealed_to, key=kind,
                       redacted=report.redacted, breaks=report.breaks)


def _missing_records(conn: sqlite3.Connection, device: str) -> dict[str, int]:
    missing = {}
    # dvc never removes a row (a deletion is a tombstone), so a created record that is gone was taken out by hand.
    for table in sorted({t.__tablename__ for t in SYNCED_TABLES} - {"audit_event", "code_counter"}):
        count = conn.execute(
            f'SELECT count(*) FROM audit_event a WHERE a.device_id = ? AND a.table_name = ? AND a.action = ? '
            f'AND NOT EXISTS (SELECT 1 FROM "{table}" t WHERE t.id = a.record_id)', (device, table, "insert")).fetchone()[0]
        if count:
            missing[table] = count
    return missing


def _seal(after: object) -> dict:
    try:
        value = json.loads(after) if isinstance(after, str) else after
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


_PROBLEMS = {
    "gap": QT_TRANSLATE_NOOP("errors", "Laptop {device}: entry {seq} of the change log is missing (removed from the "
                                       "file?)."),
    "link": QT_TRANSLATE_NOOP("errors", "Laptop {device}: an entry was slipped in or replaced at place {seq}."),
    "hash": QT_TRANSLATE_NOOP("errors", "Laptop {device}: entry {seq} of the change log was changed after it was "
                                        "written."),
    "content": QT_TRANSLATE_NOOP("errors", "Laptop {device}: the before/after values of entry {seq} were changed."),
    "seal": QT_TRANSLATE_NOOP("errors", "Laptop {device}: the seal at place {seq} is not signed by that laptop's key."),
    "unsealed": QT_TRANSLATE_NOOP("errors", "Laptop {device}: entries from place {seq} on are not covered by a seal "
                                            "of that laptop."),
}
_MISSING = QT_TRANSLATE_NOOP("errors", "{table}: {count} records created on this laptop are gone from the file "
                                       "(removed outside dvc).")


def problems(result: Verification) -> list[UserError]:
    """What is wrong, one message each (empty when the trail is whole)."""
    from dvc.domain.messages import Term
    from dvc.domain.record_labels import TABLES

    out = []
    for chain in result.chains:
        device = chain.device_number if chain.device_number is not None else chain.device_id[:8]
        out += [UserError(_PROBLEMS[b.problem], device=device, seq=b.seq) for b in chain.breaks]
    for table, count in result.missing.items():
        out.append(UserError(_MISSING, table=Term("exchange", TABLES[table]) if table in TABLES else table,
                             count=count))
    return out
