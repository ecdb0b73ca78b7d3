"""Field limits, checked where a value comes in, before anything is written (the store checks again)."""

from __future__ import annotations

from dvc.store.field_limits import text_limits, too_long


def check_length(field: str, value: str, model: type) -> None:
    """Refuse ``value`` for ``model.field`` if it is longer than the column allows."""
    limit = dict(text_limits(model)).get(field)
    if limit is not None and len(value) > limit:
        raise too_long(model.__tablename__, field, limit, len(value))


def limits_of(model: type) -> dict[str, int]:
    return dict(text_limits(model))
