"""Reviewing the versions that lost a merge, reversing an outcome, and where a record came from."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlmodel import select

from dvc.domain.codes import CodeError, parse_code
from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.exchange import policy, refusals
from dvc.exchange.merge import Conflict
from dvc.services.core.workspace import Workspace
from dvc.store.tables import ExchangeConflict, RecordSource

_KIND_TABLES = {"V": "volunteer", "G": "volunteer_group", "N": "need", "T": "team", "E": "equipment"}


@dataclass(frozen=True)
class ConflictRow:
    id: uuid.UUID
    table: str
    record_id: uuid.UUID
    label: str
    at: datetime
    winner: str
    differences: list[tuple[str, object, object]]  # (field, kept value, other value)
    reversed_at: datetime | None
    reversed_by: str
    reason: str = ""  # a refused version (dvc/exchange/ownership.py): shown with its reason, never reversed
    detail: str = ""


def list_conflicts(ws: Workspace, *, limit: int = 500) -> list[ConflictRow]:
    with ws.session() as s:
        rows = s.exec(select(ExchangeConflict).order_by(ExchangeConflict.at.desc()).limit(limit)).all()
        return [_row(c) for c in rows]


def _row(c: ExchangeConflict) -> ConflictRow:
    kept, other = c.winner_data, c.loser_data
    diffs = [(k, kept.get(k), other.get(k)) for k in sorted(set(kept) | set(other))
             if k != "updated_at" and kept.get(k) != other.get(k)]
    label = str(kept.get("code") or other.get("code") or "")
    return ConflictRow(id=c.id, table=c.table_name, record_id=c.record_id, label=label, at=c.at, winner=c.winner,
                       differences=diffs, reversed_at=c.reversed_at, reversed_by=c.reversed_by, reason=c.reason,
                       detail=c.detail)


def reverse_conflict(ws: Workspace, *, conflict_id: uuid.UUID) -> ConflictRow:
    """Make the version that lost the current one, as a new change here (so it travels on like any edit)."""
    from dvc.services.staff.permissions import REVERSE_CONFLICT, require

    require(ws, REVERSE_CONFLICT)
    with ws.transaction() as s:
        c = s.get(ExchangeConflict, conflict_id)
        if c is None:
            raise UserError(QT_TRANSLATE_NOOP("errors", "There is no such conflict."))
        if c.reversed_at is not None:
            raise UserError(QT_TRANSLATE_NOOP("errors", "This conflict was already reversed."))
        if c.reason:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "This version was refused, not outvoted: it cannot be put back. If the change is right, "
                          "make it on the record itself."))
        conn = s.connection().connection.driver_connection
        current = conn.execute(f'SELECT updated_at FROM "{c.table_name}" WHERE id = ?', (c.record_id.hex,)).fetchone()
        if current is None or current[0] != c.winner_stamp:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "The record was changed again after this conflict; reversing now would undo that later "
                          "change. Edit the record itself instead."))
        codec = policy.codec(c.table_name)
        fields = [f for f in c.loser_data if f in codec.columns and f not in ("id", "updated_at")]
        values = codec.decode(c.loser_data, fields)
        stamp = str(ws.db.clock.now())
        sets = ", ".join(f'"{f}" = ?' for f in fields)
        conn.execute(f'UPDATE "{c.table_name}" SET {sets}, updated_at = ? WHERE id = ?',
                     [*values, stamp, c.record_id.hex])
        c.reversed_at = datetime.now(timezone.utc)
        c.reversed_by = ws.operator
        s.add(c)
        s.flush()
        return _row(c)


@dataclass(frozen=True)
class Provenance:
    table: str
    record_id: uuid.UUID
    origin: str
    imported_at: datetime | None
    bundle_id: uuid.UUID | None
    source_council: str
    source_device: int
    changed_here_since: bool


def record_provenance(ws: Workspace, *, table: str, record_id: uuid.UUID) -> Provenance | None:
    """Where a record came from: the council that made it and, if it came in a bundle, which and when."""
    if policy.rule(policy.SCOPE_COUNCIL, table) is None:
        return None
    with ws.session() as s:
        conn = s.connection().connection.driver_connection
        row = conn.execute(f'SELECT origin, updated_at FROM "{table}" WHERE id = ?', (record_id.hex,)).fetchone()
        if row is None:
            return None
        src = s.exec(select(RecordSource).where(RecordSource.table_name == table,
                                                RecordSource.record_id == record_id)).first()
    return Provenance(table=table, record_id=record_id, origin=row[0], imported_at=src.imported_at if src else None,
                      bundle_id=src.bundle_id if src else None, source_council=src.source_council if src else "",
                      source_device=src.source_device_number if src else 0,
                      changed_here_since=bool(src) and src.stamp != row[1])


def provenance_by_code(ws: Workspace, *, code: str) -> Provenance:
    """The provenance of the volunteer, group, need, team or equipment with this printed code."""
    try:
        parsed = parse_code(code)
    except CodeError:
        raise UserError(QT_TRANSLATE_NOOP("errors", "'{code}' is not a record code."), code=code) from None
    table = _KIND_TABLES.get(parsed.kind)
    if table is None:
        raise UserError(QT_TRANSLATE_NOOP("errors", "'{code}' is not a record code."), code=code)
    with ws.session() as s:
        conn = s.connection().connection.driver_connection
        found = conn.execute(f'SELECT id FROM "{table}" WHERE code = ?', (str(parsed),)).fetchone()
    if found is None:
        raise UserError(QT_TRANSLATE_NOOP("errors", "No record has the code {code}."), code=str(parsed))
    result = record_provenance(ws, table=table, record_id=uuid.UUID(hex=found[0]))
    assert result is not None
    return result


def refusal_text(c: "Conflict | ConflictRow", translate) -> str:  # noqa: ANN001
    """One refused record in words: its code (or the start of its id), its table, why."""
    table = c.table
    label = c.label or str(c.record_id)[:8]
    return refusals.refused_record(c.reason, table=table, record=label, field=c.detail).message(translate)
