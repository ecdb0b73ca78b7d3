"""事前登録の取り込み dialog: choose, preview good and bad rows, import, save the bad rows."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlmodel import func, select

from dvc.services.safekeeping.protected_file import read_protected
from dvc.store.tables import Volunteer
from dvc.ui.dialogs.export_protection import Protection
from dvc.ui.desks.reception.import_dialog import ImportDialog
from dvc.ui.events import EventBus
from tests.reception.test_import import BAD, FAMILY, GOOD, write_csv


def count(ws):
    with ws.session() as s:
        return s.exec(select(func.count()).select_from(Volunteer)).one()


def test_preview_import_and_error_file(qtbot, workspace, tmp_path, monkeypatch):
    path = write_csv(tmp_path / "pre.csv", GOOD + FAMILY + BAD, encoding="cp932")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    out = tmp_path / "errors.csv.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr("dvc.ui.desks.reception.import_dialog.ask_protection",
                        lambda *_a, **_k: Protection("typed-pass-123"))
    monkeypatch.setattr("dvc.ui.desks.reception.import_dialog.tell_written", lambda *_a: None)
    bus = EventBus()
    dialog = ImportDialog(workspace, bus)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose_file()
    assert dialog.new_model.rowCount() == 5 and dialog.bad_model.rowCount() == 5
    assert dialog.tabs.tabText(0) == "追加する人（5）" and dialog.tabs.tabText(1) == "エラーの行（5）"
    assert "新しい団体：小林家" in dialog.summary.text()
    assert dialog.bad_model.index(0, 0).data() == "7"
    assert "未入力：氏名" in dialog.bad_model.index(0, 2).data()
    assert count(workspace) == 0  # a preview writes nothing
    dialog.grab().save(str(tmp_path / "import_preview.png"))
    dialog.save_errors()
    text = read_protected(out, passphrase="typed-pass-123")["errors.csv"].decode("utf-8-sig")
    assert [r[0] for r in csv.reader(text.splitlines())][1:] == [
        "7", "8", "9", "10", "11"]
    with qtbot.waitSignal(bus.changed):
        qtbot.keyClick(dialog.import_button, Qt.Key.Key_Return)
    assert count(workspace) == 5
    assert dialog.tabs.tabText(0) == "追加した人（5）" and not dialog.import_button.isEnabled()
    dialog.grab().save(str(tmp_path / "import_done.png"))
    # The same file again: everybody is known, nothing to import.
    dialog.load(path)
    assert dialog.new_model.rowCount() == 0 and dialog.skipped_model.rowCount() == 5
    assert not dialog.import_button.isEnabled()


def test_a_malformed_file_is_explained(qtbot, workspace, tmp_path, monkeypatch):
    path = tmp_path / "garbage.csv"
    path.write_bytes(bytes(range(256)) * 8)
    shown = []
    monkeypatch.setattr("dvc.ui.operations.QMessageBox.warning", lambda _p, _t, text: shown.append(text))
    dialog = ImportDialog(workspace, EventBus())
    qtbot.addWidget(dialog)
    dialog.load(path)
    assert len(shown) == 1 and "Shift_JIS" in shown[0]
    assert dialog.report is None and not dialog.import_button.isEnabled()


def test_a_typed_path_is_read_and_a_refused_file_leaves_no_progress_behind(qtbot, workspace, tmp_path):
    """Issue 18: the path field ignored typing; after an error 「読み込み中… 0%」 stayed on screen."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from tests.ui.conftest import show_active
    from tests.ui.window_keys import give_up_after, press, type_text, when_shown

    path = write_csv(tmp_path / "pre.csv", GOOD, encoding="utf-8")
    dialog = show_active(qtbot, ImportDialog(workspace, EventBus()))
    dialog.path_field.setFocus()
    type_text(f'"{path}"')  # as "Copy as path" pastes it
    press(Qt.Key.Key_Return)
    assert dialog.new_model.rowCount() == len(GOOD)
    assert count(workspace) == 0  # Enter in the field read the file; it did not press 取り込む

    seen = []
    when_shown(lambda: QApplication.activeModalWidget() if isinstance(QApplication.activeModalWidget(), QMessageBox)
               else None, lambda box: (seen.append((box.text(), dialog.progress.isVisible())), press(Qt.Key.Key_Return)))
    give_up_after(5000, dialog)
    dialog.path_field.setFocus()
    dialog.path_field.selectAll()
    type_text(str(tmp_path / "missing.csv"))
    press(Qt.Key.Key_Return)
    assert seen and "missing.csv" in seen[0][0]
    assert seen[0][1] is False  # the bar was gone before the message came
    assert not dialog.progress.isVisible() and "読み込めませんでした" in dialog.summary.text()
    assert count(workspace) == 0
    dialog.grab().save(str(tmp_path / "import_typed_missing.png"))
