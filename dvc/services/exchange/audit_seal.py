"""Sealing this laptop's audit chain: its key signs the newest entry's hash, so other laptops can tell its
entries from made-up ones.

A seal is an entry of the chain itself (action ``seal``) whose values are the place and hash it vouches for,
the public signing key and the signature. It is written when a bundle for another laptop of the council is
made, just before the bundle's rows are read, so every entry of this laptop in a bundle is covered by the seal
that comes with it. Anyone can recompute a chain's hashes; only the laptop's key makes a seal that verifies
(dvc/exchange/audit_merge.py checks it on import, `dvc audit verify` on demand).
"""

from __future__ import annotations

import json

from dvc.exchange.keys import PrivateKeys, b64
from dvc.services.core.workspace import Workspace
from dvc.services.exchange.identity import ensure_keys
from dvc.store.audit_chain import SEAL, ChainWriter, Entry, head, seal_message


def seal_chain(ws: Workspace) -> int:
    """Seal the chain up to its newest entry (nothing new since the last seal: nothing written); its place."""
    node = ws.db.clock.node
    with ws.session() as s:  # most calls find nothing to seal: look first, without the write lock
        seq = _sealed_head(s.connection().connection.driver_connection, node)
    if seq is not None:
        return seq
    keys = ensure_keys(ws)
    with ws.transaction() as s:
        return seal_on(s.connection().connection.driver_connection, ws, keys)


def is_sealed(conn, ws: Workspace) -> bool:  # noqa: ANN001
    """This laptop's newest entry on ``conn`` is a seal: nothing to seal."""
    return _sealed_head(conn, ws.db.clock.node) is not None


def seal_on(conn, ws: Workspace, keys: PrivateKeys) -> int:  # noqa: ANN001
    """Seal the chain on ``conn``, inside the caller's write transaction (unless its newest entry is a seal)."""
    node = ws.db.clock.node
    sealed = _sealed_head(conn, node)
    if sealed is not None:
        return sealed
    seq, hash_ = head(conn, node)
    signature = b64(keys.signing.sign(seal_message(node, seq, hash_)))
    ChainWriter(conn, device_id=node, origin=ws.identity.council_code, device_number=ws.identity.device_number,
                stamp=ws.db.clock.now).append([Entry(
                    action=SEAL, operator_name=ws.operator, operator_id=ws.operator_id,
                    after={"seq": seq, "hash": hash_, "key": keys.public_signing(), "signature": signature})])
    return seq + 1


def _sealed_head(conn, node: str) -> int | None:  # noqa: ANN001
    """The place of the chain's newest entry when that entry is a seal (nothing to seal), else None."""
    seq, _hash = head(conn, node)
    last = conn.execute("SELECT action FROM audit_event WHERE device_id = ? AND seq = ?", (node, seq)).fetchone()
    return seq if seq and last and last[0] == SEAL else None


def seal_of(after: object) -> dict:
    """A seal entry's values (stored as JSON text)."""
    value = json.loads(after) if isinstance(after, str) else after
    return value if isinstance(value, dict) else {}
