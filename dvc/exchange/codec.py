"""Rows between SQLite and the bundle's JSON, column by column, with the schema checked on the way in.

The codecs are built from the table definitions, so a column added by a later
schema change travels without code here. Values are handled in SQLite's own
storage form ("raw": UUIDs as 32 hex digits, times as naive UTC text, booleans
as 0/1, JSON as text) so export and import skip the ORM, which is what makes
100,000 rows take seconds rather than minutes.
"""

from __future__ import annotations

import json
import math
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, String, Table, Uuid
from sqlalchemy.types import TypeDecorator

from dvc.domain.hlc import ClockError, Stamp

META = ("id", "origin", "updated_at", "deleted")
MAX_TEXT = 10_000  # a String column without a length
MAX_JSON = 100_000
GROUP = 60  # fields per json_object() call (two arguments each; SQLite allows 127)
_COUNCIL_RE = re.compile(r"^[a-z][a-z0-9_]{1,31}$")
_RAW_TIME = "%Y-%m-%d %H:%M:%S.%f"


class RowError(ValueError):
    """A row that breaks the schema; the message names the column."""


def _uuid_out(raw: str) -> str:
    return str(uuid.UUID(hex=raw))


def _uuid_in(value: Any) -> str:
    if not isinstance(value, str) or len(value) > 45:
        raise ValueError
    return uuid.UUID(value).hex


def _time_out(raw: str) -> str:
    return datetime.fromisoformat(raw).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _time_in(value: Any) -> str:
    if not isinstance(value, str) or len(value) > 40:
        raise ValueError
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        raise ValueError  # a time without its zone could be Tokyo or UTC: refuse rather than guess
    return parsed.astimezone(timezone.utc).strftime(_RAW_TIME)


def _date_in(value: Any) -> str:
    if not isinstance(value, str) or len(value) != 10:
        raise ValueError
    return date.fromisoformat(value).isoformat()


def _bool_in(value: Any) -> int:
    if not isinstance(value, bool):
        raise ValueError
    return int(value)


def _int_in(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not -(2**63) <= value < 2**63:
        raise ValueError
    return value


def _float_in(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValueError
    return float(value)


def _json_in(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    if len(text) > MAX_JSON:
        raise ValueError
    return text


def _text_in(limit: int) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if not isinstance(value, str) or len(value) > limit:
            raise ValueError
        return value
    return check


def _stamp_in(value: Any) -> str:
    if not isinstance(value, str) or len(value) > 80:
        raise ValueError
    try:
        Stamp.parse(value)
    except ClockError:
        raise ValueError from None
    return value


def _origin_in(value: Any) -> str:
    if not isinstance(value, str) or not _COUNCIL_RE.match(value):
        raise ValueError
    return value


@dataclass(frozen=True)
class ColumnCodec:
    name: str
    nullable: bool
    to_json: Callable[[Any], Any] | None  # None: the raw value is already its JSON form
    from_json: Callable[[Any], Any]
    sql: str = "{}"  # SQLite expression turning the raw value ({}) into its JSON form, for json_object()
    kind: str = "text"  # which check fastdecode.py writes out for it
    limit: int = 0  # longest text


_SQL_UUID = ("CASE WHEN {0} IS NULL THEN NULL ELSE substr({0},1,8)||'-'||substr({0},9,4)||'-'||substr({0},13,4)"
             "||'-'||substr({0},17,4)||'-'||substr({0},21) END")
_SQL_TIME = "CASE WHEN {0} IS NULL THEN NULL ELSE replace({0},' ','T')||'Z' END"
_SQL_BOOL = "CASE WHEN {0} IS NULL THEN NULL WHEN {0} THEN json('true') ELSE json('false') END"
_SQL_JSON = "json({0})"


def _column_codec(column: Any) -> ColumnCodec:
    t = column.type
    if isinstance(t, TypeDecorator):
        t = t.impl  # sqlmodel's AutoString is a String underneath; UTCDateTime a DateTime
    name = column.name
    sql, limit = "{0}", 0
    if name == "updated_at":
        out, inn, kind = None, _stamp_in, "stamp"
    elif name == "origin":
        out, inn, kind = None, _origin_in, "origin"
    elif isinstance(t, Uuid):
        out, inn, sql, kind = _uuid_out, _uuid_in, _SQL_UUID, "uuid"
    elif isinstance(t, DateTime):
        out, inn, sql, kind = _time_out, _time_in, _SQL_TIME, "time"
    elif isinstance(t, Date):
        out, inn, kind = None, _date_in, "date"
    elif isinstance(t, Boolean):
        out, inn, sql, kind = bool, _bool_in, _SQL_BOOL, "bool"
    elif isinstance(t, Integer):
        out, inn, kind = None, _int_in, "int"
    elif isinstance(t, Float):
        out, inn, kind = None, _float_in, "float"
    elif isinstance(t, JSON):
        out, inn, sql, kind = json.loads, _json_in, _SQL_JSON, "json"
    elif isinstance(t, String):
        limit = t.length or MAX_TEXT
        out, inn, kind = None, _text_in(limit), "text"
    else:  # a column type this module does not know must not travel half-understood
        raise TypeError(f"no exchange codec for {column.table.name}.{name} ({t!r})")
    return ColumnCodec(name, bool(column.nullable) and not column.primary_key, out, inn, sql, kind, limit)


class TableCodec:
    """Encode a table's raw rows to JSON objects and decode (checking) JSON objects to raw values."""

    def __init__(self, table: Table, model: type) -> None:
        self.table = table
        self.model = model
        self.name = table.name
        self.columns = {c.name: _column_codec(c) for c in table.columns}
        self.required = [c.name for c in table.columns if _required(model, c.name)]

    def json_sql(self, fields: list[str], expressions: dict[str, str]) -> str:
        """An SQL expression making each row's JSON object inside SQLite (much faster than row by row in Python).

        json_object() takes at most 127 arguments, so wide tables are built in parts and joined as text.
        """
        parts = []
        for start in range(0, len(fields), GROUP):
            args = ", ".join(f"'{f}', " + self.columns[f].sql.format(expressions.get(f, f'"{f}"'))
                             for f in fields[start:start + GROUP])
            parts.append(f"json_object({args})")
        if len(parts) == 1:
            return parts[0]
        inner = " || ',' || ".join(f"substr({p}, 2, length({p}) - 2)" for p in parts)
        return f"'{{' || {inner} || '}}'"

    def decode(self, row: Any, fields: list[str]) -> list:
        """Raw values of ``fields`` from a JSON object; RowError names the first bad column."""
        if not isinstance(row, dict):
            raise RowError("not an object")
        values = []
        for name in fields:
            if name not in row:
                raise RowError(f"{name}: missing")
            value = row[name]
            codec = self.columns[name]
            if value is None:
                if not codec.nullable:
                    raise RowError(f"{name}: empty")
                values.append(None)
                continue
            try:
                values.append(codec.from_json(value))
            except (ValueError, TypeError, OverflowError):
                raise RowError(f"{name}: {str(value)[:40]!r}") from None
        return values

    def default_raw(self, name: str) -> Any:
        """The raw value a new row gets for a column that did not travel."""
        field = self.model.model_fields[name]
        if field.default_factory is not None:
            value = field.default_factory()
        else:
            value = field.default
        return python_to_raw(value, self.columns[name])


def python_to_raw(value: Any, codec: ColumnCodec) -> Any:
    if value is None:
        return None
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).strftime(_RAW_TIME)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if hasattr(value, "value") and not isinstance(value, (str, int, float)):
        return value.value
    return value


def raw_to_json(raw: Any, codec: ColumnCodec) -> Any:
    return raw if raw is None or codec.to_json is None else codec.to_json(raw)


def _required(model: type, name: str) -> bool:
    field = model.model_fields.get(name)
    if field is None:
        return True
    return field.is_required()
