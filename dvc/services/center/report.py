"""`dvc sync status`: where this laptop stands in its center, read from outside the app that keeps it in step.

The desk's window holds its database's write lock, so this reads the file
read-only, and asks the hub (a signed request with this laptop's key) how it
sees every desk. Each peer's lag comes from the hub, which hears from every
desk at least every couple of seconds.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from dvc.exchange.keys import PrivateKeys
from dvc.services.center import status as st
from dvc.services.center.hub_control import in_use
from dvc.services.exchange.identity import KEY_ENCRYPTION, KEY_SIGNING
from dvc.services.keys import custody
from dvc.sync.client import HubClient, HubRefused, HubUnreachable


def sync_report(desk_path: Path) -> dict:
    desk_path = Path(desk_path)
    con = custody.connect(desk_path, readonly=True)
    try:
        settings = dict(con.execute("SELECT key, value FROM setting").fetchall())
        own = settings.get("self.device", "")
        number = con.execute("SELECT number FROM device WHERE is_self = 1").fetchone()
        link = con.execute(
            "SELECT l.peer_device_id, l.address, l.sent_upto, p.signing_key FROM sync_link l JOIN exchange_peer p "
            "ON p.device_id = l.peer_device_id WHERE l.role = 'hub' AND l.deleted = 0 AND p.deleted = 0").fetchone()
        pending = 0
        if link is not None:
            pending = con.execute("SELECT count(*) FROM (SELECT 1 FROM change_feed WHERE seq > ? AND via != ? "
                                  "LIMIT 100000)", (link[2], link[0])).fetchone()[0]
    finally:
        con.close()
    running = in_use(desk_path)  # the app (and its sync thread) has this database open
    report = {"laptop": {"council": settings.get("self.council", ""), "device": number[0] if number else 0,
                         "device_id": own}, "joined": link is not None, "running": running, "pending_out": pending,
              "state": st.OFF, "hub": None, "peers": []}
    if link is None:
        return report
    hub_id, address, _sent, hub_key = link
    keys = PrivateKeys.from_text(settings[KEY_SIGNING], settings[KEY_ENCRYPTION])

    async def ask() -> dict:
        async with HubClient(address, device_id=own, key=keys.signing, hub_key=hub_key) as client:
            return await client.status()

    try:
        answer = asyncio.run(ask())
    except (HubUnreachable, HubRefused):
        answer = None
    report["hub"] = {"device_id": hub_id, "address": address, "reachable": answer is not None}
    if answer is None:
        report["state"] = st.OUT_OF_TOUCH if running else st.OFF
        return report
    report["peers"] = answer.get("desks", [])
    mine = next((d for d in report["peers"] if d.get("device_id") == own), None)
    report["state"] = (mine or {}).get("state", st.OUT_OF_TOUCH) if running else st.OFF
    report["lag_seconds"] = (mine or {}).get("lag_seconds")
    return report
