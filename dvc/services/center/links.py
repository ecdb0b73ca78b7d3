"""This laptop's links to its center peers (SyncLink rows) and the keys that go with them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlmodel import select

from dvc.exchange.keys import PrivateKeys, PublicIdentity
from dvc.services.core.workspace import Workspace
from dvc.services.exchange.identity import ensure_keys, own_identity, record_trusted_peer
from dvc.store.tables import Peer, SyncLink
from dvc.store.tables.replication import ROLE_DESK, ROLE_HUB

__all__ = ["ROLE_DESK", "ROLE_HUB", "LinkInfo", "device_hex", "hub_link", "links", "save_link", "drop_link"]


@dataclass(frozen=True)
class LinkInfo:
    peer_device_id: str
    role: str
    address: str
    local_hub: bool
    sent_upto: int
    received_upto: int
    seen: dict
    device_number: int
    signing_key: str
    encryption_key: str


def device_hex(ws: Workspace) -> str:
    return uuid.UUID(ws.identity.device_id).hex


def _info(link: SyncLink, peer: Peer | None) -> LinkInfo:
    return LinkInfo(link.peer_device_id, link.role, link.address, link.local_hub, link.sent_upto,
                    link.received_upto, dict(link.seen or {}), peer.device_number if peer else 0,
                    peer.signing_key if peer else "", peer.encryption_key if peer else "")


def links(ws: Workspace, role: str | None = None) -> list[LinkInfo]:
    with ws.session() as s:
        query = select(SyncLink).where(SyncLink.deleted == False)  # noqa: E712
        if role:
            query = query.where(SyncLink.role == role)
        rows = s.exec(query).all()
        peers = {p.device_id: p for p in s.exec(select(Peer).where(Peer.deleted == False)).all()}  # noqa: E712
        return [_info(r, peers.get(r.peer_device_id)) for r in rows if r.peer_device_id in peers]


def hub_link(ws: Workspace) -> LinkInfo | None:
    """A desk's link to its hub, or None when it has not joined one."""
    found = links(ws, ROLE_HUB)
    return found[0] if found else None


def save_link(ws: Workspace, *, identity: PublicIdentity, role: str, address: str = "", local_hub: bool = False,
              sent_upto: int = 0, received_upto: int = 0, keep_cursors: bool = True) -> None:
    """Trust ``identity`` and keep a link to it; a desk keeps one hub link, so an older one is dropped."""
    record_trusted_peer(ws, identity=identity)  # the join code authorised this pairing
    with ws.transaction() as s:
        if role == ROLE_HUB:
            for old in s.exec(select(SyncLink).where(SyncLink.role == ROLE_HUB,
                                                     SyncLink.peer_device_id != identity.device_id)).all():
                _retire(s, old)
        link = s.exec(select(SyncLink).where(SyncLink.peer_device_id == identity.device_id)).first()
        if link is None or link.deleted or not keep_cursors:
            link = link or SyncLink(peer_device_id=identity.device_id, role=role)
            link.sent_upto, link.received_upto, link.seen, link.deleted = sent_upto, received_upto, {}, False
        link.role, link.local_hub = role, local_hub
        if address:
            link.address = address
        s.add(link)


def _retire(s, link: SyncLink) -> None:  # noqa: ANN001
    """A hub this desk no longer follows: forget the link and stop trusting that laptop."""
    peer = s.exec(select(Peer).where(Peer.device_id == link.peer_device_id)).first()
    if peer is not None:
        peer.deleted = True
        s.add(peer)
    s.delete(link)


def drop_link(ws: Workspace, device_id: str) -> None:
    with ws.transaction() as s:
        link = s.exec(select(SyncLink).where(SyncLink.peer_device_id == device_id)).first()
        if link is not None:
            _retire(s, link)


def set_address(ws: Workspace, device_id: str, address: str) -> None:
    with ws.transaction() as s:
        link = s.exec(select(SyncLink).where(SyncLink.peer_device_id == device_id)).first()
        if link is not None and link.address != address:
            link.address = address
            s.add(link)


def own_keys_and_identity(ws: Workspace) -> tuple[PrivateKeys, PublicIdentity]:
    keys = ensure_keys(ws)
    return keys, own_identity(ws, keys)
