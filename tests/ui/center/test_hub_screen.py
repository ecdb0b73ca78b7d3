"""総務's hub screen driven by keys: make this laptop the hub (a real hub process), its address, join code and a QR
code a scanner reads, a new code, the desks that joined, stopping with a confirmation; the center head only;
a desk made the new hub when the old hub is lost."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from dvc.services.center import hub_control
from dvc.services.center.links import hub_link
from dvc.services.center.replicator import Replicator
from dvc.ui.desks.head_office.hub_dialog import HubDialog
from dvc.ui.main_window import MainWindow
from tests.center.laptops import dvc
from tests.ui.center.conftest import ALT, make_laptops, open_desk, press, shown

SHOTS = Path(os.environ.get("DVC_TEST_SHOTS", "/tmp/dvc-test-shots"))
START_MS = 90_000  # a hub process starting on a busy 2-core machine


def _answer_box(name: str, key: Qt.Key) -> list[str]:
    """When the confirmation ``name`` opens, press Alt+``key`` on it; returns its text."""
    seen: list[str] = []

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != name:
            QTimer.singleShot(20, act)
            return
        if not box.isActiveWindow():  # a mnemonic works in the active window only
            box.activateWindow()
            QTimer.singleShot(20, act)
            return
        seen.append(box.text())
        QTest.keyClick(box, key, ALT)

    QTimer.singleShot(20, act)
    return seen


def _qr_text(widget) -> str:  # noqa: ANN001
    path = SHOTS / "hub-qr.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path))
    found = zxingcpp.read_barcodes(Image.open(path), formats=zxingcpp.BarcodeFormat.QRCode)
    return found[0].text if found else ""


@pytest.fixture
def desk(tmp_path, qtbot):
    one, _two = make_laptops(tmp_path)
    ws = open_desk(one)
    replicator = Replicator(ws)
    replicator.start()  # as the app does: nothing happens while this laptop is in no center
    window = shown(qtbot, MainWindow(ws, replicator=replicator), (1366, 768))
    yield window
    try:
        hub_control.stop_hub(ws)
    finally:
        replicator.stop()
        ws.close()


def test_the_center_head_makes_this_laptop_the_hub_and_stops_it(qtbot, desk):
    window = desk
    press(Qt.Key.Key_F6)
    assert window.current_page().objectName() == "desk_head_office"
    # Alt+C is the head office's "Center hub…": the screen opens (modal, as in the app) and Escape closes it. A
    # mnemonic clicks its button a moment after the key (Qt's animated click), hence the wait.
    opened: list[str] = []

    def look_and_close() -> None:
        screen = QApplication.activeModalWidget()
        if screen is None:
            QTimer.singleShot(20, look_and_close)
            return
        opened.append(type(screen).__name__)
        QTest.keyClick(screen, Qt.Key.Key_Escape)  # to the screen's window, which may not have the focus yet

    QTimer.singleShot(20, look_and_close)
    press(Qt.Key.Key_C, ALT)
    qtbot.waitUntil(lambda: opened == ["HubDialog"], timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)

    screen = shown(qtbot, HubDialog(window.ws, window.center, window))
    qtbot.waitUntil(lambda: screen.start_button.isVisible())
    assert screen.headline.text() == "このパソコンはセンター連携をしていません。"
    assert window.sync_light.state == "off" and "センター連携なし" in window.sync_light.text()
    screen.grab().save(str(SHOTS / "hub-screen-none.png"))

    press(Qt.Key.Key_M, ALT)  # このパソコンをセンターのハブにする(&M)
    qtbot.waitUntil(lambda: screen.info.running, timeout=START_MS)
    info = screen.info
    assert screen.headline.text() == "このパソコンがセンターのハブです。"
    assert screen.address.text() == info.address and info.address.startswith("127.0.0.1:")
    assert screen.code.text() == info.join_code_shown and len(info.join_code) == 8
    assert "あと10回" in screen.attempts.text()
    assert _qr_text(screen.qr) == info.qr_payload  # what a desk's scanner types into its join screen
    assert not screen.start_button.isVisible() and screen.stop_button.isVisible()
    # This laptop's desk follows its own hub, over loopback: the light goes green, the desk is listed.
    qtbot.waitUntil(lambda: window.sync_light.state == "in_step", timeout=30_000)
    qtbot.waitUntil(lambda: screen.desks.rowCount() == 1 and screen.desks.item(0, 0).text() == "1号機",
                    timeout=15_000)
    screen.grab().save(str(SHOTS / "hub-screen-running.png"))

    old = screen.code.text()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    press(Qt.Key.Key_N, ALT)  # 新しい参加コード(&N)
    qtbot.waitUntil(lambda: screen.code.text() != old, timeout=15_000)

    # Stop asks first; going back changes nothing.
    seen = _answer_box("stopHubBox", Qt.Key.Key_G)  # 戻る(&G)
    press(Qt.Key.Key_T, ALT)
    qtbot.waitUntil(lambda: bool(seen) and QApplication.activeModalWidget() is None, timeout=10_000)
    assert "ハブを止めますか" in seen[0]
    assert hub_control.hub_status(window.ws.path).running
    _answer_box("stopHubBox", Qt.Key.Key_S)  # ハブを止める(&S)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    press(Qt.Key.Key_T, ALT)
    qtbot.waitUntil(lambda: not screen.info.running and screen.start_button.isVisible(), timeout=30_000)
    assert screen.headline.text() == "このパソコンのハブは止まっています。"
    assert screen.start_button.text().startswith("ハブを再開する")
    assert not hub_control.hub_status(window.ws.path).running
    screen.close()


def test_only_the_center_head_has_the_buttons(qtbot, tmp_path):
    one, _two = make_laptops(tmp_path)
    ws = open_desk(one, head=False)
    try:
        window = MainWindow(ws)
        qtbot.addWidget(window)
        screen = shown(qtbot, HubDialog(ws, window.center, window))
        qtbot.waitUntil(lambda: screen.start_button.isVisible())
        assert not screen.start_button.isEnabled()
        assert screen.rights_note.isVisible() and "センター長" in screen.rights_note.text()
    finally:
        ws.close()


def test_a_desk_becomes_the_new_hub_when_the_old_one_is_lost(qtbot, center):
    ws = open_desk(center.two)
    replicator = Replicator(ws)
    replicator.start()
    try:
        window = shown(qtbot, MainWindow(ws, replicator=replicator), (1366, 768))
        qtbot.waitUntil(lambda: window.sync_light.state == "in_step", timeout=30_000)
        screen = shown(qtbot, HubDialog(ws, window.center, window))
        qtbot.waitUntil(lambda: screen.new_hub_button.isVisible())
        assert center.hub["address"] in screen.headline.text()
        # The hub laptop is lost: its hub dies and nobody starts it again.
        pid = json.loads(dvc("--db", str(center.one), "hub", "status", "--json").stdout)["pid"]
        os.kill(pid, signal.SIGKILL)

        seen = _answer_box("newHubBox", Qt.Key.Key_M)  # このパソコンを新しいハブにする(&M)
        press(Qt.Key.Key_W, ALT)
        qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
        qtbot.waitUntil(lambda: screen.info.running, timeout=START_MS)
        assert "新しいハブ" in seen[0] and "参加し直して" in seen[0] and center.hub["address"] in seen[0]
        assert screen.info.hub != center.hub["hub"] and screen.info.address != center.hub["address"]
        link = hub_link(ws)
        assert link.local_hub and link.peer_device_id == screen.info.hub
        qtbot.waitUntil(lambda: window.sync_light.state == "in_step", timeout=30_000)
        screen.close()
    finally:
        try:
            hub_control.stop_hub(ws)
        finally:
            replicator.stop()
            ws.close()
