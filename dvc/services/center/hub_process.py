"""The hub as its own process (`dvc hub run`, started by `dvc hub start` or the hub screen).

Why a process of its own, with its own database: the desk's window and the
hub then fail apart. The window can crash or be closed and the other desks
stay in step through the hub; the hub can be killed and the desk on that
laptop works on, starts it again (replicator.py) and catches up like any
desk. Each process keeps SQLite's one-writer rule for its own file, and a
sleeping laptop wakes up with both where they were.

It prints one JSON line when it serves ({"address", "loopback", "join_code",
"pid", ...}) and nothing after; then it runs until `dvc hub stop` (or
SIGTERM/Ctrl+C), which marks it as not wanted, so the desk does not start it
again. Killed any other way it stays wanted.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
import sys
from pathlib import Path
from typing import TextIO

from dvc.domain.join_code import parse_address
from dvc.services.center import hub_settings
from dvc.services.center.addresses import loopback_for, reachable
from dvc.services.center.hub import HubBackend, new_admin_token
from dvc.services.core.workspace import open_workspace
from dvc.sync.server import HubServer

log = logging.getLogger("dvc.hub")
DEFAULT_PORT = 47810


def run_hub(path: Path, *, listen: str = "", ready: TextIO | None = None) -> int:
    with open_workspace(path) as ws:
        values = hub_settings.read(ws)
        if values.get(hub_settings.KEY_ROLE) != hub_settings.ROLE_HUB:
            raise SystemExit(f"{path} is not a center hub's database")
        host, port = _listen(listen or values.get(hub_settings.KEY_LISTEN, ""))
        token = new_admin_token()
        hub_settings.write(ws, {hub_settings.KEY_ADMIN_TOKEN: token})
        backend = HubBackend(ws)
        return asyncio.run(_serve(ws, backend, host, port, token, ready))


def _listen(text: str) -> tuple[str, int]:
    if not text:
        return "0.0.0.0", DEFAULT_PORT
    host, _, port = text.rpartition(":")
    if not host:
        return text, DEFAULT_PORT
    return host, int(port)


async def _serve(ws, backend: HubBackend, host: str, port: int, token: str, ready: TextIO | None) -> int:  # noqa: ANN001
    server = HubServer(backend, admin_token=token)
    try:
        port = await server.start(host, port)
    except OSError:
        port = await server.start(host, 0)  # the usual port is taken: any free one (desks find it again)
    backend.addresses = reachable(host, port)
    hub_settings.write(ws, {hub_settings.KEY_LISTEN: f"{host}:{port}", hub_settings.KEY_WANTED: "1"})
    announcer = _announce(ws, backend, port)
    stopped_on_purpose = False

    def on_signal(_signum, _frame) -> None:  # noqa: ANN001
        nonlocal stopped_on_purpose
        stopped_on_purpose = True
        loop.call_soon_threadsafe(server.request_stop)

    loop = asyncio.get_running_loop()
    for name in ("SIGTERM", "SIGINT", "SIGBREAK"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), on_signal)
    if ready is not None:
        status = backend.status()
        ready.write(json.dumps({"address": status["address"], "loopback": loopback_for(host, port),
                                "addresses": status["addresses"], "join_code": status["join_code"],
                                "qr_payload": status["qr_payload"], "hub": backend.device_id,
                                "pid": os.getpid()}, ensure_ascii=False) + "\n")
        ready.flush()
        _detach_stdout()
    try:
        await server.wait_stopped()
        stopped_on_purpose = True  # only a stop request or a signal ends the wait
    finally:
        if announcer is not None:
            announcer.close()
        await server.close()
        if stopped_on_purpose:
            hub_settings.write(ws, {hub_settings.KEY_WANTED: "0"})
    return 0


def _announce(ws, backend: HubBackend, port: int):  # noqa: ANN001, ANN202
    from dvc.sync import discovery

    if not discovery.enabled():
        return None
    ident = ws.identity
    try:
        return discovery.Announcer(hub=backend.device_id, council=ident.council_code, short=ident.council_short,
                                   name=ident.council_name, drill=ident.drill, port=port,
                                   addresses=[a.rsplit(":", 1)[0] for a in backend.addresses
                                              if parse_address(a) is not None])
    except OSError as exc:  # no network at all: the typed address still works
        log.warning("the hub is not announced on the LAN: %s", exc)
        return None


def _detach_stdout() -> None:
    """The starter reads one line and goes: later prints must not fail on a closed pipe."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
