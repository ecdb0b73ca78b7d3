"""Writing a bundle: the rows chosen by the policy, streamed table by table into the zip, then the signed manifest."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from dvc.exchange import policy, sealing
from dvc.exchange.container import BundleWriter
from dvc.exchange.keys import PrivateKeys, b64
from dvc.exchange.sink import MemberSink
from dvc.exchange.manifest import FORMAT, FORMAT_MAJOR, FORMAT_MINOR, MANIFEST_NAME, SIGNATURE_NAME, dumps

Progress = Callable[[int, int], None]
BATCH = 2000
TAIL = " /* rows */ "  # marks where the column list ends (columns hold sub-selects of their own)
_KEEP_ON_WITHDRAWAL = {"id", "origin", "updated_at", "deleted", "code", "registered_at"}


@dataclass(frozen=True)
class Source:
    council: str
    short: str
    name: str
    device_id: str
    device_number: int
    drill: bool


@dataclass(frozen=True)
class ExportPlan:
    scope: str  # policy.SCOPE_COUNCIL or policy.SCOPE_BLOCK
    peer_council: str
    since: str = ""  # "": everything (a full bundle)
    since_at: datetime | None = None  # rows imported here after this also travel
    recipients: tuple[sealing.Recipient, ...] = ()  # empty: not encrypted
    seen: dict[str, str] = field(default_factory=dict)
    schema: str = ""


@dataclass
class ExportResult:
    bundle_id: uuid.UUID
    created_at: datetime
    counts: dict[str, int]
    encrypted: bool

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def write_bundle(conn: sqlite3.Connection, out: Path, *, source: Source, keys: PrivateKeys, plan: ExportPlan,
                 progress: Progress | None = None) -> ExportResult:
    """Write the bundle to ``out`` (atomically: a half-written file never appears under that name)."""
    bundle_id = uuid.uuid4()
    created_at = datetime.now(timezone.utc)
    params = {"since": plan.since, "since_at": _raw_time(plan.since_at), "peer": plan.peer_council,
              "self": source.council, "node": source.device_id}
    queries = [(t, *_queries(plan, t)) for t in policy.shared_tables() if policy.rule(plan.scope, t) is not None]
    total = sum(conn.execute(_count(q), params).fetchone()[0] + (conn.execute(_count(w), params).fetchone()[0] if w else 0)
                for _t, q, w in queries)
    content_key = sealing.new_content_key() if plan.recipients else None
    writer = BundleWriter(out)
    members, counts, done = [], {}, 0
    try:
        for table, query, withdrawn in queries:
            fields = policy.fields_for(plan.scope, table)
            name = f"data/{table}.ndjson" + (".enc" if content_key else "")
            sealer = (sealing.FrameSealer(sealing.member_key(content_key, bundle_id.bytes, name), name)
                      if content_key else None)
            rows = 0
            with writer.open_member(name, compress=content_key is None) as fh:
                sink = MemberSink(fh, sealer)
                try:
                    for sql, blank in ((query, False), (withdrawn, True)):
                        if not sql:
                            continue
                        cursor = conn.execute(sql, params)
                        while batch := cursor.fetchmany(BATCH):
                            if blank:
                                lines = "".join(json.dumps(_blanked(json.loads(r[0]), table), ensure_ascii=False,
                                                           separators=(",", ":")) + "\n" for r in batch)
                            else:
                                lines = "\n".join(r[0] for r in batch) + "\n"
                            sink.put(lines.encode("utf-8"))
                            rows += len(batch)
                            done += len(batch)
                            if progress is not None:
                                progress(done, total)
                finally:
                    sha256 = sink.close()
            counts[table] = rows
            members.append({"name": name, "table": table, "rows": rows, "fields": fields, "sha256": sha256})
        manifest = _manifest(bundle_id, created_at, source, keys, plan, members, content_key)
        data = dumps(manifest)
        writer.write_small(MANIFEST_NAME, data)
        writer.write_small(SIGNATURE_NAME, (b64(keys.signing.sign(data)) + "\n").encode("ascii"))
        writer.commit()
    except BaseException:
        writer.abort()
        raise
    if progress is not None:
        progress(total, total)
    return ExportResult(bundle_id=bundle_id, created_at=created_at, counts=counts, encrypted=content_key is not None)


def _manifest(bundle_id: uuid.UUID, created_at: datetime, source: Source, keys: PrivateKeys, plan: ExportPlan,
              members: list[dict], content_key: bytes | None) -> dict:
    encryption = (sealing.wrap_content_key(content_key, bundle_id.bytes, plan.recipients) if content_key else None)
    return {
        "format": FORMAT, "format_version": f"{FORMAT_MAJOR}.{FORMAT_MINOR}",
        "bundle_id": str(bundle_id), "created_at": created_at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "source": {"council": source.council, "short": source.short, "name": source.name,
                   "device_id": source.device_id, "device_number": source.device_number,
                   "signing_key": keys.public_signing(), "encryption_key": keys.public_encryption(),
                   "drill": source.drill},
        "recipient": {"council": plan.peer_council, "scope": plan.scope},
        "schema": plan.schema, "full": not plan.since, "since": plan.since, "seen": plan.seen,
        "encryption": encryption, "members": members,
    }


def _queries(plan: ExportPlan, table: str) -> tuple[str, str]:
    """The SELECT of the rows that travel and, for consent tables, of the withdrawn rows (or "")."""
    r = policy.rule(plan.scope, table)
    assert r is not None
    fields = policy.fields_for(plan.scope, table)
    columns = policy.codec(table).json_sql(fields, r.expressions)
    changed = _changed(table)
    if plan.since and r.parent:
        column, parent = r.parent
        changed = f'({changed} OR "{column}" IN (SELECT id FROM "{parent}" WHERE {_changed(parent)}))'
    window = f" AND {changed}" if plan.since else ""
    query = f'SELECT {columns}{TAIL}FROM "{table}" WHERE ({r.where}){window}'
    withdrawn = ""
    if r.consent and plan.since:
        # Only in incremental bundles: a full bundle goes to a peer that holds nothing of ours yet.
        # Only our own people: another council's withdrawals are theirs to send.
        withdrawn = f'SELECT {columns}{TAIL}FROM "{table}" WHERE "{r.consent}" = 0 AND origin = :self{window}'
    return query, withdrawn


def _count(query: str) -> str:
    """The same rows counted, without building their JSON."""
    return "SELECT count(*) " + query[query.index(TAIL) + len(TAIL):]


def _changed(table: str) -> str:
    """Rows changed here, or received here, after the previous bundle for this peer."""
    return (f"(updated_at > :since OR id IN (SELECT record_id FROM record_source "
            f"WHERE table_name = '{table}' AND imported_at > :since_at))")


def _blanked(row: dict, table: str) -> dict:
    """A withdrawn row: what identifies it and the consent flag, every personal value emptied."""
    out = {}
    for key, value in row.items():
        if key in _KEEP_ON_WITHDRAWAL or isinstance(value, bool):
            out[key] = False if isinstance(value, bool) and key != "deleted" else value
        elif isinstance(value, str):
            out[key] = ""
        elif isinstance(value, list):
            out[key] = []
        elif isinstance(value, dict):
            out[key] = {}
        else:
            out[key] = None if policy.codec(table).columns[key].nullable else 0
    return out


def _raw_time(at: datetime | None) -> str:
    return at.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f") if at else ""
