"""The equipment desk in the real main window: scan a label, lend, warn, take back, edit the list, print labels."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from dvc.domain.qr import make_payload
from dvc.services.equipment import loans
from dvc.services.equipment import stock
from dvc.ui.desks.equipment import page as equipment_page
from tests.ui.conftest import japanese_app, show_window  # noqa: F401  (the fixture, imported to be used here)
from tests.ui.window_keys import give_up_after, press, type_text

SHOTS = Path("/tmp/eq/shots")
EQUIPMENT_KEY = Qt.Key.Key_F5


def in_dialog(qtbot, act, shot: str | None = None) -> None:  # noqa: ANN001
    """Run ``act(dialog)`` on the modal dialog about to open (it must end the dialog)."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, attempt)
            return
        if shot:
            SHOTS.mkdir(parents=True, exist_ok=True)
            dialog.grab().save(str(SHOTS / shot))
        act(dialog)

    QTimer.singleShot(0, attempt)


def type_into(qtbot, widget, text: str) -> None:  # noqa: ANN001
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


@pytest.fixture
def desk(qtbot, workspace, store):  # noqa: ANN001, ANN201
    window = show_window(qtbot, workspace)
    qtbot.keyClick(window, EQUIPMENT_KEY)
    page = window.page("equipment")
    assert window.current_page() is page and page.scan_field.hasFocus()
    return window, page


def row_of(ws, item_id):  # noqa: ANN001, ANN201
    return next(r for r in stock.stock_rows(ws) if r.id == item_id)


def test_scan_lend_warn_and_take_back(qtbot, desk, workspace, store, monkeypatch):
    window, page = desk
    warned = []
    monkeypatch.setattr(equipment_page.QMessageBox, "warning", lambda _p, _t, text: warned.append(text))

    qtbot.keyClicks(page.scan_field, make_payload("KG", "E", store.shovel))
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert page.selected_item().id == store.shovel
    assert "スコップ（角）" in page.scan_answer.text() and "10" in page.scan_answer.text()

    def lend(dialog) -> None:  # noqa: ANN001
        assert dialog.to_team.isChecked() and dialog.team.currentData() == store.dispatch
        type_into(qtbot, dialog.quantity, "8")
        qtbot.keyClick(dialog.quantity, Qt.Key.Key_Return)

    in_dialog(qtbot, lend, "equipment-lend-dialog.png")
    page.lend_button.click()
    assert row_of(workspace, store.shovel).out == 8
    assert warned and "残り2本" in warned[0]
    assert "スコップ（角） 2本" in page.warning.text() and page.warning.isVisible()
    assert page.loan_model.rowCount() == 1 and page.loan_model.row_at(0).team_code == store.team_code
    window.grab().save(str(SHOTS / "equipment-desk-lent.png"))

    page.loan_list.view.selectRow(0)

    def take_back(dialog) -> None:  # noqa: ANN001
        assert dialog.undamaged.value() == 8
        type_into(qtbot, dialog.lost, "1")
        type_into(qtbot, dialog.damaged, "2")
        assert dialog.undamaged.value() == 5  # the damaged and lost pieces were taken from 返却
        assert "精算" in dialog.summary.text() or dialog.summary.text()
        qtbot.keyClick(dialog.damaged, Qt.Key.Key_Return)

    in_dialog(qtbot, take_back, "equipment-return-dialog.png")
    page.return_button.click()
    row = row_of(workspace, store.shovel)
    assert (row.out, row.lost, row.damaged, row.available) == (0, 1, 2, 7)
    assert page.loan_model.rowCount() == 0 and page.loan_list.is_showing_empty()
    window.activateWindow()  # offscreen Qt activates no window after a modal dialog closes
    qtbot.waitUntil(page.scan_field.hasFocus)


def test_one_back_whole_and_one_back_damaged_settle_a_loan_of_two(qtbot, desk, workspace, store):
    """Issue 18: 返却 1 + 破損 1 of 2 left one piece 未返却 and counted the returned one damaged."""
    window, page = desk
    loans.lend(workspace, equipment_id=store.shovel, quantity=2, dispatch_id=store.dispatch)
    page.refresh()
    page.loan_list.view.selectRow(0)

    said = []

    def take_back(dialog) -> None:  # noqa: ANN001
        press(Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
        type_text("1")
        press(Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
        type_text("1")
        said.append(dialog.summary.text())
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / "equipment-return-one-damaged.png"))
        press(Qt.Key.Key_Return)

    in_dialog(qtbot, take_back)
    give_up_after(5000, window)
    page.return_button.click()
    assert said == ["この貸出は全数精算されます。"]
    row = row_of(workspace, store.shovel)
    assert (row.out, row.lost, row.damaged, row.available) == (0, 0, 1, 9)
    assert page.loan_model.rowCount() == 0


def test_refusal_and_wrong_labels_are_said_in_japanese(qtbot, desk, workspace, store, monkeypatch):
    _window, page = desk
    shown = []
    monkeypatch.setattr("dvc.ui.operations.QMessageBox.warning", lambda _p, _t, text: shown.append(text))
    qtbot.keyClicks(page.scan_field, make_payload("KG", "V", store.shovel))
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert "資機材のラベルではありません" in page.scan_answer.text()

    page.select_item(store.barrow)  # 3 owned, 1 damaged: 2 to lend

    def lend_too_many(dialog) -> None:  # noqa: ANN001
        type_into(qtbot, dialog.quantity, "3")
        qtbot.keyClick(dialog.quantity, Qt.Key.Key_Return)

    in_dialog(qtbot, lend_too_many)
    page.lend_button.click()
    assert shown and "一輪車" in shown[0] and "2台" in shown[0]
    assert loans.open_loans(workspace) == []


def test_the_list_is_editable_and_labels_print(qtbot, desk, workspace, store, monkeypatch, tmp_path):
    window, page = desk
    previews = []
    monkeypatch.setattr("dvc.ui.desks.equipment.label_dialog.show_pdf_preview",
                        lambda _parent, path, _title, **_kw: previews.append(Path(path).stat().st_size))

    def add(dialog) -> None:  # noqa: ANN001
        dialog.name.insert("高圧洗浄機")  # Japanese arrives from the input method as committed text
        dialog.unit.selectAll()
        dialog.unit.insert("台")
        type_into(qtbot, dialog.owned, "2")
        type_into(qtbot, dialog.minimum, "1")
        qtbot.keyClick(dialog.minimum, Qt.Key.Key_Return)

    in_dialog(qtbot, add, "equipment-item-dialog.png")
    page.add_button.click()
    added = page.selected_item()
    assert added.name == "高圧洗浄機" and added.owned == 2 and added.code.startswith("E-KG1-")

    def edit(dialog) -> None:  # noqa: ANN001
        type_into(qtbot, dialog.owned, "3")
        qtbot.keyClick(dialog.owned, Qt.Key.Key_Return)

    in_dialog(qtbot, edit)
    page.edit_button.click()
    assert row_of(workspace, added.id).owned == 3

    def labels(dialog) -> None:  # noqa: ANN001
        dialog.copies[0].setValue(5)
        dialog.grab().save(str(SHOTS / "equipment-label-dialog.png"))
        dialog.preview()

    in_dialog(qtbot, labels)
    page.labels_button.click()
    assert len(previews) == 1 and previews[0] > 1000  # the preview had the labels (the file goes with it)

    monkeypatch.setattr(equipment_page.QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.select_item(added.id)
    page.remove_button.click()
    assert all(r.id != added.id for r in page.rows)
