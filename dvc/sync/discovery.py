"""Finding the hub on the LAN with mDNS/DNS-SD (python-zeroconf): the hub announces itself, desks browse.

Many routers (and Windows on some Wi-Fi) block multicast between clients, so
a typed address always works too; discovery only saves typing. The service
type is ``_dvc-hub._tcp``; the TXT record says which council and hub it is
(no personal data). ``DVC_DISCOVERY=off`` turns it off (the tests do: their
hubs are on loopback and must send nothing to the LAN);
``DVC_DISCOVERY_INTERFACES`` limits it to some addresses (comma-separated).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from dataclasses import dataclass

SERVICE = "_dvc-hub._tcp.local."
ENV = "DVC_DISCOVERY"
ENV_INTERFACES = "DVC_DISCOVERY_INTERFACES"


def enabled() -> bool:
    return os.environ.get(ENV, "on").strip().lower() not in ("off", "0", "no")


def _interfaces():  # noqa: ANN202
    from zeroconf import InterfaceChoice

    chosen = [a.strip() for a in os.environ.get(ENV_INTERFACES, "").split(",") if a.strip()]
    return chosen or InterfaceChoice.All


@dataclass(frozen=True)
class FoundHub:
    hub: str  # the hub's device id
    council: str
    short: str
    name: str
    drill: bool
    addresses: tuple[str, ...]  # HOST:PORT, as announced

    @property
    def address(self) -> str:
        return self.addresses[0] if self.addresses else ""


class Announcer:
    def __init__(self, *, hub: str, council: str, short: str, name: str, drill: bool, port: int,
                 addresses: list[str]) -> None:
        from zeroconf import ServiceInfo, Zeroconf

        self._zc = Zeroconf(interfaces=_interfaces())
        packed = [socket.inet_aton(a) for a in addresses if _is_ipv4(a) and not a.startswith("127.")] or \
            [socket.inet_aton(a) for a in addresses if _is_ipv4(a)]
        self._info = ServiceInfo(
            SERVICE, f"dvc-{short}-{hub[:8]}.{SERVICE}", port=port, addresses=packed,
            properties={"hub": hub, "council": council, "short": short, "name": name, "drill": "1" if drill else "0"},
            server=f"dvc-{hub[:8]}.local.")
        self._zc.register_service(self._info)

    def close(self) -> None:
        try:
            self._zc.unregister_service(self._info)
        finally:
            self._zc.close()


def _is_ipv4(text: str) -> bool:
    try:
        socket.inet_aton(text)
    except OSError:
        return False
    return text.count(".") == 3


def browse(seconds: float = 2.0) -> list[FoundHub]:
    """The hubs that answered within ``seconds``; [] when discovery is off or the network allows none."""
    if not enabled():
        return []
    from zeroconf import ServiceBrowser, ServiceListener, Zeroconf

    names: set[str] = set()
    lock = threading.Lock()

    class _Listener(ServiceListener):
        def add_service(self, zc, type_, name) -> None:  # noqa: ANN001
            with lock:
                names.add(name)

        def update_service(self, zc, type_, name) -> None:  # noqa: ANN001
            with lock:
                names.add(name)

        def remove_service(self, zc, type_, name) -> None:  # noqa: ANN001
            pass

    try:
        zc = Zeroconf(interfaces=_interfaces())
    except OSError:
        return []
    try:
        ServiceBrowser(zc, SERVICE, _Listener())
        time.sleep(seconds)
        with lock:
            wanted = sorted(names)
        found = []
        for name in wanted:
            info = zc.get_service_info(SERVICE, name, timeout=1000)
            if info is None:
                continue
            props = {k.decode(): (v or b"").decode("utf-8", "replace") for k, v in info.properties.items()}
            addresses = tuple(f"{a}:{info.port}" for a in info.parsed_addresses() if _is_ipv4(a))
            if props.get("hub") and addresses:
                found.append(FoundHub(hub=props["hub"], council=props.get("council", ""),
                                      short=props.get("short", ""), name=props.get("name", ""),
                                      drill=props.get("drill") == "1", addresses=addresses))
        return found
    finally:
        zc.close()
