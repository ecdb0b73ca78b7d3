"""Read-only views of the needs board (ニーズ, マッチング): counts per status and paged lists."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func, tuple_
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import select

from dvc.domain.vocab import NeedStatus, Priority
from dvc.services.workspace import Workspace
from dvc.store.tables import Need

# On the matching board: ready to match, and continuing needs that came back.
WAITING_FOR_MATCH = (NeedStatus.AWAITING_MATCH, NeedStatus.CONTINUING)
# Still the center's work, as opposed to done or cancelled.
OPEN_STATUSES = tuple(s for s in NeedStatus if s not in (NeedStatus.DONE, NeedStatus.CANCELLED))

_PRIORITY_RANK = {Priority.HIGH: 0, Priority.MEDIUM: 1}
_LOWEST_RANK = 2
_PRIORITY_ORDER = case(*((Need.priority == p, rank) for p, rank in _PRIORITY_RANK.items()), else_=_LOWEST_RANK)


@dataclass(frozen=True)
class NeedRow:
    id: uuid.UUID
    code: str
    received_at: datetime
    district: str
    site_address: str
    work_types: tuple[str, ...]
    headcount: int
    priority: str
    status: str


_COLUMNS = (
    Need.id, Need.code, Need.received_at, Need.district, Need.site_address, Need.work_types,
    Need.headcount, Need.priority, Need.status,
)


def _row(values: tuple) -> NeedRow:
    nid, code, received_at, district, address, work_types, headcount, priority, status = values
    return NeedRow(
        id=nid, code=code, received_at=received_at, district=district, site_address=address,
        work_types=tuple(work_types or ()), headcount=headcount, priority=priority, status=status,
    )


def _filter(statuses: Sequence[str] | None) -> list[ColumnElement]:
    clauses: list[ColumnElement] = [Need.deleted == False]  # noqa: E712
    if statuses:
        clauses.append(Need.status.in_(list(statuses)))
    return clauses


def status_counts(ws: Workspace) -> dict[str, int]:
    """Every status of the board, zero included, in the order of the need's life."""
    query = select(Need.status, func.count()).where(*_filter(None)).group_by(Need.status)
    with ws.session() as s:
        found = dict(s.exec(query).all())
    return {status.value: found.get(status.value, 0) for status in NeedStatus}


def count_needs(ws: Workspace, *, statuses: Sequence[str] | None = None) -> int:
    with ws.session() as s:
        return s.exec(select(func.count()).select_from(Need).where(*_filter(statuses))).one()


def need_page(
    ws: Workspace, *, statuses: Sequence[str] | None = None, after: NeedRow | None = None, limit: int = 200
) -> list[NeedRow]:
    """Newest first: the needs desk works on what just came in. Keyset pages, as in roster.py."""
    clauses = _filter(statuses)
    if after is not None:
        clauses.append(tuple_(Need.received_at, Need.code) < (after.received_at, after.code))
    query = select(*_COLUMNS).where(*clauses).order_by(Need.received_at.desc(), Need.code.desc()).limit(limit)
    with ws.session() as s:
        return [_row(values) for values in s.exec(query).all()]


def count_waiting(ws: Workspace) -> int:
    return count_needs(ws, statuses=WAITING_FOR_MATCH)


def waiting_page(ws: Workspace, *, after: NeedRow | None = None, limit: int = 200) -> list[NeedRow]:
    """The matching board: urgent first, then the longest waiting."""
    clauses = _filter(WAITING_FOR_MATCH)
    if after is not None:
        rank = _PRIORITY_RANK.get(after.priority, _LOWEST_RANK)
        clauses.append(
            tuple_(_PRIORITY_ORDER, Need.received_at, Need.code) > (rank, after.received_at, after.code)
        )
    query = select(*_COLUMNS).where(*clauses).order_by(_PRIORITY_ORDER, Need.received_at, Need.code).limit(limit)
    with ws.session() as s:
        return [_row(values) for values in s.exec(query).all()]
