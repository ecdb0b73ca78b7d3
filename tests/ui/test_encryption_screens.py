"""The encrypted database on screen: the start-up passphrase prompt, the recovery sheet in the settings, the status bar.

Keys are typed into the top-level window (as a keyboard or a USB barcode
scanner reading the sheet's QR code sends them), not into one widget.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from dvc.services.core.setup import create_database
from dvc.services.keys import custody
from dvc.store import cipher
from tests.reception.pdf_tools import page_images, qr_texts
from tests.ui.conftest import show_window

SHOTS = Path(__file__).resolve().parents[2] / "screens" / "encryption"


def shot(widget, name: str) -> None:  # noqa: ANN001
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def type_on_window(window, text: str) -> None:  # noqa: ANN001
    handle = window.windowHandle()
    for ch in text:
        QTest.keyClick(handle, ch)
    QTest.keyClick(handle, Qt.Key.Key_Return)


def when_modal(act) -> list:  # noqa: ANN001
    """Run ``act(dialog)`` on the next modal dialog once it is up (it blocks in exec())."""
    seen = []

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog in seen:
            QTimer.singleShot(20, attempt)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, attempt)
    return seen


@pytest.fixture
def council_db(tmp_path):
    path = tmp_path / "center.db"
    with create_database(path, council="koganei", operator_name="山田 花子"):
        pass
    return path


def _recovery_sheet(ws, tmp_path):  # noqa: ANN001, ANN202
    from dvc.services.safekeeping.recovery_sheet import new_recovery_key, print_sheet

    ws.operator, ws.operator_role = "山田 花子", "center_head"
    made = new_recovery_key(ws)
    out = tmp_path / "sheet.pdf"
    print_sheet(ws, made, out)
    return made, out


def test_a_new_laptop_asks_for_the_recovery_passphrase_and_a_wrong_one_is_told(qtbot, tmp_path, monkeypatch):
    from dvc.services.core.workspace import open_workspace
    from dvc.ui.startup import open_for_gui

    path = tmp_path / "center.db"
    with create_database(path, council="koganei", operator_name="山田 花子") as ws:
        made, _ = _recovery_sheet(ws, tmp_path)
    # Another laptop: the database file only, no key file, nothing unlocked in this process, no passphrase set.
    moved = tmp_path / "new-laptop" / "dvc.db"
    moved.parent.mkdir()
    shutil.copy(path, moved)
    cipher.forget(cipher.file_salt(moved))
    monkeypatch.delenv(custody.ENV_PASSPHRASE)
    custody.use_start_passphrase(None)

    errors = []

    def wrong_then_right(dialog) -> None:  # noqa: ANN001
        shot(dialog, "passphrase_prompt")
        type_on_window(dialog, "abcd-efgh-jkmn-pqrs-tuvw-xyz2-3456")
        when_modal(right)

    def right(dialog) -> None:  # noqa: ANN001
        errors.append(dialog.error.text())
        shot(dialog, "passphrase_prompt_wrong")
        # As a USB scanner types the QR code: capitals and no hyphens are taken too.
        type_on_window(dialog, made.passphrase.replace("-", "").upper())

    when_modal(wrong_then_right)
    ws = open_for_gui(db_path=moved, drill=False, explicit_path=True)
    assert ws is not None and ws.db.encrypted
    ws.close()
    assert errors and "開けません" in errors[0]
    open_workspace(moved).close()  # unlocked for this process now


def test_the_settings_print_the_recovery_sheet_and_change_the_key(qtbot, tmp_path, council_db, monkeypatch):
    from dvc.services.core.workspace import open_workspace
    from dvc.services.core import preview_files
    from dvc.ui.dialogs import recovery_sheet as sheet_ui
    from dvc.ui.dialogs.settings import SettingsDialog

    ws = open_workspace(council_db)
    ws.operator, ws.operator_role = "山田 花子", "center_head"
    old = cipher.unlocked(cipher.file_salt(council_db))
    window = show_window(qtbot, ws)
    dialog = SettingsDialog(window, ws)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "まだ印刷されていません" in dialog.recovery.state.text()
    shot(dialog, "settings_before_sheet")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    previews = []

    def preview(parent, pdf, title=None, **_kw) -> None:  # noqa: ANN001
        previews.append((title, [t for page in qr_texts(pdf) for t in page], pdf))
        page_images(pdf, dpi=80)[0].save(str(SHOTS / "recovery_sheet.png"))

    monkeypatch.setattr(sheet_ui, "show_pdf_preview", preview)
    qtbot.mouseClick(dialog.recovery.button, Qt.MouseButton.LeftButton)
    assert previews and previews[0][0] == "回復シート"
    passphrase, sheet = previews[0][1][0], previews[0][2]
    # The sheet with the passphrase was made in the database's private folder (0700), not /tmp, and is gone.
    assert sheet.parent.parent == preview_files.folder_for(council_db) and not sheet.parent.exists()
    assert cipher.opens(council_db, cipher.derive(passphrase, old.salt))
    assert not cipher.opens(council_db, old)
    assert "印刷しました" in dialog.recovery.state.text()
    shot(dialog, "settings_after_sheet")
    shot(window, "main_window_encrypted")
    assert window.statusBar().encryption.text() == "暗号化済み"
    dialog.close()
    window.close()
    ws.close()


def test_the_drill_says_it_is_not_encrypted(qtbot, drill_workspace):
    window = show_window(qtbot, drill_workspace)
    assert window.statusBar().encryption.text() == "暗号化なし（訓練）"
    shot(window, "main_window_drill")


def test_a_plain_database_from_an_earlier_dvc_is_encrypted_behind_a_notice(qtbot, tmp_path, monkeypatch):
    import sqlite3

    from dvc.services.keys import conversion
    from dvc.ui.startup import open_for_gui

    path = tmp_path / "center.db"
    with create_database(path, council="koganei", drill=True, operator_name="山田 花子"):
        pass
    con = sqlite3.connect(path)
    con.execute("UPDATE setting SET value = '0' WHERE key = 'drill'")
    con.commit()
    con.close()
    real_convert, notices = conversion.convert, []

    def convert_watched(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 — the real conversion, a picture first
        notice = QApplication.activeModalWidget()
        notices.append(notice.labelText() if notice is not None else "")
        if notice is not None:
            shot(notice, "conversion_notice")
        return real_convert(*args, **kwargs)

    monkeypatch.setattr(conversion, "convert", convert_watched)
    ws = open_for_gui(db_path=path, drill=False, explicit_path=True)
    assert ws is not None and ws.db.encrypted and cipher.is_encrypted(path)
    ws.close()
    assert notices and "暗号化しています" in notices[0]
