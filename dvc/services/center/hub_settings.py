"""What the hub's replica keeps about the hub itself (in its settings table, never in the audit trail)."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from dvc.domain.messages import UserError
from dvc.services.core.workspace import Workspace
from dvc.services.keys import custody
from dvc.store import cipher
from dvc.store.tables import Setting

KEY_ROLE = "center.role"  # "hub" in a hub's replica
KEY_JOIN_CODE = "center.join_code"
KEY_ATTEMPTS = "center.join_attempts_left"
KEY_ADMIN_TOKEN = "center.admin_token"  # lets a command on this laptop stop the hub and read its status
KEY_LISTEN = "center.listen"  # HOST:PORT the hub listens on (the port is kept across restarts)
KEY_WANTED = "center.wanted"  # "1" while the hub should run: a hub that died with "1" is started again
KEY_DESK = "center.desk"  # the desk database of this laptop whose hub this is
ROLE_HUB = "hub"
ATTEMPTS = 10


def read(ws: Workspace) -> dict[str, str]:
    with ws.session() as s:
        return {r.key: r.value for r in s.exec(select(Setting).where(Setting.key.like("center.%"))).all()}


def write(ws: Workspace, values: dict[str, str]) -> None:
    with ws.transaction() as s:
        s.info["no_audit"] = True  # the join code and the admin token are secrets
        for key, value in values.items():
            row = s.exec(select(Setting).where(Setting.key == key)).first() or Setting(key=key)
            row.value = value
            s.add(row)


def peek(path: Path) -> dict[str, str]:
    """The hub settings of a replica file, read without taking its lock (the hub holds it); {} if none."""
    if not path.exists():
        return {}
    try:
        con = custody.connect(path, readonly=True)
    except (UserError, cipher.KeyMissing, cipher.WrongKey, *cipher.Error):
        return {}
    try:
        return dict(con.execute("SELECT key, value FROM setting WHERE key LIKE 'center.%' "
                                "OR key IN ('self.device', 'self.council')").fetchall())
    except cipher.Error:
        return {}
    finally:
        con.close()
