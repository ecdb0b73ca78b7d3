"""Checks for the fields of the exchange's JSON documents (manifest, identity file) and their Base64 keys."""

from __future__ import annotations

import base64
import binascii
import re


class FieldError(ValueError):
    """A field that is missing or malformed; the message names it."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object, size: int | None = None) -> bytes:
    """Decode base64 text; FieldError if it is not that (or not ``size`` bytes)."""
    if not isinstance(text, str):
        raise FieldError("not base64 text")
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise FieldError("not base64 text") from None
    if size is not None and len(data) != size:
        raise FieldError("wrong key length")
    return data


def text(doc: dict, key: str, pattern: re.Pattern) -> str:
    value = doc.get(key)
    if not isinstance(value, str) or not pattern.match(value):
        raise FieldError(key)
    return value


def integer(doc: dict, key: str, low: int, high: int) -> int:
    value = doc.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise FieldError(key)
    return value


def boolean(doc: dict, key: str) -> bool:
    value = doc.get(key)
    if not isinstance(value, bool):
        raise FieldError(key)
    return value


def key32(doc: dict, key: str) -> str:
    """A Base64 public key of 32 bytes."""
    try:
        unb64(doc.get(key), 32)
    except FieldError:
        raise FieldError(key) from None
    return doc[key]
