"""総務's insurer list: the passphrase typed twice in the real dialog, the file decrypted, who was left out said."""

from __future__ import annotations

import io

from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from dvc.services.safekeeping.protected_file import read_protected
from dvc.services.reception.registration import register_individual
from dvc.ui.dialogs.export_protection import ExportProtectionDialog
from tests.safekeeping.test_insurance_consent import person


def test_the_head_office_saves_the_insurer_list_encrypted(qtbot, real_window, workspace, tmp_path, monkeypatch):
    yes = register_individual(workspace, data=person("保険 同意子", "090-1000-0001", consent=True))
    no = register_individual(workspace, data=person("保険 拒否男", "090-1000-0002", consent=False))
    page = real_window.page("head_office")
    target = tmp_path / "hoken.xlsx.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told: list[str] = []
    monkeypatch.setattr("dvc.ui.desks.head_office.insurer_list_action.tell_written",
                        lambda _p, _prot, path, summary="": told.append(f"{summary}\n{path}"))

    def type_passphrase() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, ExportProtectionDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(50, type_passphrase)
            return
        qtbot.keyClicks(dialog.first, "hoken-meibo-26")
        qtbot.keyClicks(dialog.second, "hoken-meibo-26")
        qtbot.keyClick(dialog.second, Qt.Key.Key_Return)

    QTimer.singleShot(50, type_passphrase)
    page.insurer_button.click()
    assert told and no.code in told[0] and str(target) in told[0]
    book = load_workbook(io.BytesIO(read_protected(target, passphrase="hoken-meibo-26")["hoken.xlsx"]))
    codes = [row[0] for row in book.active.iter_rows(min_row=2, values_only=True)]
    assert codes == [yes.code]


def test_screenshot_of_the_head_office_heading(qtbot, real_window):
    from tests.safekeeping.test_export_dialog import shot

    real_window.show_desk_by_key("head_office")
    qtbot.wait(50)
    shot(real_window, "head_office")
