"""First start, settings, and how refusals reach a person."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.services.core import preferences
from dvc.services.core.workspace import open_workspace
from dvc.ui.dialogs.first_run import CREATE, DRILL, FirstRunDialog
from dvc.ui.dialogs.settings import SettingsDialog
from dvc.ui.events import EventBus
from dvc.ui.operations import run_operation
from dvc.services.staff import operators
from tests.ui.window_keys import press, type_text

SHOTS = Path(os.environ.get("DVC_SHOTS", "/tmp/desk-shots"))


class Warnings:
    """Stands in for QMessageBox.warning: records instead of blocking the test."""

    def __init__(self) -> None:
        self.shown: list[str] = []

    def __call__(self, parent, title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN204
        self.shown.append(text)
        return QMessageBox.StandardButton.Ok


def test_first_run_creates_the_database(qtbot, tmp_path):
    path = tmp_path / "center.db"
    dialog = FirstRunDialog(db_path=path, explicit_path=False)
    qtbot.addWidget(dialog)
    dialog.council.setCurrentIndex(dialog.council.findData("mitaka"))
    dialog.device.selectAll()
    qtbot.keyClicks(dialog.device, "3")
    qtbot.keyClicks(dialog.operator, "Sato")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.choice == CREATE
    ws = dialog.workspace
    try:
        assert (ws.identity.council_code, ws.identity.device_number, ws.identity.drill) == ("mitaka", 3, False)
        assert ws.operator == "Sato"
    finally:
        ws.close()
    assert path.exists()


def test_first_run_refusal_keeps_the_dialog_open(qtbot, tmp_path, monkeypatch):
    warnings = Warnings()
    monkeypatch.setattr(QMessageBox, "warning", warnings)
    dialog = FirstRunDialog(db_path=tmp_path / "center.db", explicit_path=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.council.setCurrentIndex(dialog.council.findData(""))
    assert dialog.other_code.isVisible()
    qtbot.keyClicks(dialog.other_code, "Not A Code!")
    qtbot.keyClicks(dialog.operator, "Sato")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.workspace is None
    assert len(warnings.shown) == 1 and "社協コード" in warnings.shown[0]
    assert not (tmp_path / "center.db").exists()


def test_first_run_can_choose_the_drill(qtbot, tmp_path):
    dialog = FirstRunDialog(db_path=tmp_path / "center.db", explicit_path=False)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.drill_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.choice == DRILL
    assert not (tmp_path / "center.db").exists()


def test_a_refused_operation_shows_the_japanese_message(monkeypatch):
    warnings = Warnings()
    monkeypatch.setattr(QMessageBox, "warning", warnings)
    bus = EventBus()
    announced: list[str] = []
    bus.changed.connect(announced.append)

    def refuse():  # noqa: ANN202
        raise UserError(QT_TRANSLATE_NOOP("errors", "{path} is not a dvc database; nothing was restored."), path="x.db")

    assert run_operation(None, refuse, bus=bus, announces=["volunteers"]) is None
    assert warnings.shown == ["x.db は dvc のデータベースではありません。何も復元していません。"]
    assert announced == []


def test_a_successful_operation_announces_what_changed(qtbot):
    bus = EventBus()
    results = []
    with qtbot.waitSignal(bus.changed, timeout=1000) as blocker:
        value = run_operation(None, lambda: 42, bus=bus, announces=["needs"], on_success=results.append)
    assert blocker.args == ["needs"]
    assert value == 42 and results == [42]


def test_a_locked_database_is_explained_not_traced(monkeypatch, drill_db):
    from dvc.ui.startup import open_for_gui

    warnings = Warnings()
    monkeypatch.setattr(QMessageBox, "warning", warnings)
    with open_workspace(drill_db):
        assert open_for_gui(db_path=drill_db, drill=False, explicit_path=True) is None
    assert len(warnings.shown) == 1 and "別の dvc" in warnings.shown[0]


def test_settings_save_the_language(qtbot):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "ja"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    assert preferences.load()["language"] == "en"


def test_first_run_enter_on_the_empty_form_creates_nothing_and_asks_for_a_name(qtbot, tmp_path):
    """Issue 18, item 10: an empty Enter made the real database with nobody to sign in."""
    path = tmp_path / "center.db"
    dialog = FirstRunDialog(db_path=path, explicit_path=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isActiveWindow)
    press(Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.workspace is None and not path.exists()
    assert dialog.operator_error.isVisible() and "お名前" in dialog.operator_error.text()
    assert dialog.operator.hasFocus()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "first_run_no_name.png"))
    type_text("山田 花子")
    press(Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.choice == CREATE
    ws = dialog.workspace
    try:
        assert [row.name for row in operators.list_operators(ws)] == ["山田 花子"] and ws.operator == "山田 花子"
    finally:
        ws.close()


def test_sign_in_to_a_database_without_staff_opens_the_new_staff_form(qtbot, tmp_path):
    from dvc.services.core.setup import create_database
    from dvc.ui.dialogs.sign_in import SignInDialog

    ws = create_database(tmp_path / "center.db", council="koganei")  # `dvc init` with no --operator
    try:
        dialog = SignInDialog(ws)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(dialog.isActiveWindow)
        assert dialog.new_form.isVisible() and dialog.new_name.hasFocus()
        type_text("受付 一郎")
        press(Qt.Key.Key_Return)
        assert dialog.result() == QDialog.DialogCode.Accepted and ws.operator == "受付 一郎"
    finally:
        ws.close()
