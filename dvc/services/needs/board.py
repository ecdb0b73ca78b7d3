"""Read-only views of the needs board (ニーズ, マッチング): counts per status and filtered, sorted, paged lists.

Every filter is SQL and every page a keyset page (as in roster.py): a keystroke in
the search field on a board of 5,000 needs reads one count and one page of rows.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import case, exists, false, func, literal_column, or_, tuple_
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import select

from dvc.domain.address import address_key
from dvc.domain.need_intake import fold_for_search
from dvc.domain.qr import PayloadError, looks_like_payload, parse_payload
from dvc.domain.timeutil import TOKYO, local_day
from dvc.domain.vocab import NeedStatus, Priority, TeamStatus
from dvc.services.core.text_search import LIKE_ESCAPE, contains_pattern
from dvc.services.core.workspace import Workspace
from dvc.store.tables import Need, Team

# On the matching board: ready to match, and continuing needs that came back.
WAITING_FOR_MATCH = (NeedStatus.AWAITING_MATCH, NeedStatus.CONTINUING)
# Still the center's work, as opposed to done or cancelled.
OPEN_STATUSES = tuple(s for s in NeedStatus if s not in (NeedStatus.DONE, NeedStatus.CANCELLED))

_PRIORITY_RANK = {Priority.HIGH: 0, Priority.MEDIUM: 1}
_LOWEST_RANK = 2
_PRIORITY_ORDER = case(*((Need.priority == p, rank) for p, rank in _PRIORITY_RANK.items()), else_=_LOWEST_RANK)
_STATUS_RANK = {s.value: i for i, s in enumerate(NeedStatus)}
_STATUS_ORDER = case(*((Need.status == s, rank) for s, rank in _STATUS_RANK.items()), else_=len(_STATUS_RANK))


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
    requester_name: str = ""
    status_reason: str = ""


_COLUMNS = (
    Need.id, Need.code, Need.received_at, Need.district, Need.site_address, Need.work_types,
    Need.headcount, Need.priority, Need.status, Need.requester_name, Need.status_reason,
)


def _row(values: tuple) -> NeedRow:
    nid, code, received_at, district, address, work_types, headcount, priority, status, name, reason = values
    return NeedRow(
        id=nid, code=code, received_at=received_at, district=district, site_address=address,
        work_types=tuple(work_types or ()), headcount=headcount, priority=priority, status=status,
        requester_name=name, status_reason=reason,
    )


@dataclass(frozen=True)
class BoardFilter:
    """What the board shows. Empty fields do not filter."""

    statuses: tuple[str, ...] = ()
    district: str = ""
    work_type: str = ""
    priority: str = ""
    received_from: date | None = None  # Tokyo days, both ends included
    received_to: date | None = None
    text: str = ""


def _tokyo_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=TOKYO)


def _text_clause(text: str) -> ColumnElement | None:
    """Contains the text in the stored search text (need_intake.search_text), however it was typed.

    The QR of a printed need sheet, scanned into the field, finds that need.
    """
    if looks_like_payload(text):
        try:
            payload = parse_payload(text)
        except PayloadError:
            return false()
        return Need.id == payload.record_id if payload.kind == "N" else false()
    folded = fold_for_search(text)
    if not folded:
        return None
    patterns = {folded, fold_for_search(address_key(text))} - {""}
    return or_(*(Need.search_text.like(contains_pattern(p), escape=LIKE_ESCAPE) for p in sorted(patterns)))


def _filter(board: BoardFilter | Sequence[str] | None, *, with_status: bool = True) -> list[ColumnElement]:
    if board is None or not isinstance(board, BoardFilter):
        board = BoardFilter(statuses=tuple(board or ()))
    clauses: list[ColumnElement] = [Need.deleted == False]  # noqa: E712
    if with_status and board.statuses:
        clauses.append(Need.status.in_(list(board.statuses)))
    if board.district:
        clauses.append(Need.district == board.district)
    if board.priority:
        clauses.append(Need.priority == board.priority)
    if board.work_type:
        each = func.json_each(Need.work_types).table_valued("value")
        clauses.append(exists(select(literal_column("1")).select_from(each).where(each.c.value == board.work_type)))
    if board.received_from:
        clauses.append(Need.received_at >= _tokyo_start(board.received_from))
    if board.received_to:
        clauses.append(Need.received_at < _tokyo_start(board.received_to + timedelta(days=1)))
    matched = _text_clause(board.text)
    if matched is not None:
        clauses.append(matched)
    return clauses


# --- Sorting: each order is a single-direction tuple ending in the unique code, for keyset pages.

@dataclass(frozen=True)
class _Order:
    columns: tuple
    key: Callable[[NeedRow], tuple]
    descending: bool = False


SORTS: dict[str, _Order] = {
    "newest": _Order((Need.received_at, Need.code), lambda r: (r.received_at, r.code), descending=True),
    "oldest": _Order((Need.received_at, Need.code), lambda r: (r.received_at, r.code)),
    "priority": _Order((_PRIORITY_ORDER, Need.received_at, Need.code),
                       lambda r: (_PRIORITY_RANK.get(r.priority, _LOWEST_RANK), r.received_at, r.code)),
    "status": _Order((_STATUS_ORDER, Need.received_at, Need.code),
                     lambda r: (_STATUS_RANK.get(r.status, len(_STATUS_RANK)), r.received_at, r.code)),
    "district": _Order((Need.district, Need.received_at, Need.code), lambda r: (r.district, r.received_at, r.code)),
    "code": _Order((Need.code,), lambda r: (r.code,)),
}
SORT_KEYS = tuple(SORTS)


def status_counts(ws: Workspace, *, board: BoardFilter | None = None) -> dict[str, int]:
    """Every status, zero included, in the order of the need's life; the board's other filters apply."""
    query = select(Need.status, func.count()).where(*_filter(board, with_status=False)).group_by(Need.status)
    with ws.session() as s:
        found = dict(s.exec(query).all())
    return {status.value: found.get(status.value, 0) for status in NeedStatus}


def count_needs(ws: Workspace, *, statuses: Sequence[str] | None = None, board: BoardFilter | None = None) -> int:
    with ws.session() as s:
        return s.exec(select(func.count()).select_from(Need).where(*_filter(board or statuses))).one()


def need_page(
    ws: Workspace, *, statuses: Sequence[str] | None = None, board: BoardFilter | None = None, sort: str = "newest",
    after: NeedRow | None = None, limit: int = 200,
) -> list[NeedRow]:
    """Newest first by default: the needs desk works on what just came in."""
    return _need_page(ws, _filter(board or statuses), sort=sort, after=after, limit=limit)


def _need_page(ws: Workspace, clauses: list[ColumnElement], *, sort: str, after: NeedRow | None,
               limit: int) -> list[NeedRow]:
    order = SORTS[sort]
    if after is not None:
        position = tuple_(*order.columns)
        clauses.append(position < order.key(after) if order.descending else position > order.key(after))
    columns = [c.desc() for c in order.columns] if order.descending else list(order.columns)
    query = select(*_COLUMNS).where(*clauses).order_by(*columns).limit(limit)
    with ws.session() as s:
        return [_row(values) for values in s.exec(query).all()]


def districts(ws: Workspace) -> list[str]:
    """Districts that needs were taken for, for the board's filter."""
    query = select(Need.district).where(Need.deleted == False, Need.district != "").distinct().order_by(Need.district)  # noqa: E712
    with ws.session() as s:
        return list(s.exec(query).all())


def _waiting(day: date | None) -> list[ColumnElement]:
    """Waiting for matching and not yet given a team: a need keeps its status until its team leaves, but once a
    team for it is confirmed today it is no longer offered (as in services/matching.py)."""
    holding = (TeamStatus.CONFIRMED, TeamStatus.DISPATCHED)
    # Read once (NOT IN), not per need: a correlated EXISTS walked the day's teams for each waiting need.
    taken = select(Team.need_id).where(Team.day == (day or local_day()), Team.deleted == False,  # noqa: E712
                                       Team.status.in_(holding))
    return [*_filter(WAITING_FOR_MATCH), Need.id.not_in(taken)]


def count_waiting(ws: Workspace, *, day: date | None = None) -> int:
    with ws.session() as s:
        return s.exec(select(func.count()).select_from(Need).where(*_waiting(day))).one()


def waiting_page(ws: Workspace, *, after: NeedRow | None = None, limit: int = 200,
                 day: date | None = None) -> list[NeedRow]:
    """The matching board: urgent first, then the longest waiting."""
    return _need_page(ws, _waiting(day), sort="priority", after=after, limit=limit)
