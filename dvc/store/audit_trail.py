"""Every change made through a session leaves an audit entry: who, when, which record, before and after.

The trail is written in the same flush as the change, so a change and its
audit entry are committed (or lost) together. Bulk loads that bypass the ORM
(the drill generator) are not individual changes and leave no trail; a bundle
import writes its own entries (dvc/exchange/merge.py).

The entries are worked out before the flush (when the changes are still visible) and appended to this
laptop's hash chain (dvc/store/audit_chain.py) with one executemany, on the flush's own connection and
transaction: building a SQLModel object per entry cost more than the rest of saving a 3,000-person team
plan. An AuditEvent added to a session by hand (a correction note, the purge's summary) is taken out of the
session and appended to the chain the same way, so no entry is ever written outside it.
"""

from __future__ import annotations

from sqlalchemy import event, inspect
from sqlmodel import Session

from dvc.store.audit_chain import ChainWriter, Entry, plain
from dvc.store.tables.apart import ApartConflict
from dvc.store.tables.audit import AuditEvent
from dvc.store.tables.base import Synced
from dvc.store.tables.identity import CodeCounter

NOT_AUDITED = (AuditEvent, CodeCounter, ApartConflict)
BOOKKEEPING = frozenset({"updated_at"})
_installed = False


def _changes(obj: Synced) -> tuple[dict, dict]:
    before, after = {}, {}
    state = inspect(obj)
    for attr in state.mapper.column_attrs:
        if attr.key in BOOKKEEPING:
            continue
        history = state.attrs[attr.key].history
        if history.has_changes():
            before[attr.key] = plain(history.deleted[0]) if history.deleted else None
            after[attr.key] = plain(history.added[0]) if history.added else None
    return before, after


def _snapshot(obj: Synced) -> dict:
    state = inspect(obj)
    return {a.key: plain(getattr(obj, a.key)) for a in state.mapper.column_attrs if a.key not in BOOKKEEPING}


def _after_stamping(session: Session, _ctx: object, _instances: object) -> None:
    db = session.info.get("db")
    if db is None or db.clock is None:
        return
    operator = session.info.get("operator", "")
    operator_id = session.info.get("operator_id")
    forced = session.info.get("audit_action")
    entries = []
    for obj in list(session.new):
        if isinstance(obj, AuditEvent):
            # Written by hand: it joins the chain like every other entry, never beside it.
            entries.append(Entry(action=obj.action, operator_name=obj.operator_name or operator,
                                 operator_id=obj.operator_id or operator_id, table_name=obj.table_name,
                                 record_id=obj.record_id, before=obj.before, after=obj.after, at=obj.at))
            session.expunge(obj)
    if not session.info.get("no_audit"):
        for obj in list(session.new):
            if isinstance(obj, Synced) and not isinstance(obj, NOT_AUDITED):
                entries.append(Entry(action=forced or "insert", operator_name=operator, operator_id=operator_id,
                                     table_name=obj.__tablename__, record_id=obj.id, after=_snapshot(obj)))
        for obj in list(session.dirty):
            if isinstance(obj, Synced) and not isinstance(obj, NOT_AUDITED):
                before, after = _changes(obj)
                if after:
                    action = "delete" if after.get("deleted") is True else "update"
                    entries.append(Entry(action=forced or action, operator_name=operator, operator_id=operator_id,
                                         table_name=obj.__tablename__, record_id=obj.id, before=before, after=after))
    if entries:
        # On the flush's own connection and transaction: a change that fails takes its trail with it. Written
        # now rather than after the flush: a flush of hand-made entries alone has nothing else to flush, and
        # SQLAlchemy then skips its after-flush step.
        writer = ChainWriter(session.connection().connection.driver_connection, device_id=db.clock.node,
                             origin=db.origin, device_number=session.info.get("device_number"), stamp=db.clock.now)
        writer.append(entries)


def install_audit_trail() -> None:
    """Register after the stamping listener, so the trail sees the final values."""
    global _installed
    if not _installed:
        event.listen(Session, "before_flush", _after_stamping)
        _installed = True
