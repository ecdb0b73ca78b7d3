"""What a dvc QR code says: ``DVC1-KG-V-<26 chars>-<check>``.

* ``DVC1``  format and version: anything else is a foreign code
* ``KG``    the council's short code (whose record it is)
* ``V``     the kind of record: V volunteer, S blank intake sheet, G group,
            N need, T team, E equipment label
* 26 chars  the record's UUID in base32 (RFC 4648, no padding)
* check     one base32 character over everything before it (Luhn mod 32)

Only upper-case letters, digits and '-': QR alphanumeric mode keeps the code
small, and a USB scanner types these characters the same on a US and a
Japanese (JIS) keyboard layout, where ':' or '/' would come out differently.
No personal data: a lost sheet tells nobody anything about its owner.
"""

from __future__ import annotations

import base64
import re
import unicodedata
import uuid
from dataclasses import dataclass

VERSION = "DVC1"
QR_KINDS = frozenset("VSGNTE")
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_VALUE = {ch: i for i, ch in enumerate(_ALPHABET)}
_SHAPE = re.compile(r"^DVC(\d+)-([A-Z]{2})-([A-Z])-([A-Z2-7]{26})-([A-Z2-7])$")


class PayloadError(ValueError):
    """Not a dvc QR payload we can read; ``reason`` says why, for the message."""

    def __init__(self, reason: str, text: str) -> None:
        super().__init__(f"{reason}: {text!r}")
        self.reason = reason
        self.text = text


@dataclass(frozen=True)
class Payload:
    council: str
    kind: str
    record_id: uuid.UUID

    def __str__(self) -> str:
        body = f"{VERSION}-{self.council}-{self.kind}-{_b32(self.record_id)}"
        return f"{body}-{_check_char(body)}"


def _b32(value: uuid.UUID) -> str:
    return base64.b32encode(value.bytes).decode("ascii").rstrip("=")


def _check_char(body: str) -> str:
    """Luhn mod N over the base32 alphabet; characters outside it count by code point."""
    factor, total, n = 2, 0, len(_ALPHABET)
    for ch in reversed(body):
        value = _VALUE.get(ch, ord(ch) % n)
        addend = factor * value
        factor = 1 if factor == 2 else 2
        total += addend // n + addend % n
    return _ALPHABET[(n - total % n) % n]


def make_payload(council: str, kind: str, record_id: uuid.UUID) -> str:
    if kind not in QR_KINDS:
        raise PayloadError("bad-kind", kind)
    if not re.fullmatch(r"[A-Z]{2}", council):
        raise PayloadError("bad-council", council)
    return str(Payload(council, kind, record_id))


def looks_like_payload(text: str) -> bool:
    """True for anything that starts like a dvc QR (so the scan field treats it as one)."""
    return unicodedata.normalize("NFKC", text).strip().upper().startswith("DVC")


def parse_payload(text: str) -> Payload:
    """Read what a scanner typed; full-width input (an IME left on) is folded first."""
    clean = unicodedata.normalize("NFKC", text).strip().upper()
    match = _SHAPE.match(clean)
    if not match:
        raise PayloadError("not-a-payload", text)
    version, council, kind, body, check = match.groups()
    if f"DVC{version}" != VERSION:
        raise PayloadError("newer-version" if int(version) > int(VERSION[3:]) else "not-a-payload", text)
    if kind not in QR_KINDS:
        raise PayloadError("bad-kind", text)
    if _check_char(clean[: clean.rindex("-")]) != check:
        raise PayloadError("bad-check", text)
    raw = base64.b32decode(body + "======")
    return Payload(council, kind, uuid.UUID(bytes=raw))
