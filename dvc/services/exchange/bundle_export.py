"""Writing a bundle for a peer council (or for our own other laptops)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlmodel import select

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.exchange import policy, sealing
from dvc.exchange.export import ExportPlan, Progress, Source, write_bundle
from dvc.services.exchange.figures import refresh_own_figures
from dvc.services.exchange.identity import ensure_keys
from dvc.services.core.workspace import Workspace
from dvc.store import migrate
from dvc.store.tables import ExchangeBundle, Peer

EXPORT = "export"
IMPORT = "import"


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    bundle_id: uuid.UUID
    peer: str
    scope: str
    full: bool
    encrypted: bool
    counts: dict[str, int]

    @property
    def rows(self) -> int:
        return sum(self.counts.values())

    def as_dict(self) -> dict:
        return {"path": str(self.path), "bundle_id": str(self.bundle_id), "peer": self.peer, "scope": self.scope,
                "full": self.full, "encrypted": self.encrypted, "rows": self.rows, "counts": self.counts}


def scope_for(ws: Workspace, council: str) -> str:
    return policy.SCOPE_COUNCIL if council == ws.identity.council_code else policy.SCOPE_BLOCK


def export_bundle(ws: Workspace, *, peer: str, out: Path, full: bool = False, encrypt: bool = True,
                  progress: Progress | None = None) -> ExportSummary:
    """Everything for ``peer`` changed since the last bundle for it (all of it with ``full`` or the first time)."""
    peer = peer.strip().lower()
    keys = ensure_keys(ws)
    own_device = uuid.UUID(ws.identity.device_id).hex
    with ws.session() as s:
        peers = s.exec(select(Peer).where(Peer.council_code == peer, Peer.deleted == False,  # noqa: E712
                                          Peer.device_id != own_device)).all()
        last = s.exec(select(ExchangeBundle).where(ExchangeBundle.direction == EXPORT,
                                                   ExchangeBundle.peer_council == peer)
                      .order_by(ExchangeBundle.at.desc())).first()
        seen = _seen(s)
    if not peers:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "No laptop of '{peer}' is trusted yet. Trust its identity file first (dvc exchange trust)."),
            peer=peer)
    if not out.parent.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("errors", "The folder {path} does not exist."), path=str(out.parent))
    refresh_own_figures(ws)
    # A bundle is for every laptop of the council; one trusted since the last bundle has seen none of it.
    incremental = last is not None and not full and all(p.trusted_at <= last.at for p in peers)
    started = datetime.now(timezone.utc)  # rows received after this go in the next incremental bundle
    watermark = str(ws.db.clock.now())
    if scope_for(ws, peer) == policy.SCOPE_COUNCIL:
        # After the watermark: an entry written between the seal and the reading goes again next time, sealed.
        from dvc.services.exchange.audit_seal import seal_chain

        seal_chain(ws)
    seen[ws.db.clock.node] = watermark
    plan = ExportPlan(
        scope=scope_for(ws, peer), peer_council=peer,
        since=last.watermark if incremental else "", since_at=last.at if incremental else None,
        recipients=tuple(sealing.Recipient(p.device_id, p.encryption_key) for p in peers) if encrypt else (),
        seen=seen, schema=migrate.SCHEMA_HEAD,
    )
    ident = ws.identity
    source = Source(council=ident.council_code, short=ident.council_short, name=ident.council_name,
                    device_id=own_device, device_number=ident.device_number, drill=ident.drill)
    with ws.session() as s:
        conn = s.connection().connection.driver_connection
        try:
            result = write_bundle(conn, out, source=source, keys=keys, plan=plan, progress=progress)
        except OSError as exc:
            raise UserError(QT_TRANSLATE_NOOP("errors", "Could not write {path}: {reason}"),
                            path=str(out), reason=exc.strerror or str(exc)) from None
        finally:
            s.rollback()
    with ws.transaction() as s:
        s.add(ExchangeBundle(
            bundle_id=result.bundle_id, direction=EXPORT, peer_council=peer, source_device_id=own_device,
            created_at=result.created_at, at=started, full=not incremental, encrypted=result.encrypted, since=plan.since,
            watermark=watermark, rows=result.rows, counts={"tables": result.counts}, file_name=out.name,
            operator_name=ws.operator,
        ))
    return ExportSummary(path=out, bundle_id=result.bundle_id, peer=peer, scope=plan.scope, full=not incremental,
                         encrypted=result.encrypted, counts=result.counts)


def _seen(s) -> dict[str, str]:  # noqa: ANN001
    """The newest stamp received from each laptop, so the receiver can tell our news from old news."""
    seen: dict[str, str] = {}
    for counts in s.exec(select(ExchangeBundle.counts).where(ExchangeBundle.direction == IMPORT)).all():
        for node, stamp in (counts or {}).get("seen", {}).items():
            if stamp > seen.get(node, ""):
                seen[node] = stamp
    return seen


@dataclass(frozen=True)
class BundleLogRow:
    bundle_id: uuid.UUID
    direction: str
    peer_council: str
    at: datetime
    full: bool
    encrypted: bool
    rows: int
    file_name: str
    operator_name: str


def bundle_log(ws: Workspace, *, limit: int = 200) -> list[BundleLogRow]:
    with ws.session() as s:
        rows = s.exec(select(ExchangeBundle).order_by(ExchangeBundle.at.desc()).limit(limit)).all()
        return [BundleLogRow(r.bundle_id, r.direction, r.peer_council, r.at, r.full, r.encrypted, r.rows,
                             r.file_name, r.operator_name) for r in rows]
