"""Every flush stamps changed rows with the device's hybrid logical clock."""

from __future__ import annotations

from sqlalchemy import event
from sqlmodel import Session

from dvc.store.tables.base import Synced

_installed = False


def _before_flush(session: Session, _ctx: object, _instances: object) -> None:
    db = session.info.get("db")
    if db is None or db.clock is None:
        return
    if session.info.get("keep_stamps"):
        # Rows merged from another laptop keep the stamp they came with.
        return
    # session.dirty is built afresh on every access: read it once (asking it per object made a flush of a
    # few thousand changed rows take seconds).
    changed = [obj for obj in session.dirty if session.is_modified(obj, include_collections=False)]
    for obj in list(session.new) + changed:
        if not isinstance(obj, Synced):
            continue
        obj.updated_at = str(db.clock.now())
        if not obj.origin:
            obj.origin = db.origin


def install_stamping() -> None:
    global _installed
    if not _installed:
        event.listen(Session, "before_flush", _before_flush)
        _installed = True
