"""Joining the center's hub with its address and join code: this laptop's data stays and travels both ways.

A laptop that already has the council's database joins with what it holds
(its changes go to the hub, the hub's come back; records are merged as in an
exchange). A new laptop without one gets the council from the hub, a laptop
number not yet in use, and then the whole center's data.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

from dvc.domain.join_code import clean_code, parse_address
from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.services.center.addresses import is_loopback, on_a_network
from dvc.services.staff.permissions import require_signed_in
from dvc.services.center.links import ROLE_HUB, hub_link, own_keys_and_identity, save_link
from dvc.services.core.setup import create_database, remove_database_files
from dvc.services.core.workspace import Workspace
from dvc.sync import pairing
from dvc.sync.client import HubClient, HubRefused, HubUnreachable
from dvc.sync.discovery import FoundHub


@dataclass(frozen=True)
class CenterInfo:
    """What a hub says about itself before joining (for the join dialog to show which center it is)."""

    address: str
    hub: str
    council: str
    short: str
    name: str
    drill: bool
    numbers_in_use: tuple[int, ...]

    def free_number(self) -> int:
        return next(n for n in range(1, 100) if n not in self.numbers_in_use)


@dataclass(frozen=True)
class JoinResult:
    address: str
    hub: str
    council_name: str
    device_number: int
    rejoined: bool  # the same hub as before: the cursors were kept

    def as_dict(self) -> dict:
        return {"address": self.address, "hub": self.hub, "council_name": self.council_name,
                "device": self.device_number, "rejoined": self.rejoined}


def _address(text: str) -> str:
    address = parse_address(text)
    if address is None:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "'{text}' is not a hub address. Type it as shown on the hub laptop, e.g. 192.168.1.20:47810."),
            text=text[:80])
    return str(address)


def _code(text: str) -> str:
    code = clean_code(text)
    if code is None:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "That join code is mistyped: it has 8 digits, as shown on the hub laptop (e.g. 1234-5678)."))
    return code


def _unreachable(address: str) -> UserError:
    if not is_loopback(address.rpartition(":")[0]) and not on_a_network():
        return UserError(QT_TRANSLATE_NOOP(
            "errors", "This laptop is not connected to any network. Connect it to the center's Wi-Fi or LAN cable, "
                      "then join again."))
    return UserError(QT_TRANSLATE_NOOP(
        "errors", "No center hub answers at {address}. Check the address on the hub laptop and that both laptops are "
                  "on the center's network (the same Wi-Fi or LAN)."), address=address)


def center_info(address: str) -> CenterInfo:
    """Ask the hub at ``address`` which center it is (nothing is changed)."""
    address = _address(address)

    async def ask() -> dict:
        async with HubClient(address) as client:
            return await client.hello()

    try:
        hello = asyncio.run(ask())
    except (HubUnreachable, HubRefused):
        raise _unreachable(address) from None
    if hello.get("format") != "dvc-center":
        raise _unreachable(address)
    return CenterInfo(address=address, hub=str(hello.get("hub", "")), council=str(hello.get("council", "")),
                      short=str(hello.get("short", "")), name=str(hello.get("name", "")),
                      drill=bool(hello.get("drill")), numbers_in_use=tuple(hello.get("numbers_in_use") or ()))


def find_hubs(*, council: str = "", drill: bool | None = None, seconds: float = 2.0) -> list[FoundHub]:
    """Hubs announced on the LAN (hub id, council, name, drill, addresses), of
    ``council`` and of the same kind (drill or real) when given; [] where the network lets none through."""
    from dvc.sync import discovery

    return [h for h in discovery.browse(seconds) if (not council or h.council == council)
            and (drill is None or h.drill == drill)]


def join(ws: Workspace, *, address: str, code: str) -> JoinResult:
    """Pair this laptop with the hub at ``address`` using its join code, keeping this laptop's data."""
    # Joining with this laptop's data: any staff member (a new laptop has no list yet: join_new_laptop).
    require_signed_in(ws)
    return _join(ws, _address(address), _code(code))


def join_new_laptop(path: Path, *, address: str, code: str, device_number: int | None = None) -> JoinResult:
    """Make this laptop's database from the hub's council and join (no database here yet)."""
    address, code = _address(address), _code(code)
    path = Path(path)
    if path.exists():
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "{path} already exists: sign in and join with the data it holds instead."), path=str(path))
    info = center_info(address)
    number = device_number or info.free_number()
    if number in info.numbers_in_use:
        raise _number_taken(number, info.free_number(), new_laptop=True)
    ws = create_database(path, council=info.council, short=info.short, name=info.name, device_number=number,
                         drill=info.drill)
    try:
        result = _join(ws, address, code, new_laptop=True)
    except BaseException:
        ws.close()
        remove_database_files(path)  # nothing in it yet: a second try starts afresh
        raise
    ws.close()
    return result


def _join(ws: Workspace, address: str, code: str, *, new_laptop: bool = False) -> JoinResult:
    _keys, mine = own_keys_and_identity(ws)
    desk = pairing.DeskSide(code)

    async def pair() -> dict:
        async with HubClient(address) as client:
            session, hub_message = await client.join_start(desk.message)
            confirmation = desk.finish(hub_message)
            answer, sealed = await client.join_finish(
                session, confirmation, desk.seal({"identity": pairing.identity_to_dict(mine)}))
            desk.check_hub(answer, hub_message)
            return desk.open(sealed)

    try:
        reply = asyncio.run(pair())
        hub = pairing.identity_from_dict(reply.get("identity"))
    except HubUnreachable:
        raise _unreachable(address) from None
    except pairing.PairingError:
        # The hub's own proof did not check out: whatever answered does not know the code.
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "The laptop at {address} could not prove it is this center's hub. Nothing was changed; check "
                      "the address on the hub laptop."), address=address) from None
    except HubRefused as exc:
        raise _refused(exc, ws, new_laptop=new_laptop) from None
    previous = hub_link(ws)
    rejoined = previous is not None and previous.peer_device_id == hub.device_id
    save_link(ws, identity=hub, role=ROLE_HUB, address=address)
    return JoinResult(address=address, hub=hub.device_id, council_name=hub.name,
                      device_number=ws.identity.device_number, rejoined=rejoined)


NUMBER_TAKEN_NEW = QT_TRANSLATE_NOOP(
    "errors", "Laptop number {number} is already used by another laptop of this center, and two laptops with one "
              "number would give the same record codes. Choose another number in the Laptop number box ({free} is "
              "free, or leave it at “the first free number”) and join again.")
NUMBER_TAKEN_KEPT = QT_TRANSLATE_NOOP(
    "errors", "Laptop number {number} is already used by another laptop of this center, and two laptops with one "
              "number would give the same record codes. This laptop's database keeps its number, so it cannot join "
              "as it is. Join from a laptop without a dvc database instead (its first window: “Join a center "
              "hub…”): it takes a free number, such as {free}.")
NUMBER_TAKEN = (NUMBER_TAKEN_NEW, NUMBER_TAKEN_KEPT)  # the CLI words them for its own command line


def _number_taken(number: int, free: int, *, new_laptop: bool) -> UserError:
    """In the words of the join window: a new laptop picks another number there; a database keeps its own."""
    return UserError(NUMBER_TAKEN_NEW if new_laptop else NUMBER_TAKEN_KEPT, number=number, free=free)


def _refused(exc: HubRefused, ws: Workspace, *, new_laptop: bool) -> UserError:
    detail = exc.detail
    if exc.reason == "wrong_code":
        return UserError(QT_TRANSLATE_NOOP(
            "errors", "The join code is wrong. Check the code on the hub laptop and type it again "
                      "({left} more tries before the hub needs a new code)."), left=int(detail.get("attempts_left", 0)))
    if exc.reason == "no_attempts_left":
        return UserError(QT_TRANSLATE_NOOP(
            "errors", "The hub takes no more join codes after too many wrong ones. On the hub laptop, make a new "
                      "join code (hub screen, or dvc hub start --new-code) and use that one."))
    if exc.reason == "number_taken":
        return _number_taken(int(detail.get("number", ws.identity.device_number)), int(detail.get("free", 0)),
                             new_laptop=new_laptop)
    if exc.reason == "other_council":
        return UserError(QT_TRANSLATE_NOOP(
            "errors", "That hub belongs to {council}, not to this laptop's council. Join your own council's hub; "
                      "other councils exchange files (データ交換)."), council=str(detail.get("council", "")))
    if exc.reason == "drill_mismatch":
        return UserError(QT_TRANSLATE_NOOP(
            "errors", "A drill database and a real one cannot be in one center: drill data never mixes with real "
                      "data. Open the matching database on this laptop and join again."))
    return UserError(QT_TRANSLATE_NOOP(
        "errors", "The hub refused this laptop ({reason}). Nothing was changed; ask the center head."),
        reason=exc.reason)
