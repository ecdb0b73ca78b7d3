"""The manual's pictures of center mode: the hub screen, joining from the first start and from Settings, the light.

A hub on a laptop's LAN has an address and a join code of its own every time, so the hub screen is shown
with a fixed hub (address 192.168.1.20:47810, four desks), read through the screen's own ``read``; the
join screens get fixed answers from the LAN the same way. What is drawn is the real screens.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from dvc.domain.codes import check_digit
from dvc.domain.join_code import format_code, make_payload, parse_address
from dvc.services.center import status as st
from dvc.services.center.failures import NO_ANSWER
from dvc.services.center.hub_control import HubInfo
from dvc.services.center.joining import CenterInfo, FoundHub
from dvc.services.center.links import LinkInfo
from dvc.ui.main_window import MainWindow

Save = Callable[[QWidget, Path], Path]
Dialog = Callable[[str, Callable[[], object]], None]
ADDRESS = "192.168.1.20:47810"
CODE = "4831057"
CODE += str(check_digit(CODE))


def _hub(ws) -> HubInfo:  # noqa: ANN001
    now = datetime.now(timezone.utc)
    desks = [(1, st.IN_STEP, 0.0, 1), (2, st.IN_STEP, 0.0, 1), (3, st.BEHIND, 4.0, 3), (4, st.OUT_OF_TOUCH, None, 95)]
    return HubInfo(
        running=True, address=ADDRESS, addresses=(ADDRESS, "10.0.0.5:47810"), join_code=CODE,
        join_code_shown=format_code(CODE), qr_payload=make_payload(ws.identity.council_short, parse_address(ADDRESS),
                                                                   CODE),
        attempts_left=10, hub="ab" * 16,
        desks=tuple(st.PeerSync(device_id=f"{n:032x}", role="desk", device_number=n, address="", state=state,
                                lag_seconds=lag, last_contact=now - timedelta(seconds=ago), pending_out=0).as_dict()
                    for n, state, lag, ago in desks))


def _following(address: str) -> LinkInfo:
    return LinkInfo(peer_device_id="ab" * 16, role="hub", address=address, local_hub=False, sent_upto=0,
                    received_upto=0, seen={}, device_number=0, signing_key="", encryption_key="")


def _lookup(ws):  # noqa: ANN001, ANN202
    from dvc.ui.dialogs.join_center import HubLookup

    ident = ws.identity
    found = [FoundHub(hub="ab" * 16, council=ident.council_code, short=ident.council_short, name=ident.council_name,
                      drill=ident.drill, addresses=(ADDRESS,))]
    info = CenterInfo(address=ADDRESS, hub="ab" * 16, council=ident.council_code, short=ident.council_short,
                      name=ident.council_name, drill=ident.drill, numbers_in_use=(1, 2, 3, 4))
    return HubLookup(find=lambda **_kw: found, info=lambda _address: info)


def _settled(dialog) -> None:  # noqa: ANN001
    """Until the (fixed) answers from the LAN are on the screen."""
    while dialog.searching or dialog.asking:
        QApplication.processEvents()
        QTest.qWait(10)


def center_scenes(window: MainWindow, dialog: Dialog, save: Save, outdir: Path, saved: list[Path]) -> None:
    from dvc.ui.desks.head_office.hub_dialog import HubDialog
    from dvc.ui.dialogs.join_center import JoinDialog

    ws = window.ws
    head = window.page("head_office")
    window.show_desk(window.pages.index(head))
    hub = _hub(ws)
    for name, answer in (("hub", (hub, None)), ("hub-none", (HubInfo(running=False), None))):
        screen = HubDialog(ws, window.center, window, read=lambda a=answer: a)
        _wait_read(screen)
        dialog(name, lambda: screen.exec())
        screen.deleteLater()
    follower = HubDialog(ws, window.center, window, read=lambda: (HubInfo(running=False), _following(ADDRESS)))
    _wait_read(follower)
    dialog("hub-new-hub", follower.become_new_hub)
    follower.deleteLater()

    lookup = _lookup(ws)
    new_laptop = JoinDialog(db_path=ws.path.with_name("new-laptop.db"), lookup=lookup, parent=None)
    _settled(new_laptop)
    dialog("join-new-laptop", lambda: new_laptop.exec())
    new_laptop.deleteLater()
    existing = JoinDialog(ws=ws, center=window.center, lookup=lookup, parent=window)
    _settled(existing)
    # What a desk's barcode scanner does with the hub screen's QR code: types its text into the field.
    QTest.keyClicks(existing.code, hub.qr_payload)
    _settled(existing)
    dialog("join-settings", lambda: existing.exec())
    existing.deleteLater()

    _lights(window, save, outdir, saved)


def _wait_read(hub_dialog) -> None:  # noqa: ANN001
    while hub_dialog._reading:
        QApplication.processEvents()
        QTest.qWait(10)


def _lights(window: MainWindow, save: Save, outdir: Path, saved: list[Path]) -> None:
    """The status line with the light in each state (the window's own reading paused meanwhile)."""
    window.center.status_changed.disconnect(window.sync_light.show_status)
    try:
        for state, lag, error in ((st.IN_STEP, 0.0, ""), (st.BEHIND, 7.0, ""), (st.OUT_OF_TOUCH, None, NO_ANSWER),
                                  (st.OFF, None, "")):
            window.sync_light.show_status(None if state == st.OFF else st.PeerSync(
                device_id="", role="hub", device_number=0, address=ADDRESS, state=state, lag_seconds=lag,
                last_contact=None, pending_out=0, error=error))
            window.status_line.tick()
            QApplication.processEvents()
            saved.append(save(window.statusBar(), outdir / f"light-{state.replace('_', '-')}.png"))
    finally:
        window.center.status_changed.connect(window.sync_light.show_status)
        window.center.poll()
