""""Laptop number already used", driven with key events on the join screen's window against a real hub on
loopback: a copy of laptop 2's database with the same number is refused by the hub when it joins, and a new laptop
that asks for number 2 is refused before anything is made; both get the Japanese message, and nothing changes."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from dvc.domain.join_code import format_code
from dvc.services.center import status as st
from dvc.services.center.links import hub_link
from dvc.services.center.replicator import Replicator
from dvc.ui.dialogs.join_center import JoinDialog
from dvc.ui.main_window import MainWindow
from tests.center.laptops import HEAD, checksum, copy_as_laptop, dvc, start_hub
from tests.ui.center.conftest import ALT, make_laptops, open_desk, shown
from tests.ui.center.test_hub_screen import SHOTS
from tests.ui.center.test_join_dialog import JOIN_MS, _enter, _keys

TAKEN = "端末番号 2 はこのセンターの別のパソコンが使っています。"


def _box_answered(name: str) -> list[str]:
    """The next message box's text, photographed, then closed with Enter on its own window."""
    seen: list[str] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        seen.append(box.text())
        box.grab().save(str(SHOTS / name))
        QTest.keyClick(box.windowHandle(), Qt.Key.Key_Return)

    QTimer.singleShot(20, look)
    return seen


def _address_and_code(qtbot, dialog, hub: dict) -> None:  # noqa: ANN001
    keys = dialog.windowHandle()
    qtbot.waitUntil(lambda: not dialog.searching, timeout=10_000)
    assert QApplication.focusWidget() is dialog.address
    _keys(keys, hub["address"])
    QTest.keyClick(keys, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not dialog.asking, timeout=15_000)
    assert "2" in dialog.center_label.text(), dialog.center_label.text()  # the numbers in use, from the hub
    assert QApplication.focusWidget() is dialog.code
    _keys(keys, format_code(hub["join_code"]))


def test_a_laptop_number_already_used_is_refused_and_changes_nothing(qtbot, tmp_path):
    SHOTS.mkdir(parents=True, exist_ok=True)
    one, two = make_laptops(tmp_path)
    copy = tmp_path / "desk2-copy.db"
    copy_as_laptop(one, copy, 2)  # another laptop that was also set up as number 2
    hub = start_hub(one)
    try:
        dvc("--db", str(two), "join", hub["address"], "--code", hub["join_code"], "--operator", HEAD, "--no-sync")

        # The laptop with a database: the hub refuses its number when pairing.
        ws = open_desk(copy)
        replicator = Replicator(ws)
        replicator.start()
        try:
            window = shown(qtbot, MainWindow(ws, replicator=replicator), (1366, 768))
            dialog = shown(qtbot, JoinDialog(ws=ws, center=window.center, parent=window))
            before = checksum(copy)
            _address_and_code(qtbot, dialog, hub)
            seen = _box_answered("join-number-taken-message.png")
            _enter(dialog.windowHandle())
            qtbot.waitUntil(lambda: bool(seen) and QApplication.activeModalWidget() is None, timeout=JOIN_MS)
            # What a person at this window can do, not a command line: join from a laptop without a database.
            assert seen[0].startswith(TAKEN) and "「センターのハブに参加…」" in seen[0], seen[0]
            assert "たとえば 3" in seen[0] and "dvc" not in seen[0].replace("dvc のデータベース", ""), seen[0]
            assert dialog.isVisible() and dialog.join_button.isEnabled()
            assert hub_link(ws) is None and checksum(copy) == before
            assert window.sync_light.state == st.OFF
            dialog.grab().save(str(SHOTS / "join-number-taken.png"))
            QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Escape)
            qtbot.waitUntil(lambda: not dialog.isVisible())
            window.close()
        finally:
            replicator.stop()
            ws.close()

        # A new laptop asking for number 2 (Alt+L, then the number): refused before its database is made.
        new = tmp_path / "new-laptop.db"
        dialog = shown(qtbot, JoinDialog(db_path=new, parent=None))
        _address_and_code(qtbot, dialog, hub)
        keys = dialog.windowHandle()
        QTest.keyClick(keys, Qt.Key.Key_L, ALT)
        assert QApplication.focusWidget() is dialog.device
        QTest.keyClick(keys, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        _keys(keys, "2")
        assert dialog.device.value() == 2
        seen = _box_answered("join-new-laptop-number-taken-message.png")
        _enter(keys)
        qtbot.waitUntil(lambda: bool(seen) and QApplication.activeModalWidget() is None, timeout=JOIN_MS)
        assert seen[0].startswith(TAKEN) and "「端末番号」の欄で別の番号を選んで（3 が空いています" in seen[0], seen[0]
        assert "--device" not in seen[0], seen[0]
        assert dialog.isVisible() and not new.exists()
        dialog.grab().save(str(SHOTS / "join-new-laptop-number-taken.png"))
        QTest.keyClick(keys, Qt.Key.Key_Escape)

        # The command line (in the tests' English locale) names its own command, with the free number.
        refused = dvc("--db", str(new), "join", hub["address"], "--code", hub["join_code"], "--device", "2",
                      check=False)
        assert refused.returncode == 1 and "Laptop number 2 is already used" in refused.stderr, refused.stderr
        assert f"join {hub['address']} --code CODE --device 3" in refused.stderr and not new.exists()
    finally:
        dvc("--db", str(one), "hub", "stop", "--operator", HEAD, check=False)
