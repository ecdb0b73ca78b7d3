"""The bundle's manifest: what the file holds, who made it, for whom; signed by its maker.

See manual/exchange_format.md for the field-by-field description.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from dvc.domain.hlc import ClockError, Stamp
from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.exchange.fields import FieldError, boolean as _bool, integer as _int, key32 as _key, text as _str, unb64

FORMAT = "dvc-exchange"
FORMAT_MAJOR = 1
FORMAT_MINOR = 0
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
MEMBER_RE = re.compile(r"^data/([a-z][a-z0-9_]{0,39})\.ndjson(\.enc)?$")
_FIELD_RE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_COUNCIL_RE = re.compile(r"^[a-z][a-z0-9_]{1,31}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_DEVICE_RE = re.compile(r"^[0-9a-f]{32}$")
MAX_SEEN = 1000


ManifestError = FieldError  # what reader.py catches: a manifest field missing or malformed


@dataclass(frozen=True)
class Member:
    name: str
    table: str
    rows: int
    fields: list[str]
    sha256: str
    encrypted: bool


@dataclass(frozen=True)
class Manifest:
    raw: dict
    bundle_id: uuid.UUID
    created_at: datetime
    source_council: str
    source_short: str
    source_name: str
    source_device_id: str
    source_device_number: int
    source_signing_key: str
    source_encryption_key: str
    drill: bool
    recipient_council: str
    scope: str
    full: bool
    seen: dict[str, str]
    encryption: dict | None
    members: list[Member]


def check_version(doc: Any) -> None:
    """Refuse a newer major version before anything else is read: its meaning may have changed."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ManifestError("format")
    version = doc.get("format_version")
    match = re.match(r"^(\d{1,4})\.(\d{1,4})$", version) if isinstance(version, str) else None
    if match is None:
        raise ManifestError("format_version")
    if int(match.group(1)) > FORMAT_MAJOR:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "This bundle was made by a newer version of dvc (format {version}). "
                      "Update dvc on this laptop to read it."), version=version)


def parse(doc: dict) -> Manifest:
    """Check the manifest's structure (unknown keys are ignored); ManifestError names what is wrong."""
    check_version(doc)
    source = _obj(doc, "source")
    recipient = _obj(doc, "recipient")
    members = doc.get("members")
    if not isinstance(members, list) or len(members) > 200:
        raise ManifestError("members")
    parsed = [_member(m) for m in members]
    names = [m.name for m in parsed]
    tables = [m.table for m in parsed]
    if len(set(names)) != len(names) or len(set(tables)) != len(tables):
        raise ManifestError("members repeat")
    seen = doc.get("seen", {})
    if not isinstance(seen, dict) or len(seen) > MAX_SEEN:
        raise ManifestError("seen")
    for node, stamp in seen.items():
        _stamp(stamp, "seen")
        if not isinstance(node, str) or not re.match(r"^[0-9a-f]{1,64}$", node):
            raise ManifestError("seen")
    encryption = doc.get("encryption")
    if encryption is not None:
        _encryption(encryption)
    if any(m.encrypted for m in parsed) != (encryption is not None) or (
            encryption is not None and not all(m.encrypted for m in parsed)):
        raise ManifestError("encryption")
    try:
        bundle_id = uuid.UUID(_str(doc, "bundle_id", re.compile(r"^[0-9a-f-]{36}$")))
        created_at = datetime.fromisoformat(_str(doc, "created_at", re.compile(r"^\d{4}-.{1,40}Z$")).replace("Z", "+00:00"))
    except ValueError:
        raise ManifestError("bundle_id/created_at") from None
    scope = _str(recipient, "scope", re.compile(r"^(council|block)$"))
    return Manifest(
        raw=doc, bundle_id=bundle_id, created_at=created_at,
        source_council=_str(source, "council", _COUNCIL_RE), source_short=_str(source, "short", re.compile(r"^[A-Z]{2}$")),
        source_name=_str(source, "name", re.compile(r"^.{1,200}$", re.S)),
        source_device_id=_str(source, "device_id", _DEVICE_RE),
        source_device_number=_int(source, "device_number", 1, 99),
        source_signing_key=_key(source, "signing_key"), source_encryption_key=_key(source, "encryption_key"),
        drill=_bool(source, "drill"),
        recipient_council=_str(recipient, "council", _COUNCIL_RE), scope=scope,
        full=_bool(doc, "full"), seen=dict(seen), encryption=encryption, members=parsed,
    )


def _member(m: Any) -> Member:
    if not isinstance(m, dict):
        raise ManifestError("member")
    name = _str(m, "name", MEMBER_RE)
    match = MEMBER_RE.match(name)
    table = _str(m, "table", re.compile(r"^[a-z][a-z0-9_]{0,39}$"))
    if match is None or match.group(1) != table:
        raise ManifestError("member name")
    fields = m.get("fields")
    if not isinstance(fields, list) or not fields or len(fields) > 500 or not all(
            isinstance(f, str) and _FIELD_RE.match(f) for f in fields) or len(set(fields)) != len(fields):
        raise ManifestError("member fields")
    return Member(name=name, table=table, rows=_int(m, "rows", 0, 50_000_000), fields=fields,
                  sha256=_str(m, "sha256", _HEX64), encrypted=match.group(2) is not None)


def _encryption(enc: Any) -> None:
    if not isinstance(enc, dict) or not isinstance(enc.get("algorithm"), str):
        raise ManifestError("encryption")
    _key(enc, "ephemeral_key")
    recipients = enc.get("recipients")
    if not isinstance(recipients, list) or not 1 <= len(recipients) <= 200:
        raise ManifestError("encryption recipients")
    for r in recipients:
        if not isinstance(r, dict):
            raise ManifestError("encryption recipient")
        _str(r, "device_id", _DEVICE_RE)
        try:
            unb64(r.get("wrapped_key"), 48)
        except ValueError:
            raise ManifestError("wrapped key") from None


def _obj(doc: dict, key: str) -> dict:
    value = doc.get(key)
    if not isinstance(value, dict):
        raise ManifestError(key)
    return value


def _stamp(value: Any, key: str) -> str:
    if not isinstance(value, str):
        raise ManifestError(key)
    try:
        Stamp.parse(value)
    except ClockError:
        raise ManifestError(key) from None
    return value


def dumps(doc: dict) -> bytes:
    return (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")
