"""Signed requests and responses between the hub and its desks (Ed25519 over the method, path, time, a nonce
and the body's SHA-256).

The wire has no TLS: what it carries is already encrypted for its receiver
(dvc/sync/envelope.py). What the signatures add: the hub answers only laptops
it paired (their public keys are in its trusted peers), a request cannot be
replayed (a nonce is accepted once within the time window), and a desk
believes an acknowledgement only when it is the hub's, for that very request
(a forged "received" would make a desk drop changes from its queue).
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from collections.abc import Callable, Mapping

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from dvc.exchange.keys import b64, unb64, verify

H_DEVICE = "X-DVC-Device"
H_TIME = "X-DVC-Time"
H_NONCE = "X-DVC-Nonce"
H_SIGNATURE = "X-DVC-Signature"
WINDOW_MS = 15 * 60 * 1000  # laptops' clocks may be minutes apart; a replay inside it meets the nonce cache


class AuthError(Exception):
    """Why a request was refused: ``reason`` is one of the REASON_* words the other side turns into a message."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


UNPAIRED = "unpaired"
BAD_SIGNATURE = "bad_signature"
CLOCK = "clock"
REPLAY = "replay"


def _request_text(method: str, path: str, at_ms: int, nonce: str, body: bytes) -> bytes:
    return "\n".join(("dvc-sync/1 request", method.upper(), path, str(at_ms), nonce,
                      hashlib.sha256(body).hexdigest())).encode("ascii")


def _response_text(nonce: str, status: int, body: bytes) -> bytes:
    return "\n".join(("dvc-sync/1 response", nonce, str(status), hashlib.sha256(body).hexdigest())).encode("ascii")


def sign_request(key: Ed25519PrivateKey, device_id: str, method: str, path: str, body: bytes) -> dict[str, str]:
    at_ms = int(time.time() * 1000)
    nonce = os.urandom(16).hex()
    signature = key.sign(_request_text(method, path, at_ms, nonce, body))
    return {H_DEVICE: device_id, H_TIME: str(at_ms), H_NONCE: nonce, H_SIGNATURE: b64(signature)}


def sign_response(key: Ed25519PrivateKey, nonce: str, status: int, body: bytes) -> str:
    return b64(key.sign(_response_text(nonce, status, body)))


def response_ok(public_key: str, nonce: str, status: int, body: bytes, signature: str | None) -> bool:
    try:
        raw = unb64(signature or "", 64)
    except ValueError:
        return False
    return verify(public_key, raw, _response_text(nonce, status, body))


class RequestVerifier:
    """Checks requests against the paired laptops' keys; remembers nonces for the time window."""

    def __init__(self, key_of: Callable[[str], str | None], *, now_ms: Callable[[], int] | None = None) -> None:
        self._key_of = key_of
        self._now_ms = now_ms or (lambda: int(time.time() * 1000))
        self._nonces: dict[str, int] = {}
        self._lock = threading.Lock()

    def verify(self, method: str, path: str, headers: Mapping[str, str], body: bytes) -> str:
        """The sending laptop's device id; AuthError otherwise."""
        device = headers.get(H_DEVICE, "")
        key = self._key_of(device) if len(device) == 32 else None
        if key is None:
            raise AuthError(UNPAIRED)
        nonce = headers.get(H_NONCE, "")
        try:
            at_ms = int(headers.get(H_TIME, ""))
            signature = unb64(headers.get(H_SIGNATURE, ""), 64)
        except ValueError:
            raise AuthError(BAD_SIGNATURE) from None
        if not 16 <= len(nonce) <= 64 or not verify(key, signature, _request_text(method, path, at_ms, nonce, body)):
            raise AuthError(BAD_SIGNATURE)
        now = self._now_ms()
        if abs(now - at_ms) > WINDOW_MS:
            raise AuthError(CLOCK)
        with self._lock:
            if len(self._nonces) > 10_000:
                self._nonces = {n: t for n, t in self._nonces.items() if t > now - WINDOW_MS}
            if nonce in self._nonces:
                raise AuthError(REPLAY)
            self._nonces[nonce] = now
        return device
