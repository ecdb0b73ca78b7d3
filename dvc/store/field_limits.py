"""No text longer than its column goes into the file, whatever wrote it (a form, an import, the command line).

SQLite does not enforce a VARCHAR's length, and a 5,000-character name in a 100-character column is refused
by every other laptop that receives it. The screens and the imports check their own fields first, with
their own words; this check before every flush is what stops anything they missed.
"""

from __future__ import annotations

from sqlalchemy import String, event, inspect
from sqlalchemy.types import TypeDecorator
from sqlmodel import Session

from dvc.domain.messages import QT_TRANSLATE_NOOP, Term, UserError
from dvc.domain.record_labels import FIELDS, TABLES
from dvc.store.tables.base import Synced

_installed = False
_LIMITS: dict[type, list[tuple[str, int]]] = {}


def text_limits(model: type) -> list[tuple[str, int]]:
    """(column, longest text) of each length-limited text column of ``model``."""
    found = _LIMITS.get(model)
    if found is None:
        found = []
        for column in model.__table__.columns:
            kind = column.type.impl if isinstance(column.type, TypeDecorator) else column.type
            if isinstance(kind, String) and kind.length:
                found.append((column.name, kind.length))
        _LIMITS[model] = found
    return found


def too_long(table: str, field: str, limit: int, length: int) -> UserError:
    return UserError(QT_TRANSLATE_NOOP(
        "errors", "{field} ({table}) is too long: at most {limit} characters, {length} given. Nothing was saved; "
                  "shorten it and save again."),
        field=Term("exchange", FIELDS[field]) if field in FIELDS else field,
        table=Term("exchange", TABLES[table]) if table in TABLES else table, limit=limit, length=length)


def _check(session: Session, _ctx: object, _instances: object) -> None:
    for obj in list(session.new) + list(session.dirty):
        if not isinstance(obj, Synced):
            continue
        state = inspect(obj)
        for name, limit in text_limits(type(obj)):
            value = getattr(obj, name, None)
            if isinstance(value, str) and len(value) > limit and (
                    obj in session.new or state.attrs[name].history.has_changes()):
                raise too_long(obj.__tablename__, name, limit, len(value))


def install_field_limits() -> None:
    global _installed
    if not _installed:
        event.listen(Session, "before_flush", _check)
        _installed = True
