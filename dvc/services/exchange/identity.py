"""This laptop's exchange identity and the peers it trusts.

Where the private keys live: in this database's settings table, not in a key
file beside it. The database is what staff back up, restore and move; a key
file beside it would be forgotten in exactly those moments, and a restored
laptop would then need every peer to trust it again. Anyone who can read the
database file can already read all the personal data the keys protect, so a
separate file would add no protection. Settings never travel in a bundle
(dvc/exchange/policy.py), and a test checks that the key bytes are in no
bundle.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlmodel import Session, select

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.exchange.keys import PrivateKeys, PublicIdentity, parse_identity
from dvc.exchange.reader import TrustedKey
from dvc.services.core.workspace import Workspace
from dvc.store.tables import Device, Peer, Setting

KEY_SIGNING = "exchange.signing_key"
KEY_ENCRYPTION = "exchange.encryption_key"


@dataclass(frozen=True)
class PeerInfo:
    council_code: str
    council_name: str
    device_number: int
    device_id: str
    fingerprint: str
    trusted_at: datetime
    same_council: bool


def _setting(s: Session, key: str) -> Setting | None:
    return s.exec(select(Setting).where(Setting.key == key)).first()


def ensure_keys(ws: Workspace) -> PrivateKeys:
    """This laptop's keys, made on first use."""
    with ws.session() as s:
        signing, encryption = _setting(s, KEY_SIGNING), _setting(s, KEY_ENCRYPTION)
        if signing is not None and encryption is not None:
            return PrivateKeys.from_text(signing.value, encryption.value)
    keys = PrivateKeys.generate()
    with ws.transaction() as s:
        s.info["no_audit"] = True  # the audit trail keeps values: private keys must not be copied there
        s.add(Setting(key=KEY_SIGNING, value=keys.signing_text()))
        s.add(Setting(key=KEY_ENCRYPTION, value=keys.encryption_text()))
        device = s.get(Device, uuid.UUID(ws.identity.device_id))
        if device is not None:
            device.public_key = keys.public_signing()
            s.add(device)
    return keys


def own_identity(ws: Workspace, keys: PrivateKeys | None = None) -> PublicIdentity:
    keys = keys or ensure_keys(ws)
    ident = ws.identity
    return PublicIdentity(
        council=ident.council_code, short=ident.council_short, name=ident.council_name,
        device_id=uuid.UUID(ident.device_id).hex, device_number=ident.device_number,
        signing_key=keys.public_signing(), encryption_key=keys.public_encryption(), drill=ident.drill,
    )


def write_identity(ws: Workspace, *, out: Path) -> PublicIdentity:
    keys = ensure_keys(ws)
    identity = own_identity(ws, keys)
    try:
        out.write_bytes(identity.to_file_bytes(keys))
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Could not write {path}: {reason}"),
                        path=str(out), reason=exc.strerror or str(exc)) from None
    return identity


def read_identity_file(path: Path) -> PublicIdentity:
    try:
        with open(path, "rb") as fh:
            data = fh.read(64 * 1024 + 1)
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Could not read {path}: {reason}"),
                        path=str(path), reason=exc.strerror or str(exc)) from None
    return parse_identity(data)


def check_trustable(ws: Workspace, identity: PublicIdentity) -> None:
    if identity.device_id == uuid.UUID(ws.identity.device_id).hex:
        raise UserError(QT_TRANSLATE_NOOP("errors", "This is this laptop's own identity file."))
    if identity.drill != ws.identity.drill:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "A drill database and a real one cannot exchange data: drill data never mixes with real data."))
    if identity.council != ws.identity.council_code and identity.short == ws.identity.council_short:
        # Another council with our two letters could number records in our series (V-KG1-…).
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "That council ({council}) uses this council's short code {short}; it cannot be trusted."),
            council=identity.council, short=identity.short)
    if identity.council == ws.identity.council_code and identity.device_number == ws.identity.device_number:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "That laptop has the same device number ({number}) as this one, so their record codes would "
                      "clash. Create one of them again with another --device number."), number=identity.device_number)


def trust_peer(ws: Workspace, *, identity: PublicIdentity) -> PeerInfo:
    """Accept bundles from this laptop and encrypt bundles for it (after the fingerprint was compared).

    Center head only: a trusted council's bundles change what this laptop holds."""
    from dvc.services.staff.permissions import TRUST_PEER, require

    require(ws, TRUST_PEER)
    return record_trusted_peer(ws, identity=identity)


def record_trusted_peer(ws: Workspace, *, identity: PublicIdentity) -> PeerInfo:
    """Keep ``identity`` as trusted, for a pairing authorised another way than a signed-in center head: center
    mode's join code, which only the center head can show (services/center), proves both sides to each other."""
    check_trustable(ws, identity)
    with ws.transaction() as s:
        peer = s.exec(select(Peer).where(Peer.device_id == identity.device_id)).first() or Peer(
            device_id=identity.device_id, council_code=identity.council, signing_key="", encryption_key="",
            fingerprint="")
        peer.council_code = identity.council
        peer.council_short = identity.short
        peer.council_name = identity.name
        peer.device_number = identity.device_number
        peer.signing_key = identity.signing_key
        peer.encryption_key = identity.encryption_key
        peer.fingerprint = identity.fingerprint
        peer.drill = identity.drill
        peer.deleted = False
        peer.trusted_at = datetime.now(timezone.utc)
        peer.trusted_by = ws.operator
        s.add(peer)
    return _info(ws, peer)


def list_peers(ws: Workspace) -> list[PeerInfo]:
    with ws.session() as s:
        peers = s.exec(select(Peer).where(Peer.deleted == False).order_by(Peer.council_code, Peer.device_number)).all()  # noqa: E712
        return [_info(ws, p) for p in peers]


def peer_councils(ws: Workspace) -> list[tuple[str, str]]:
    """(code, name) of every council with a trusted laptop, ours first if another of our laptops is trusted."""
    seen: dict[str, str] = {}
    for p in list_peers(ws):
        seen.setdefault(p.council_code, p.council_name)
    return sorted(seen.items(), key=lambda item: (item[0] != ws.identity.council_code, item[0]))


def trusted_lookup(ws: Workspace) -> dict[str, TrustedKey]:
    with ws.session() as s:
        return {p.device_id: TrustedKey(signing_key=p.signing_key, council=p.council_code)
                for p in s.exec(select(Peer).where(Peer.deleted == False)).all()}  # noqa: E712


def _info(ws: Workspace, p: Peer) -> PeerInfo:
    return PeerInfo(council_code=p.council_code, council_name=p.council_name, device_number=p.device_number,
                    device_id=p.device_id, fingerprint=p.fingerprint, trusted_at=p.trusted_at,
                    same_council=p.council_code == ws.identity.council_code)
