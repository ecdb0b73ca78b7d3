"""A laptop's exchange keys and its public identity file.

Each database (one laptop) has an Ed25519 key that signs its bundles and an
X25519 key that bundles for it are encrypted to. The private halves stay in
the database (see dvc/services/exchange/identity.py); only the public halves
leave, in the identity file, which a peer trusts after comparing the
fingerprint by phone.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.exchange.fields import b64, boolean, integer, key32, text, unb64

__all__ = ["PrivateKeys", "PublicIdentity", "b64", "fingerprint", "parse_identity", "unb64", "verify", "x25519_public"]

IDENTITY_FORMAT = "dvc-identity"
IDENTITY_VERSION = 1
MAX_IDENTITY_BYTES = 64 * 1024
_COUNCIL_RE = re.compile(r"^[a-z][a-z0-9_]{1,31}$")
_DEVICE_RE = re.compile(r"^[0-9a-f]{32}$")


@dataclass(frozen=True)
class PrivateKeys:
    signing: Ed25519PrivateKey
    encryption: X25519PrivateKey

    @classmethod
    def generate(cls) -> "PrivateKeys":
        return cls(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    @classmethod
    def from_text(cls, signing: str, encryption: str) -> "PrivateKeys":
        return cls(Ed25519PrivateKey.from_private_bytes(unb64(signing, 32)),
                   X25519PrivateKey.from_private_bytes(unb64(encryption, 32)))

    def signing_text(self) -> str:
        return b64(self.signing.private_bytes_raw())

    def encryption_text(self) -> str:
        return b64(self.encryption.private_bytes_raw())

    def public_signing(self) -> str:
        return b64(self.signing.public_key().public_bytes_raw())

    def public_encryption(self) -> str:
        return b64(self.encryption.public_key().public_bytes_raw())


def fingerprint(council: str, device_id: str, signing_key: str, encryption_key: str) -> str:
    """Twenty digits in groups of four: easy to read aloud over the phone.

    It covers the council code and device as well as both keys, so an identity
    file relabelled for another council shows a different fingerprint.
    """
    digest = hashlib.sha256(f"dvc-fp/1\n{council}\n{device_id}\n{signing_key}\n{encryption_key}".encode()).digest()
    digits = f"{int.from_bytes(digest[:9], 'big') % 10**20:020d}"
    return " ".join(digits[i:i + 4] for i in range(0, 20, 4))


@dataclass(frozen=True)
class PublicIdentity:
    council: str
    short: str
    name: str
    device_id: str
    device_number: int
    signing_key: str
    encryption_key: str
    drill: bool

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.council, self.device_id, self.signing_key, self.encryption_key)

    def to_file_bytes(self, keys: PrivateKeys) -> bytes:
        body = {"format": IDENTITY_FORMAT, "format_version": IDENTITY_VERSION, **asdict(self)}
        payload = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
        document = {**body, "signature": b64(keys.signing.sign(payload))}
        return (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _bad_identity() -> UserError:
    return UserError(QT_TRANSLATE_NOOP("errors", "This is not a dvc identity file, or it was damaged or edited."))


def parse_identity(data: bytes) -> PublicIdentity:
    """Read an identity file; refuse anything malformed, edited or from a newer dvc."""
    if not data or len(data) > MAX_IDENTITY_BYTES:
        raise _bad_identity()
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _bad_identity() from None
    if not isinstance(doc, dict) or doc.get("format") != IDENTITY_FORMAT:
        raise _bad_identity()
    version = doc.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise _bad_identity()
    if version > IDENTITY_VERSION:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "This identity file was made by a newer version of dvc. Update dvc on this laptop first."))
    try:
        ident = PublicIdentity(
            council=text(doc, "council", _COUNCIL_RE), short=text(doc, "short", re.compile(r"^[A-Z]{2}$")),
            name=text(doc, "name", re.compile(r"^.{1,200}$", re.S)), device_id=text(doc, "device_id", _DEVICE_RE),
            device_number=integer(doc, "device_number", 1, 99), signing_key=key32(doc, "signing_key"),
            encryption_key=key32(doc, "encryption_key"), drill=boolean(doc, "drill"),
        )
        signature = unb64(doc.get("signature"), 64)
    except ValueError:
        raise _bad_identity() from None
    body = {k: v for k, v in doc.items() if k != "signature"}
    payload = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    if not verify(ident.signing_key, signature, payload):
        raise _bad_identity()
    return ident


def verify(public_signing_key: str, signature: bytes, payload: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(unb64(public_signing_key, 32)).verify(signature, payload)
    except (InvalidSignature, ValueError):
        return False
    return True


def x25519_public(text: str) -> X25519PublicKey:
    return X25519PublicKey.from_public_bytes(unb64(text, 32))
