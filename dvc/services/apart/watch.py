"""The one check for conflicts made apart, run after every merge and after a desk's own changes.

Laptops of one council work apart (a file carried across the room, or the center's Wi-Fi down): each
keeps its own rules, but together they can break them — a person put on two teams the same day, more
tools lent than the center has, one person registered on two desks, more check-ins than the day's
limit, a need's status moved two ways. None of it can be merged away by a rule without losing what a
desk did, so each is listed for the desk that must decide (model.py says what it is shown).

The check reads the change feed (dvc/store/change_feed.py): every record written to a shared table since
the last check, whoever wrote it — a desk here, a bundle's merge, a replication round — in one range of
its key. ``check_in_transaction`` runs inside a caller's transaction (the bundle import calls it after
the merge, so a merge is never committed without its check); ``check_now`` in a short one of its own
(the screens a moment after a desk's change, the center's replication after each round it applied).
A round committed just before a power cut is still in the feed after the last check's mark: the next
check finds it.

Every laptop reaches the same list: a conflict is a fact about the rows (each kind's ``holds`` reads
only shared tables and decisions, never this laptop's own bookkeeping), each row is looked at when it
arrives or is written, and every listed conflict is asked again at each check and closed when it no
longer holds — whoever settled it, on whichever laptop. The list itself (ApartConflict) never travels.

What it costs: the records written since the last check, a few indexed reads per conflict key they point
at, and one read per open conflict (tests/bench/bench_apart.py). A first check on a database that
never had one, or more than FULL_AT records of a table written since, reads that table whole instead.
Checks never overlap: each runs in a write transaction (BEGIN IMMEDIATE from its first read), so the
screens' thread, the sync thread and another process take turns, and each reads what the last one wrote.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import text
from sqlalchemy.dialects.sqlite import insert
from sqlmodel import Session, select

from dvc.domain.timeutil import local_day, utcnow
from dvc.services.apart import day_limit, need_forks, people, stock, teams
from dvc.services.apart.kinds import Changed, Context, Kind
from dvc.services.apart.model import Conflict
from dvc.services.core.workspace import Workspace
from dvc.store.change_feed import head
from dvc.store.tables import ApartConflict, Setting

KINDS: tuple[Kind, ...] = (teams.KIND, stock.KIND, people.KIND, day_limit.KIND, need_forks.KIND)
_BY_NAME = {k.name: k for k in KINDS}
WATCHED = sorted({table for k in KINDS for table in k.tables})
FULL_AT = 5000
# "+table_name": the feed read from the mark on its key, not every watched table's records on the unique index
# (which SQLite picks for the IN, and which costs 20 ms at 100,000 volunteers, every 2 s).
FEED_SQL = ("SELECT table_name, record_id FROM change_feed WHERE seq > :since AND +table_name IN ("
            + ", ".join(f"'{t}'" for t in WATCHED) + ")")
KEY_MARK = "apart.feed_seq"  # the change feed's number at the last check: records after it are new to it
_CACHE = "apart.feed_seq"  # db.derived: the same, after this process's own committed check


@dataclass
class CheckResult:
    opened: list[str] = field(default_factory=list)
    closed: list[str] = field(default_factory=list)
    open_by_desk: dict[str, int] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return bool(self.opened or self.closed)


def kind_of(key: str) -> Kind:
    return _BY_NAME[key.split(":", 1)[0]]


def check_in_transaction(s: Session, *, today: date | None = None, keep: bool = True) -> CheckResult:
    """Find new conflicts and close settled ones, in the caller's transaction (the caller commits).

    ``keep`` False (an import's preview, rolled back): nothing is remembered, the result says what would open.
    """
    db = s.info["db"]
    db.derived.pop(_CACHE, None)  # this transaction may be rolled back: the next check reads what was committed
    s.flush()
    mark = _feed_head(s)
    result = _check(s, Context(council=db.origin, today=today or local_day()), _changed(s, _stored_mark(s)))
    if keep:
        _store_mark(s, db, mark)
    return result


def check_now(ws: Workspace, *, today: date | None = None) -> CheckResult:
    """A check in a short transaction of its own: a read, and a write only when the list changes."""
    db = ws.db
    with ws.transaction() as s:
        mark = _feed_head(s)
        since = db.derived.get(_CACHE)
        changed = _changed(s, _stored_mark(s) if since is None else since)
        result = _check(s, Context(council=db.origin, today=today or local_day()), changed)
        if result.changed or changed.whole:
            _store_mark(s, db, mark)
    db.derived[_CACHE] = mark
    return result


def open_keys(ws: Workspace, *, desk: str | None = None) -> list[str]:
    """The keys on the list still to decide (one indexed read; open_conflicts describes them)."""
    with ws.session() as s:
        query = select(ApartConflict.key).where(ApartConflict.closed_at.is_(None))
        if desk is not None:
            query = query.where(ApartConflict.desk == desk)
        return sorted(s.exec(query).all())


def open_conflicts(ws: Workspace, *, desk: str | None = None, today: date | None = None) -> list[Conflict]:
    """The desk's conflicts still to decide, oldest first, described from the rows as they are now.

    One that no longer holds (settled at another desk a moment ago) is left out; the next check closes it.
    """
    ctx = Context(council=ws.identity.council_code, today=today or local_day())
    with ws.session() as s:
        query = select(ApartConflict).where(ApartConflict.closed_at.is_(None))
        if desk is not None:
            query = query.where(ApartConflict.desk == desk)
        found = []
        for row in s.exec(query.order_by(ApartConflict.detected_at, ApartConflict.key)).all():
            kind = _BY_NAME.get(row.kind)
            described = kind.describe(s, row.key, ctx) if kind is not None else None
            if described is not None:
                found.append(replace(described, detected_at=row.detected_at))
        return found


# --- The check itself ------------------------------------------------------------------------------


def _check(s: Session, ctx: Context, changed: Changed) -> CheckResult:
    candidates: set[str] = set()
    for kind in KINDS:
        candidates |= kind.candidates(s, changed, ctx)
    listed = {row.key: row for row in s.exec(select(ApartConflict).where(ApartConflict.closed_at.is_(None))).all()}
    asked = sorted(candidates | listed.keys())
    result = CheckResult()
    fresh = [k for k in asked if k not in listed]
    earlier = {row.key: row for start in range(0, len(fresh), 500)
               for row in s.exec(select(ApartConflict).where(ApartConflict.key.in_(fresh[start:start + 500]))).all()}
    now = utcnow()
    for key in asked:
        kind = kind_of(key)
        holds = kind.holds(s, key, ctx)
        if holds and key not in listed:
            row = earlier.get(key) or ApartConflict(key=key, kind=kind.name, desk=kind.desk)
            row.detected_at, row.closed_at = now, None
            s.add(row)
            result.opened.append(key)
        elif not holds and key in listed:
            row = listed[key]
            row.closed_at = now
            s.add(row)
            result.closed.append(key)
    s.flush()
    for row in s.exec(select(ApartConflict.desk).where(ApartConflict.closed_at.is_(None))).all():
        result.open_by_desk[row] = result.open_by_desk.get(row, 0) + 1
    return result


def _changed(s: Session, since: int | None) -> Changed:
    """The records written since feed number ``since``; a table with too many (or no check yet) whole."""
    if since is None:
        return Changed({t: None for t in WATCHED}, whole=True)
    ids: dict[str, set[uuid.UUID] | None] = {t: set() for t in WATCHED}
    rows = s.connection().execute(text(FEED_SQL), {"since": since})
    for table, rid in rows:
        found = ids[table]
        if found is not None:
            found.add(uuid.UUID(hex=rid))
            if len(found) > FULL_AT:
                ids[table] = None
    return Changed(ids, whole=any(found is None for found in ids.values()))


def _feed_head(s: Session) -> int:
    return head(s.connection().connection.driver_connection)


def _stored_mark(s: Session) -> int | None:
    value = s.exec(select(Setting.value).where(Setting.key == KEY_MARK)).first()
    return int(value) if value and value.isdigit() else None


def _store_mark(s: Session, db, mark: int) -> None:  # noqa: ANN001
    # Bookkeeping of this laptop, not a change anyone made: written past the audit trail and the stamping.
    stamp = str(db.clock.now())
    statement = insert(Setting).values(id=uuid.uuid4(), origin=db.origin, updated_at=stamp, deleted=False,
                                       key=KEY_MARK, value=str(mark))
    s.exec(statement.on_conflict_do_update(index_elements=["key"], set_={"value": str(mark), "updated_at": stamp}))
