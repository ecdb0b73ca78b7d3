"""Every change made through a session leaves an AuditEvent: who, when, which record, before and after.

The trail is written in the same flush as the change, so a change and its
audit row are committed (or lost) together. Bulk loads that bypass the ORM
(the drill generator) are not individual changes and leave no trail.

The rows are worked out before the flush (when the changes are still visible) and inserted as plain rows
with one executemany at the end of the same flush, on the flush's own connection and transaction: building
a SQLModel object per row cost more than the rest of saving a 3,000-person team plan.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import event, insert, inspect
from sqlmodel import Session

from dvc.store.tables.apart import ApartConflict
from dvc.store.tables.audit import AuditEvent
from dvc.store.tables.base import Synced, utcnow
from dvc.store.tables.identity import CodeCounter

NOT_AUDITED = (AuditEvent, CodeCounter, ApartConflict)
BOOKKEEPING = frozenset({"updated_at"})
_PENDING = "audit_pending"
_installed = False


def _plain(value: object) -> object:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _changes(obj: Synced) -> tuple[dict, dict]:
    before, after = {}, {}
    state = inspect(obj)
    for attr in state.mapper.column_attrs:
        if attr.key in BOOKKEEPING:
            continue
        history = state.attrs[attr.key].history
        if history.has_changes():
            before[attr.key] = _plain(history.deleted[0]) if history.deleted else None
            after[attr.key] = _plain(history.added[0]) if history.added else None
    return before, after


def _snapshot(obj: Synced) -> dict:
    state = inspect(obj)
    return {a.key: _plain(getattr(obj, a.key)) for a in state.mapper.column_attrs if a.key not in BOOKKEEPING}


def _after_stamping(session: Session, _ctx: object, _instances: object) -> None:
    # A flush that failed before its end left its rows here; they must not ride along with the next one.
    session.info.pop(_PENDING, None)
    db = session.info.get("db")
    if db is None or db.clock is None or session.info.get("no_audit"):
        return
    events = []
    for obj in list(session.new):
        if isinstance(obj, Synced) and not isinstance(obj, NOT_AUDITED):
            events.append(("insert", obj, None, _snapshot(obj)))
    for obj in list(session.dirty):
        if isinstance(obj, Synced) and not isinstance(obj, NOT_AUDITED):
            before, after = _changes(obj)
            if after:
                action = "delete" if after.get("deleted") is True else "update"
                events.append((action, obj, before, after))
    if not events:
        return
    operator = session.info.get("operator", "")
    device = session.info.get("device_number")
    forced = session.info.get("audit_action")
    session.info[_PENDING] = [
        {
            "id": uuid.uuid4(),
            "origin": db.origin,
            # Stamped here even when merged rows keep theirs: the trail is this laptop's own.
            "updated_at": str(db.clock.now()),
            "deleted": False,
            "at": utcnow(),
            "operator_name": operator,
            "device_number": device,
            "action": forced or action,
            "table_name": obj.__tablename__,
            "record_id": obj.id,
            "before": before,
            "after": after,
        }
        for action, obj, before, after in events
    ]


def _write_pending(session: Session, _ctx: object) -> None:
    rows = session.info.pop(_PENDING, None)
    if rows:
        # Inside the flush's transaction: a failure here rolls the change back with its trail.
        session.connection().execute(insert(AuditEvent.__table__), rows)


def install_audit_trail() -> None:
    """Register after the stamping listener, so the trail sees the final values."""
    global _installed
    if not _installed:
        event.listen(Session, "before_flush", _after_stamping)
        event.listen(Session, "after_flush", _write_pending)
        _installed = True
