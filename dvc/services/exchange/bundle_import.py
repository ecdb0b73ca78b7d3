"""Importing a bundle: check it, preview what it would change, apply it in one transaction."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from sqlmodel import select

from dvc.exchange.merge import Conflict, MergeContext, MergeResult, Progress, TableCounts, merge
from dvc.exchange.reader import Receiver, open_bundle
from dvc.services.apart.watch import CheckResult, check_in_transaction
from dvc.services.exchange.bundle_export import IMPORT, scope_for
from dvc.services.exchange.identity import ensure_keys, trusted_lookup
from dvc.services.exchange.unprintable import unprintable_codes
from dvc.services.safekeeping.backup import make_backup
from dvc.services.core.workspace import Workspace
from dvc.store.tables import ExchangeBundle, ExchangeConflict, Peer

SHOWN_CONFLICTS = 200


@dataclass
class ImportSummary:
    path: Path
    bundle_id: uuid.UUID
    source_council: str
    source_name: str
    source_device: int
    created_at: datetime
    scope: str
    encrypted: bool
    full: bool
    dry_run: bool
    already_imported: bool
    tables: dict[str, TableCounts] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    # What the laptops did apart that a desk must now decide (services/apart): opened by this bundle, and all
    # still open per desk afterwards. For the preview: what it would open.
    apart: CheckResult = field(default_factory=CheckResult)
    # Codes of the records written whose name has a character the printed forms cannot show (printed as 〓).
    unprintable: list[str] = field(default_factory=list)

    def totals(self) -> TableCounts:
        total = TableCounts()
        for c in self.tables.values():
            total.new += c.new
            total.updated += c.updated
            total.unchanged += c.unchanged
            total.conflicts += c.conflicts
            total.refused += c.refused
        return total

    @property
    def refusals(self) -> list[Conflict]:
        """The records refused (not applied), each with its reason; the rest of the bundle was applied."""
        return [c for c in self.conflicts if c.reason]

    def as_dict(self) -> dict:
        return {
            "path": str(self.path), "bundle_id": str(self.bundle_id),
            "source": {"council": self.source_council, "name": self.source_name, "device": self.source_device},
            "created_at": self.created_at.isoformat(), "scope": self.scope, "encrypted": self.encrypted,
            "full": self.full, "dry_run": self.dry_run, "already_imported": self.already_imported,
            "tables": {t: c.as_dict() for t, c in self.tables.items()}, "totals": self.totals().as_dict(),
            "conflicts": [{"table": c.table, "id": str(c.record_id), "code": c.label, "winner": c.winner,
                           "differences": [{"field": f, "local": a, "incoming": b} for f, a, b in c.differences()]}
                          for c in self.conflicts if not c.reason][:SHOWN_CONFLICTS],
            "refused": [{"table": c.table, "id": str(c.record_id), "code": c.label, "reason": c.reason,
                         "field": c.detail} for c in self.refusals][:SHOWN_CONFLICTS],
            "unprintable_names": {"count": len(self.unprintable), "codes": self.unprintable[:SHOWN_CONFLICTS]},
            "apart": {"opened": len(self.apart.opened), "open_by_desk": dict(sorted(self.apart.open_by_desk.items()))},
        }


def import_bundle(ws: Workspace, *, path: Path, dry_run: bool = False,
                  progress: Progress | None = None) -> ImportSummary:
    """Merge the bundle at ``path``; with ``dry_run`` the same work is done and rolled back (the preview)."""
    keys = ensure_keys(ws)
    trusted = trusted_lookup(ws)
    receiver = Receiver(council=ws.identity.council_code, device_id=uuid.UUID(ws.identity.device_id).hex,
                        drill=ws.identity.drill, encryption_key=keys.encryption, trusted=trusted.get)
    with open_bundle(Path(path), receiver) as bundle:
        m = bundle.manifest
        scope = scope_for(ws, m.source_council)
        with ws.session() as s:
            already = s.exec(select(ExchangeBundle.id).where(ExchangeBundle.bundle_id == m.bundle_id,
                                                             ExchangeBundle.direction == IMPORT)).first() is not None
            conn = s.connection().connection.driver_connection
            try:
                if not conn.in_transaction:
                    conn.execute("BEGIN IMMEDIATE")
                sender = s.exec(select(Peer).where(Peer.device_id == m.source_device_id,
                                                   Peer.deleted == False)).first()  # noqa: E712
                ctx = MergeContext(
                    self_council=ws.identity.council_code, scope=scope, bundle_id=m.bundle_id,
                    source_council=m.source_council, source_device_number=m.source_device_number,
                    sender_seen=m.seen, imported_at=datetime.now(timezone.utc), stamp=str(ws.db.clock.now()),
                    clock=ws.db.clock, source_short=sender.council_short if sender else "",
                    source_device_id=m.source_device_id, device_number=ws.identity.device_number,
                    operator_name=ws.operator, operator_id=ws.operator_id,
                    trusted_keys={device: key.signing_key for device, key in trusted.items()},
                )
                result = merge(conn, bundle, ctx, progress)
                fresh = _unlogged(conn, result.conflicts)
                unprintable = unprintable_codes(conn, ctx)
                # In the same transaction: a merge is never committed without the desks being told what it broke.
                apart = check_in_transaction(s, keep=not dry_run)
                if dry_run or (already and not result.changed and not fresh):
                    s.rollback()
                else:
                    # A copy before anything is committed: a bundle that should not have been taken can be undone
                    # with `dvc restore`. Made from a second connection, which in WAL mode reads the last committed
                    # state (the one before this bundle) while this transaction is open; a bundle that changes
                    # nothing (a repeat, the preview) leaves nothing to undo and costs no copy of the whole file.
                    make_backup(ws, reason="before-import")
                    _log(ws, s, m, result, path, fresh)
                    s.commit()
            except BaseException:
                s.rollback()
                raise
    if not dry_run and result.max_stamp:
        ws.db.clock.observe(result.max_stamp)
    return ImportSummary(
        path=Path(path), bundle_id=m.bundle_id, source_council=m.source_council, source_name=m.source_name,
        source_device=m.source_device_number, created_at=m.created_at, scope=scope,
        encrypted=m.encryption is not None, full=m.full, dry_run=dry_run, already_imported=already,
        tables=result.tables, conflicts=result.conflicts, apart=apart,
        unprintable=unprintable,
    )


def _unlogged(conn, conflicts: list[Conflict]) -> list[Conflict]:  # noqa: ANN001
    """The conflicts and refusals not in the log yet (a bundle imported again refuses the same records again)."""
    fresh = []
    for c in conflicts:
        if not c.reason:
            fresh.append(c)  # the merge already left out the conflicts it had logged
        elif conn.execute("SELECT 1 FROM exchange_conflict WHERE record_id = ? AND loser_stamp = ? AND reason = ?",
                          (c.record_id.hex, c.loser_stamp, c.reason)).fetchone() is None:
            fresh.append(c)
    return fresh


def _log(ws: Workspace, s, m, result: MergeResult, path: Path, conflicts: list[Conflict]) -> None:  # noqa: ANN001
    s.add(ExchangeBundle(
        bundle_id=m.bundle_id, direction=IMPORT, peer_council=m.source_council, source_device_id=m.source_device_id,
        created_at=m.created_at, full=m.full, encrypted=m.encryption is not None,
        rows=sum(c.new + c.updated + c.unchanged + c.conflicts for c in result.tables.values()),
        counts={"tables": {t: c.as_dict() for t, c in result.tables.items()}, "seen": result.seen},
        file_name=Path(path).name, operator_name=ws.operator,
    ))
    for c in conflicts:
        s.add(ExchangeConflict(
            bundle_id=m.bundle_id, table_name=c.table, record_id=c.record_id, winner=c.winner,
            winner_stamp=c.winner_stamp, loser_stamp=c.loser_stamp, winner_data=c.winner_data,
            loser_data=c.loser_data, reason=c.reason, detail=c.detail,
        ))
    s.flush()

