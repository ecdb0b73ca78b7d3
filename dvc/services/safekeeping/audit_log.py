"""Reading the audit trail (it is written by the store on every change and never edited)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, or_
from sqlmodel import select

from dvc.domain.timeutil import TOKYO
from dvc.services.core.workspace import Workspace
from dvc.store.tables import AuditEvent


@dataclass(frozen=True)
class AuditFilter:
    table: str = ""
    operator: str = ""
    day: date | None = None  # a Tokyo calendar day
    record_id: uuid.UUID | None = None  # fast with table: the trail is indexed by (table_name, record_id)


@dataclass(frozen=True)
class AuditRow:
    id: uuid.UUID
    at: datetime
    operator_name: str
    device_number: int | None
    action: str
    table_name: str
    record_id: uuid.UUID | None
    before: dict | None
    after: dict | None

    def changed_fields(self) -> list[str]:
        return sorted(set((self.after or {}).keys()) | set((self.before or {}).keys()))


def _where(f: AuditFilter) -> list:
    clauses = [AuditEvent.deleted == False]  # noqa: E712
    if f.table:
        clauses.append(AuditEvent.table_name == f.table)
    if f.operator:
        clauses.append(AuditEvent.operator_name == f.operator)
    if f.record_id is not None:
        clauses.append(AuditEvent.record_id == f.record_id)
    if f.day is not None:
        start = datetime.combine(f.day, time(), tzinfo=TOKYO)
        clauses += [AuditEvent.at >= start, AuditEvent.at < start + timedelta(days=1)]
    return clauses


def count_events(ws: Workspace, f: AuditFilter) -> int:
    with ws.session() as s:
        return s.exec(select(func.count()).select_from(AuditEvent).where(*_where(f))).one()


def page_events(ws: Workspace, f: AuditFilter, *, after: AuditRow | None = None, limit: int = 200) -> list[AuditRow]:
    """Newest first, then by id: a keyset page that stays fast deep into a long day."""
    query = select(AuditEvent).where(*_where(f))
    if after is not None:
        query = query.where(or_(AuditEvent.at < after.at, (AuditEvent.at == after.at) & (AuditEvent.id > after.id)))
    query = query.order_by(AuditEvent.at.desc(), AuditEvent.id).limit(limit)
    with ws.session() as s:
        return [AuditRow(e.id, e.at, e.operator_name, e.device_number, e.action, e.table_name, e.record_id,
                         e.before, e.after) for e in s.exec(query).all()]


def filter_choices(ws: Workspace) -> tuple[list[str], list[str]]:
    """The tables and operators that appear in the trail, for the filter lists."""
    with ws.session() as s:
        tables = s.exec(select(AuditEvent.table_name).distinct().order_by(AuditEvent.table_name)).all()
        names = s.exec(select(AuditEvent.operator_name).distinct().order_by(AuditEvent.operator_name)).all()
    return list(tables), [n for n in names if n]
