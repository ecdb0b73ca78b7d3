"""Encryption of a bundle's members for the laptops of the receiving council.

A random content key encrypts every member; it is wrapped once per recipient
laptop with a key agreed by X25519 between a one-off (ephemeral) key of the
bundle and the recipient's public key. Members are encrypted in frames of at
most FRAME_BYTES with ChaCha20-Poly1305 so that export and import stream; the
frame counter and a last-frame flag are part of each nonce, so frames cannot
be reordered, dropped or cut off without the import noticing.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from dvc.exchange.keys import b64, unb64, x25519_public

ALGORITHM = "X25519-HKDF-SHA256/ChaCha20-Poly1305"
FRAME_BYTES = 1 << 20
TAG_BYTES = 16
_LENGTH = struct.Struct(">I")
_WRAP_INFO = b"dvc-exchange/1 key wrap"
_MEMBER_INFO = b"dvc-exchange/1 member "
_ZERO_NONCE = bytes(12)


class SealError(ValueError):
    """Ciphertext that does not decrypt: damaged, edited, or not for this laptop."""


def _hkdf(secret: bytes, *, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(secret)


@dataclass(frozen=True)
class Recipient:
    device_id: str
    encryption_key: str  # X25519 public key, base64


def wrap_content_key(content_key: bytes, bundle_id: bytes, recipients: Iterable[Recipient]) -> dict:
    """The manifest's "encryption" object: the ephemeral public key and one wrapped key per recipient."""
    ephemeral = X25519PrivateKey.generate()
    eph_pub = ephemeral.public_key().public_bytes_raw()
    wrapped = []
    for r in recipients:
        their = x25519_public(r.encryption_key)
        kek = _hkdf(ephemeral.exchange(their), salt=eph_pub + their.public_bytes_raw(), info=_WRAP_INFO)
        wrapped.append({"device_id": r.device_id,
                        "wrapped_key": b64(ChaCha20Poly1305(kek).encrypt(_ZERO_NONCE, content_key, bundle_id))})
    return {"algorithm": ALGORITHM, "ephemeral_key": b64(eph_pub), "recipients": wrapped}


def unwrap_content_key(encryption: dict, bundle_id: bytes, device_id: str, private: X25519PrivateKey) -> bytes | None:
    """The content key if this laptop is a recipient; None if it is not listed. SealError if it does not open."""
    mine = [r for r in encryption["recipients"] if r["device_id"] == device_id]
    if not mine:
        return None
    eph_pub = unb64(encryption["ephemeral_key"], 32)
    own_pub = private.public_key().public_bytes_raw()
    kek = _hkdf(private.exchange(x25519_public(encryption["ephemeral_key"])), salt=eph_pub + own_pub, info=_WRAP_INFO)
    try:
        key = ChaCha20Poly1305(kek).decrypt(_ZERO_NONCE, unb64(mine[0]["wrapped_key"]), bundle_id)
    except (InvalidTag, ValueError):
        raise SealError("the content key does not open") from None
    if len(key) != 32:
        raise SealError("content key of the wrong length")
    return key


def new_content_key() -> bytes:
    return os.urandom(32)


def member_key(content_key: bytes, bundle_id: bytes, name: str) -> ChaCha20Poly1305:
    return ChaCha20Poly1305(_hkdf(content_key, salt=bundle_id, info=_MEMBER_INFO + name.encode("utf-8")))


def _nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


class FrameSealer:
    """Collects plaintext and emits length-prefixed encrypted frames; close() emits the last one."""

    def __init__(self, aead: ChaCha20Poly1305, name: str) -> None:
        self._aead, self._aad = aead, name.encode("utf-8")
        self._buffer = bytearray()
        self._counter = 0

    def feed(self, data: bytes) -> Iterator[bytes]:
        self._buffer += data
        while len(self._buffer) > FRAME_BYTES:
            chunk = bytes(self._buffer[:FRAME_BYTES])
            del self._buffer[:FRAME_BYTES]
            yield self._frame(chunk, last=False)

    def close(self) -> bytes:
        frame = self._frame(bytes(self._buffer), last=True)
        self._buffer.clear()
        return frame

    def _frame(self, chunk: bytes, *, last: bool) -> bytes:
        sealed = self._aead.encrypt(_nonce(self._counter, last), chunk, self._aad)
        self._counter += 1
        return _LENGTH.pack(len(sealed)) + sealed


def open_frames(aead: ChaCha20Poly1305, name: str, stored: Iterable[bytes]) -> Iterator[bytes]:
    """Plaintext chunks from the stored bytes of a sealed member (given in any chunking)."""
    aad = name.encode("utf-8")
    buffer = bytearray()
    counter = 0
    finished = False
    for data in stored:
        buffer += data
        while len(buffer) >= _LENGTH.size:
            (length,) = _LENGTH.unpack_from(buffer)
            if length < TAG_BYTES or length > FRAME_BYTES + TAG_BYTES:
                raise SealError("bad frame length")
            if len(buffer) < _LENGTH.size + length:
                break
            if finished:
                raise SealError("data after the last frame")
            sealed = bytes(buffer[_LENGTH.size:_LENGTH.size + length])
            del buffer[:_LENGTH.size + length]
            plain, finished = _open_one(aead, counter, sealed, aad)
            counter += 1
            yield plain
    if buffer or not finished:
        raise SealError("the member is cut off")


def _open_one(aead: ChaCha20Poly1305, counter: int, sealed: bytes, aad: bytes) -> tuple[bytes, bool]:
    """Try the frame as a middle frame, then as the last one: the tag tells which it was."""
    for last in (False, True):
        try:
            return aead.decrypt(_nonce(counter, last), sealed, aad), last
        except InvalidTag:
            continue
    raise SealError("a frame does not decrypt")
