"""Pairing a desk with the hub by the join code: SPAKE2, then each side proves it holds the same key.

SPAKE2 (the `spake2` package, Ed25519 group) turns the short code into a
strong shared key without the code or anything that tests a guess crossing
the wire: someone who records the exchange cannot try codes offline, and a
fake hub or desk gets one guess per attempt, which the hub counts. The hub
answers with its confirmation only after the desk's checked out, so a wrong
code learns nothing. Both sides then send their public identity sealed with
that key, and each stores the other's as a trusted peer: no fingerprints to
read aloud.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re

import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from spake2 import SPAKE2_A, SPAKE2_B
from spake2.spake2 import SPAKEError

from dvc.exchange.fields import FieldError, b64, boolean, integer, key32, text, unb64
from dvc.exchange.keys import PublicIdentity

_ID_DESK = b"dvc-center desk"
_ID_HUB = b"dvc-center hub"
_COUNCIL = re.compile(r"^[a-z][a-z0-9_]{1,31}$")
_DEVICE = re.compile(r"^[0-9a-f]{32}$")


class PairingError(ValueError):
    """The other side does not hold the same code (or sent something that is not a pairing message)."""


def _keys(shared: bytes, transcript: bytes) -> tuple[bytes, bytes, bytes]:
    okm = HKDF(algorithm=hashes.SHA256(), length=96, salt=hashlib.sha256(transcript).digest(),
               info=b"dvc-center pairing/1").derive(shared)
    return okm[:32], okm[32:64], okm[64:]


class DeskSide:
    def __init__(self, code: str) -> None:
        self._spake = SPAKE2_A(code.encode("ascii"), idA=_ID_DESK, idB=_ID_HUB)
        self.message = self._spake.start()
        self._keys: tuple[bytes, bytes, bytes] | None = None

    def finish(self, hub_message: bytes) -> bytes:
        """The desk's confirmation to send; PairingError if the hub's message is malformed."""
        try:
            shared = self._spake.finish(hub_message)
        except (SPAKEError, ValueError, TypeError):
            raise PairingError("hub message") from None
        transcript = self.message + hub_message
        self._keys = _keys(shared, transcript)
        return hmac.new(self._keys[0], b"desk" + transcript, "sha256").digest()

    def check_hub(self, confirmation: bytes, hub_message: bytes) -> None:
        assert self._keys is not None
        expected = hmac.new(self._keys[1], b"hub" + self.message + hub_message, "sha256").digest()
        if not hmac.compare_digest(expected, confirmation):
            raise PairingError("hub confirmation")

    def seal(self, payload: dict) -> str:
        assert self._keys is not None
        return _seal(self._keys[2], b"desk", payload)

    def open(self, sealed: str) -> dict:
        assert self._keys is not None
        return _open(self._keys[2], b"hub", sealed)


class HubSide:
    def __init__(self, code: str, desk_message: bytes) -> None:
        spake = SPAKE2_B(code.encode("ascii"), idA=_ID_DESK, idB=_ID_HUB)
        self.message = spake.start()
        try:
            shared = spake.finish(desk_message)
        except (SPAKEError, ValueError, TypeError):
            raise PairingError("desk message") from None
        self._transcript = desk_message + self.message
        self._keys = _keys(shared, self._transcript)

    def desk_confirmed(self, confirmation: bytes) -> bool:
        expected = hmac.new(self._keys[0], b"desk" + self._transcript, "sha256").digest()
        return hmac.compare_digest(expected, confirmation)

    def confirmation(self) -> bytes:
        return hmac.new(self._keys[1], b"hub" + self._transcript, "sha256").digest()

    def seal(self, payload: dict) -> str:
        return _seal(self._keys[2], b"hub", payload)

    def open(self, sealed: str) -> dict:
        return _open(self._keys[2], b"desk", sealed)


def _seal(key: bytes, who: bytes, payload: dict) -> str:
    nonce = os.urandom(12)
    return b64(nonce + ChaCha20Poly1305(key).encrypt(nonce, orjson.dumps(payload), who))


def _open(key: bytes, who: bytes, sealed: str) -> dict:
    try:
        raw = unb64(sealed)
        plain = ChaCha20Poly1305(key).decrypt(raw[:12], raw[12:], who)
        value = orjson.loads(plain)
    except (FieldError, InvalidTag, ValueError, orjson.JSONDecodeError):
        raise PairingError("sealed identity") from None
    if not isinstance(value, dict):
        raise PairingError("sealed identity")
    return value


def identity_to_dict(identity: PublicIdentity) -> dict:
    return {"council": identity.council, "short": identity.short, "name": identity.name,
            "device_id": identity.device_id, "device_number": identity.device_number,
            "signing_key": identity.signing_key, "encryption_key": identity.encryption_key, "drill": identity.drill}


def identity_from_dict(doc: object) -> PublicIdentity:
    """A laptop's public identity as sent in pairing (laptop number 0 is the hub); PairingError if malformed."""
    if not isinstance(doc, dict):
        raise PairingError("identity")
    try:
        return PublicIdentity(
            council=text(doc, "council", _COUNCIL), short=text(doc, "short", re.compile(r"^[A-Z]{2}$")),
            name=text(doc, "name", re.compile(r"^.{1,200}$", re.S)), device_id=text(doc, "device_id", _DEVICE),
            device_number=integer(doc, "device_number", 0, 99), signing_key=key32(doc, "signing_key"),
            encryption_key=key32(doc, "encryption_key"), drill=boolean(doc, "drill"))
    except FieldError:
        raise PairingError("identity") from None
