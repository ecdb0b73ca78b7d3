"""The join screen driven as a desk drives it, with key events delivered to its window (as the keyboard and a USB
scanner send them), against a real hub process on loopback: a wrong code gets the Japanese message and changes
nothing; the hub's QR code scanned into the code field fills the address and the code, and its Enter joins."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from dvc.domain.codes import check_digit
from dvc.domain.join_code import format_code
from dvc.services.center import hub_control
from dvc.services.center import status as st
from dvc.services.center.links import hub_link
from dvc.services.center.replicator import Replicator
from dvc.ui.dialogs.join_center import JoinDialog
from dvc.ui.main_window import MainWindow
from tests.center.laptops import HEAD, checksum, dvc, start_hub
from tests.ui.center.conftest import make_laptops, open_desk, shown
from tests.ui.center.test_hub_screen import SHOTS

JOIN_MS = 60_000  # pairing, then the first exchange of a small center on a busy machine


def _keys(window: QWindow, text: str) -> None:
    """``text`` typed into the window, one key at a time, wherever its keyboard focus is."""
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, window, Qt.Key(ord(char.upper())), char,
                           Qt.KeyboardModifier.NoModifier)


def _enter(window: QWindow) -> None:
    QTest.keyClick(window, Qt.Key.Key_Return)


def _warning_answered() -> list[str]:
    """The next message box's text, read and then closed with Enter on its own window."""
    seen: list[str] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        seen.append(box.text())
        QTest.keyClick(box.windowHandle(), Qt.Key.Key_Return)

    QTimer.singleShot(20, look)
    return seen


def _wrong(code: str) -> str:
    """Another code with a right check digit: the desk cannot tell it is wrong, only the hub can."""
    body = next(c for c in (f"{n:07d}" for n in range(1000000, 1000100)) if c != code[:7])
    return body + str(check_digit(body))


def test_a_wrong_code_changes_nothing_and_the_scanned_qr_code_joins(qtbot, tmp_path):
    SHOTS.mkdir(parents=True, exist_ok=True)
    one, two = make_laptops(tmp_path)
    hub = start_hub(one)
    ws = open_desk(two)
    replicator = Replicator(ws)
    replicator.start()  # joined to nothing yet: the light is off
    try:
        window = shown(qtbot, MainWindow(ws, replicator=replicator), (1366, 768))
        dialog = shown(qtbot, JoinDialog(ws=ws, center=window.center, parent=window))
        keys = dialog.windowHandle()
        qtbot.waitUntil(lambda: not dialog.searching, timeout=10_000)
        assert QApplication.focusWidget() is dialog.address
        note = dialog.found_note  # no hub found (discovery is off in the tests): three lines in Japanese, all shown
        assert "アドレスを入力してください。" in note.text() and note.height() >= note.heightForWidth(note.width())
        before = checksum(two)

        # Typed by hand: the address, Tab, a code the hub did not give, Enter.
        _keys(keys, hub["address"])
        QTest.keyClick(keys, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda: not dialog.asking, timeout=15_000)
        assert "#b00020" not in dialog.center_label.styleSheet(), dialog.center_label.text()  # the hub answered
        assert QApplication.focusWidget() is dialog.code
        _keys(keys, format_code(_wrong(hub["join_code"])))
        seen = _warning_answered()
        _enter(keys)
        qtbot.waitUntil(lambda: bool(seen) and QApplication.activeModalWidget() is None, timeout=JOIN_MS)
        assert seen[0].startswith("参加コードが違います。") and "あと9回" in seen[0], seen[0]
        assert dialog.isVisible() and dialog.join_button.isEnabled()
        assert hub_link(ws) is None and checksum(two) == before
        assert window.sync_light.state == st.OFF
        assert hub_control.hub_status(one).attempts_left == 9
        dialog.grab().save(str(SHOTS / "join-dialog-wrong-code.png"))

        QTest.keyClick(keys, Qt.Key.Key_Escape)  # gives up: nothing joined
        qtbot.waitUntil(lambda: not dialog.isVisible())
        assert hub_link(ws) is None

        # Again, with the scanner: it reads the hub screen's QR code into the field that has the keyboard, and the
        # address and the code are filled in from it.
        dialog = shown(qtbot, JoinDialog(ws=ws, center=window.center, parent=window))
        keys = dialog.windowHandle()
        assert QApplication.focusWidget() is dialog.address and not dialog.code.text()
        _keys(keys, hub_control.hub_status(one).qr_payload)
        assert dialog.address.text() == hub["address"]
        assert dialog.code.text() == format_code(hub["join_code"])
        assert "ハブのQRコード" in dialog.scanned_note.text(), dialog.scanned_note.text()
        assert QApplication.focusWidget() is dialog.code
        qtbot.waitUntil(lambda: not dialog.asking)
        dialog.grab().save(str(SHOTS / "join-dialog-scanned.png"))

        _enter(keys)  # the scanner's own Enter
        qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted and not dialog.isVisible(),
                        timeout=JOIN_MS)
        link = hub_link(ws)
        assert link is not None and link.peer_device_id == hub["hub"]
        qtbot.waitUntil(lambda: window.sync_light.state == st.IN_STEP, timeout=30_000)
        window.close()
    finally:
        replicator.stop()
        ws.close()
        dvc("--db", str(one), "hub", "stop", "--operator", HEAD, check=False)
