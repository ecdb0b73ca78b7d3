"""The one check for conflicts made apart, run after every merge and after a desk's own changes.

Laptops of one council work apart (a file carried across the room, or the center's Wi-Fi down): each
keeps its own rules, but together they can break them — a person put on two teams the same day, more
tools lent than the center has, one person registered on two desks, more check-ins than the day's
limit, a need's status moved two ways. None of it can be merged away by a rule without losing what a
desk did, so each is listed for the desk that must decide (model.py says what it is shown).

``check_in_transaction`` is the one place: the bundle import calls it inside its transaction after the
merge, with the ids the merge wrote (MergeResult.touched), and so must the center's replication after
each round it applies. It also looks at the rows this laptop changed itself since the last check
(every table has an index on its stamp), so a registration made here after a merge is seen too.

Every laptop reaches the same list: a conflict is a fact about the rows (each kind's ``holds`` reads
only shared tables and decisions, never this laptop's own bookkeeping), each row is looked at when it
arrives or is written, and every listed conflict is asked again at each check and closed when it no
longer holds — whoever settled it, on whichever laptop. The list itself (ApartConflict) never travels.

What it costs: the rows changed since the last check, a few indexed reads per conflict key they point
at, and one read per open conflict (tests/bench/bench_apart.py). A first check on a database that
never had one, or a merge of more than FULL_AT rows of a table, reads that table whole once instead.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
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
from dvc.store.tables import ApartConflict, Setting

KINDS: tuple[Kind, ...] = (teams.KIND, stock.KIND, people.KIND, day_limit.KIND, need_forks.KIND)
_BY_NAME = {k.name: k for k in KINDS}
WATCHED = sorted({table for k in KINDS for table in k.tables})
FULL_AT = 5000
KEY_WATERMARK = "apart.watermark"  # the clock stamp of the last check: rows stamped after it are new to it
_CACHE = "apart.watermark"  # db.derived: the same, after this process's own committed check


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


def check_in_transaction(s: Session, *, touched: Mapping[str, Iterable[str]] | None = None,
                         today: date | None = None, keep: bool = True) -> CheckResult:
    """Find new conflicts and close settled ones, in the caller's transaction (the caller commits).

    ``touched``: ids (32 hex digits or UUIDs) per table that a merge wrote with their own stamps.
    ``keep`` False (an import's preview, rolled back): nothing is remembered, the result says what would open.
    """
    db = s.info["db"]
    db.derived.pop(_CACHE, None)  # this transaction may be rolled back: the next check reads what was committed
    s.flush()
    stamp = str(db.clock.now())
    since = _stored_watermark(s)
    result = _check(s, Context(council=db.origin, today=today or local_day()), _changed(s, since, touched))
    if keep:
        _store_watermark(s, db, stamp)
    return result


def check_now(ws: Workspace, *, today: date | None = None) -> CheckResult:
    """What the screens call after this laptop's own changes: a read, and a short write only when the list changes."""
    db = ws.db
    with ws.transaction() as s:
        stamp = str(db.clock.now())
        since = db.derived.get(_CACHE) or _stored_watermark(s)
        changed = _changed(s, since, None)
        result = _check(s, Context(council=db.origin, today=today or local_day()), changed)
        if result.changed or changed.whole:
            _store_watermark(s, db, stamp)
    db.derived[_CACHE] = stamp
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


def _changed(s: Session, since: str, touched: Mapping[str, Iterable[str]] | None) -> Changed:
    """Rows written here since ``since`` and those a merge wrote; a table with too many (or no check yet) whole."""
    if not since:
        return Changed({t: None for t in WATCHED}, whole=True)
    ids: dict[str, set[uuid.UUID] | None] = {t: set() for t in WATCHED}
    # One statement for every watched table (each read on its stamp index): the check runs every 2 s.
    union = " UNION ALL ".join(
        f"SELECT * FROM (SELECT '{t}', id FROM \"{t}\" WHERE updated_at > :since LIMIT {FULL_AT + 1})" for t in WATCHED)
    for table, rid in s.connection().execute(text(union), {"since": since}):
        ids[table].add(rid if isinstance(rid, uuid.UUID) else uuid.UUID(hex=rid))
    for table, rows in (touched or {}).items():
        if table in ids:
            ids[table].update(r if isinstance(r, uuid.UUID) else uuid.UUID(hex=r) for r in rows)
    whole = False
    for table, found in ids.items():
        if found is not None and len(found) > FULL_AT:
            ids[table], whole = None, True
    return Changed(ids, whole=whole)


def _stored_watermark(s: Session) -> str:
    return s.exec(select(Setting.value).where(Setting.key == KEY_WATERMARK)).first() or ""


def _store_watermark(s: Session, db, stamp: str) -> None:  # noqa: ANN001
    # Bookkeeping of this laptop, not a change anyone made: written past the audit trail and the stamping.
    statement = insert(Setting).values(id=uuid.uuid4(), origin=db.origin, updated_at=stamp, deleted=False,
                                       key=KEY_WATERMARK, value=stamp)
    s.exec(statement.on_conflict_do_update(index_elements=["key"], set_={"value": stamp, "updated_at": stamp}))
