"""Starting, stopping and asking after this laptop's hub (the screen's buttons and `dvc hub ...`).

start_hub returns once the hub serves, with its address and join code. The
hub then runs on by itself (hub_process.py); status and stop talk to it over
loopback with the admin token it left in its database.
"""

from __future__ import annotations

import asyncio
import json
import os
import queue
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from filelock import FileLock, Timeout

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.services.center import hub_settings
from dvc.services.staff.permissions import RUN_HUB, require
from dvc.services.center.addresses import default_listen, loopback_for
from dvc.services.center.links import hub_link, set_address
from dvc.services.center.replica import create_replica, replica_path
from dvc.services.core.workspace import Workspace
from dvc.store.database import lock_path
from dvc.sync.client import HubClient, HubRefused, HubUnreachable

READY_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 15.0


@dataclass(frozen=True)
class HubInfo:
    """What the hub screen shows: where desks find it and the code they join with."""

    running: bool
    address: str = ""  # HOST:PORT for the other laptops
    addresses: tuple[str, ...] = ()
    loopback: str = ""
    join_code: str = ""  # 8 digits; shown as 1234-5678 (join_code_shown)
    join_code_shown: str = ""
    qr_payload: str = ""  # what the QR code says (a desk's scanner types it into the join dialog)
    attempts_left: int = 0  # wrong codes the hub still takes before it wants a new code
    hub: str = ""  # the hub's device id
    replica: str = ""
    pid: int = 0  # the hub process
    desks: tuple[dict, ...] = field(default_factory=tuple)  # PeerSync.as_dict() of each paired desk

    def as_dict(self) -> dict:
        return {"running": self.running, "address": self.address, "addresses": list(self.addresses),
                "join_code": self.join_code, "join_code_shown": self.join_code_shown, "qr_payload": self.qr_payload,
                "attempts_left": self.attempts_left, "hub": self.hub, "replica": self.replica, "pid": self.pid,
                "desks": list(self.desks)}


def _command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "dvc"]


def hub_running(replica: Path) -> bool:
    """True while a hub process holds the replica's lock."""
    return in_use(replica)


def in_use(path: Path) -> bool:
    """True while some dvc process has the database at ``path`` open (it holds the write lock)."""
    if not path.exists():
        return False
    lock = FileLock(str(lock_path(path)), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        return True
    lock.release()
    return False


def start_hub(ws: Workspace, *, listen: str = "") -> HubInfo:
    """Make this laptop the center's hub (or start its hub again) and return once it serves.

    When this desk follows another hub, or none, a new hub is made from this desk's data: the way to go on
    when the hub laptop is lost. The other desks then join the new one with its code.
    """
    require(ws, RUN_HUB)
    replica = replica_path(ws.path)
    link = hub_link(ws)
    settings = hub_settings.peek(replica)
    ours = (link is not None and link.local_hub and settings.get(hub_settings.KEY_ROLE) == hub_settings.ROLE_HUB
            and settings.get("self.device") == link.peer_device_id)
    if ours and hub_running(replica):
        info = hub_status(ws.path)
        if info.running:
            return info
    if not ours:
        create_replica(ws, replica)
    ready = spawn_hub(replica, listen=listen or default_listen())
    set_address(ws, ready["hub"], ready["loopback"])
    return hub_status(ws.path)


def hub_log(replica: Path) -> Path:
    """The hub's messages (what went wrong when it would not start): beside its database."""
    return replica.with_name(replica.stem + ".log")


def spawn_hub(replica: Path, *, listen: str = "") -> dict:
    """Start the hub process on ``replica`` and wait for its ready line."""
    command = _command() + ["--db", str(replica), "hub", "run"]
    if listen:
        command += ["--listen", listen]
    log_file = open(hub_log(replica), "ab")  # noqa: SIM115 - the child keeps writing to it
    kwargs: dict = {"stdin": subprocess.DEVNULL, "stdout": subprocess.PIPE, "stderr": log_file}
    if os.name == "nt":
        kwargs["creationflags"] = (subprocess.CREATE_NEW_PROCESS_GROUP | subprocess.DETACHED_PROCESS
                                   | subprocess.CREATE_NO_WINDOW)
    else:
        kwargs["start_new_session"] = True  # a Ctrl+C in the window or the terminal leaves the hub running
    try:
        process = subprocess.Popen(command, **kwargs)
    finally:
        log_file.close()
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: lines.put(process.stdout.readline()), daemon=True).start()
    try:
        line = lines.get(timeout=READY_TIMEOUT_S)
    except queue.Empty:
        line = b""
    process.stdout.close()
    try:
        ready = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        if process.poll() is None:
            process.kill()
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "The center hub did not start. The reason is in the log {path}; try again, or restart the "
                      "laptop if it keeps failing."), path=str(hub_log(replica))) from None
    return ready


def _admin(replica: Path, method: str, path: str) -> dict | None:
    settings = hub_settings.peek(replica)
    token, listen = settings.get(hub_settings.KEY_ADMIN_TOKEN, ""), settings.get(hub_settings.KEY_LISTEN, "")
    if not token or not listen:
        return None
    host, _, port = listen.rpartition(":")

    async def ask() -> dict:
        async with HubClient(loopback_for(host, int(port))) as client:
            return await client.admin(method, path, token)

    try:
        return asyncio.run(ask())
    except (HubUnreachable, HubRefused):
        return None


def hub_status(desk_path: Path) -> HubInfo:
    """The hub of this laptop as it answers now ({running: False} when it does not)."""
    replica = replica_path(desk_path)
    if not hub_running(replica):
        return HubInfo(running=False, replica=str(replica))
    status = _admin(replica, "GET", "/v1/status")
    if status is None:
        return HubInfo(running=False, replica=str(replica))
    listen = hub_settings.peek(replica).get(hub_settings.KEY_LISTEN, ":")
    host, _, port = listen.rpartition(":")
    return HubInfo(running=True, address=status["address"], addresses=tuple(status["addresses"]),
                   loopback=loopback_for(host, int(port)), join_code=status["join_code"],
                   join_code_shown=status["join_code_shown"], qr_payload=status["qr_payload"],
                   attempts_left=status["attempts_left"], hub=status["hub"], replica=str(replica), pid=status["pid"],
                   desks=tuple(status["desks"]))


def new_join_code(ws: Workspace) -> HubInfo:
    """A new join code (after too many wrong ones, or to stop an old one from working)."""
    require(ws, RUN_HUB)
    if _admin(replica_path(ws.path), "POST", "/v1/admin/code") is None:
        raise _not_running()
    return hub_status(ws.path)


def stop_hub(ws: Workspace) -> bool:
    """Stop this laptop's hub; False if it was not running. The desks keep working and show "out of touch"."""
    require(ws, RUN_HUB)
    replica = replica_path(ws.path)
    if not hub_running(replica):
        return False
    if _admin(replica, "POST", "/v1/admin/stop") is None:
        raise _not_running()
    deadline = time.monotonic() + STOP_TIMEOUT_S
    while hub_running(replica):
        if time.monotonic() > deadline:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "The center hub did not stop within {seconds} seconds. Try again in a moment."),
                seconds=int(STOP_TIMEOUT_S))
        time.sleep(0.1)
    return True


def _not_running() -> UserError:
    return UserError(QT_TRANSLATE_NOOP(
        "errors", "The center hub on this laptop does not answer. Start it again (dvc hub start, or the hub screen)."))


def restart_if_wanted(desk_path: Path) -> bool:
    """Start the hub again when it should run and does not (killed, crashed, the laptop restarted)."""
    replica = replica_path(desk_path)
    settings = hub_settings.peek(replica)
    if settings.get(hub_settings.KEY_WANTED) != "1" or hub_running(replica):
        return False
    spawn_hub(replica)
    return True
