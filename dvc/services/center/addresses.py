"""Which addresses a hub listening on all interfaces can be reached at, best first (for the screen and QR)."""

from __future__ import annotations

import ipaddress
import os

ENV_LISTEN = "DVC_HUB_LISTEN"  # HOST[:PORT] the hub listens on instead of every interface (tests: 127.0.0.1:0)


def lan_addresses() -> list[str]:
    """IPv4 addresses of this laptop's network interfaces: private ranges first, loopback last."""
    import ifaddr  # zeroconf's own dependency

    found = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            if isinstance(ip.ip, str):
                try:
                    found.append(ipaddress.ip_address(ip.ip))
                except ValueError:
                    continue
    found = sorted(set(found), key=lambda a: (a.is_loopback, a.is_link_local, not a.is_private, str(a)))
    return [str(a) for a in found if not a.is_link_local] or ["127.0.0.1"]


def on_a_network() -> bool:
    """False when this laptop has no network but its own loopback (no Wi-Fi joined, no cable plugged in)."""
    return any(not ipaddress.ip_address(a).is_loopback for a in lan_addresses())


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def reachable(host: str, port: int) -> list[str]:
    if host in ("0.0.0.0", "", "::"):
        return [f"{a}:{port}" for a in lan_addresses()]
    return [f"{host}:{port}"]


def loopback_for(host: str, port: int) -> str:
    """How a desk on the hub's own laptop reaches it."""
    if host in ("0.0.0.0", "", "::", "localhost") or ipaddress.ip_address(host).is_loopback:
        return f"127.0.0.1:{port}"
    return f"{host}:{port}"


def default_listen() -> str:
    return os.environ.get(ENV_LISTEN, "")
