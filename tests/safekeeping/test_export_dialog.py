"""The passphrase dialog before a file leaves dvc, driven by keyboard; the made passphrase shown once."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from dvc.ui.dialogs.export_protection import ExportProtectionDialog, Protection, tell_written

SHOTS = Path(os.environ.get("DVC_SHOTS", "/tmp/safety_shots"))


def shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def test_typed_twice_must_match_and_be_long_enough(qtbot):
    dialog = ExportProtectionDialog(personal=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.plain is None and dialog.typed.isChecked()  # personal data: no unencrypted choice
    qtbot.keyClicks(dialog.first, "kogane-2026")
    qtbot.keyClicks(dialog.second, "kogane-2025")
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)
    assert dialog.protection is None and dialog.error.isVisible() and "違います" in dialog.error.text()
    shot(dialog, "export_mismatch")
    dialog.first.clear(), dialog.second.clear()
    qtbot.keyClicks(dialog.first, "short"), qtbot.keyClicks(dialog.second, "short")
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)
    assert dialog.protection is None and "10 文字以上" in dialog.error.text()
    dialog.first.clear(), dialog.second.clear()
    qtbot.keyClicks(dialog.first, "kogane-2026"), qtbot.keyClicks(dialog.second, "kogane-2026")
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)
    assert dialog.result() == ExportProtectionDialog.DialogCode.Accepted
    assert dialog.protection == Protection("kogane-2026")


def test_made_passphrase_and_plain_only_without_personal_data(qtbot):
    dialog = ExportProtectionDialog(personal=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.plain.isChecked()
    shot(dialog, "export_no_personal_data")
    dialog.made.setChecked(True)
    dialog.accept()
    assert dialog.protection.generated and len(dialog.protection.passphrase) == 19


def test_the_made_passphrase_is_shown_after_saving(qtbot, tmp_path):
    seen: list[str] = []

    def look() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen.append(box.text() + box.informativeText())
        shot(box, "export_passphrase_shown")
        box.accept()

    QTimer.singleShot(200, look)
    tell_written(None, Protection("abcd-efgh-jkmn-pqrs", generated=True), tmp_path / "list.csv.zip")
    assert "abcd-efgh-jkmn-pqrs" in seen[0] and "list.csv.zip" in seen[0]


def test_screenshot_of_the_personal_dialog(qtbot):
    dialog = ExportProtectionDialog(personal=True)
    qtbot.addWidget(dialog)
    dialog.show()
    shot(dialog, "export_personal")
