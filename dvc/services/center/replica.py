"""The hub's own database: a copy of this desk's file, made into a laptop of its own (laptop number 0).

Beside the desk's file (``dvc.db`` -> ``dvc-hub.db``), so it lives in the same
data folder, is backed up and encrypted the same way, and a copy of the data
folder holds the whole center. It starts as a consistent copy (SQLite's
backup API, then an integrity check) of the desk's data; then it gets a new
device id and keys and forgets the desk's own peers and links, and it trusts
the desk, as the desk trusts it, at once: they share a laptop, no code needed.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone
from pathlib import Path

from dvc.services.center import hub_settings
from dvc.services.center.links import ROLE_DESK, ROLE_HUB, own_keys_and_identity, save_link
from dvc.services.center.rounds import feed_head
from dvc.services.core.workspace import KEY_DEVICE, Workspace, open_workspace
from dvc.services.keys import custody
from dvc.store import cipher
from dvc.store.copies import copy_database
from dvc.domain import join_code

HUB_NUMBER = 0
_LOCAL_RECORDS = ("exchange_peer", "sync_link")


def replica_path(desk_path: Path) -> Path:
    return desk_path.with_name(f"{desk_path.stem}-hub{desk_path.suffix or '.db'}")


def create_replica(ws: Workspace, target: Path) -> tuple[str, int]:
    """Make the hub's database at ``target`` from ``ws``'s; returns (hub device id, its feed head).

    The desk's cursor toward the hub starts at its own feed head read before the copy: whatever it writes
    during the copy is sent again and merges as unchanged.
    """
    desk_head = feed_head(ws)
    if target.exists():
        stale = target.with_name(f"{target.stem}-replaced-{datetime.now(timezone.utc):%Y%m%dT%H%M%S}{target.suffix}")
        target.rename(stale)
        for suffix in ("-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
    copy_database(ws.path, target)
    key = cipher.unlocked_for(target)
    if key is not None:
        # The hub is another process: it unlocks its copy as the desk does, by this laptop's seal of the key.
        custody.keep(target, key)
    hub_id = uuid.uuid4().hex
    con = cipher.connect(target, key)
    try:
        con.execute("BEGIN IMMEDIATE")
        con.execute("UPDATE device SET is_self = 0")
        con.execute("INSERT INTO device (id, origin, updated_at, deleted, council_code, number, label, is_self, "
                    "public_key, created_at) VALUES (?, ?, '', 0, ?, ?, 'hub', 1, NULL, ?)",
                    (hub_id, ws.identity.council_code, ws.identity.council_code, HUB_NUMBER,
                     datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")))
        con.execute("UPDATE setting SET value = ? WHERE key = ?", (hub_id, KEY_DEVICE))
        con.execute("DELETE FROM setting WHERE key LIKE 'exchange.%' OR key LIKE 'center.%'")
        for table in _LOCAL_RECORDS:
            con.execute(f'DELETE FROM "{table}"')
        con.commit()
    finally:
        con.close()
    desk_keys, desk_identity = own_keys_and_identity(ws)
    with open_workspace(target) as hub:
        # The desk's cursor from the hub starts before the hub's first writes: the audit entries of its keys and
        # links begin the hub's chain, which the desks must hold whole (dvc/exchange/audit_merge.py).
        hub_head = feed_head(hub)
        hub.operator = ws.operator
        _hub_keys, hub_identity = own_keys_and_identity(hub)
        hub_settings.write(hub, {
            hub_settings.KEY_ROLE: hub_settings.ROLE_HUB, hub_settings.KEY_DESK: str(ws.path),
            hub_settings.KEY_JOIN_CODE: join_code.new_code(), hub_settings.KEY_ATTEMPTS: str(hub_settings.ATTEMPTS),
        })
        save_link(hub, identity=desk_identity, role=ROLE_DESK, keep_cursors=False)
    save_link(ws, identity=hub_identity, role=ROLE_HUB, local_hub=True, sent_upto=desk_head,
              received_upto=hub_head, keep_cursors=False)
    return hub_id, hub_head
