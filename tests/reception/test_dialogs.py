"""The reception desk's registration dialogs, driven by keyboard as a person at the desk would."""

from __future__ import annotations

import re
import uuid
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlmodel import select

from dvc.domain.volunteer_input import VolunteerInput
from dvc.services.reception import registration as reg
from dvc.store.tables import Group, Volunteer
from dvc.ui.desks.reception.group_dialog import GroupRegistrationDialog
from dvc.ui.desks.reception.registration_dialog import RegistrationDialog
from dvc.ui.events import EventBus
from tests.ui.conftest import show_window


def type_text(qtbot, widget, text):
    """Type as a person does: ASCII as key presses, Japanese as the IME commits it (QTest cannot press kana keys)."""
    for run in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        if run.isascii():
            qtbot.keyClicks(widget, run)
        else:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)


def type_and_tab(qtbot, *texts):
    """Type each text into the focused field, then Tab to the next ("" only moves on)."""
    for text in texts:
        if text:
            type_text(qtbot, QApplication.focusWidget(), text)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def in_modal(qtbot, drive):
    """Run ``drive(dialog)`` once the modal dialog about to open is on screen.

    Returns a list that holds True when ``drive`` finished, or the exception it
    raised (the dialog is then closed, so the test does not hang).
    """
    done: list = []

    def run():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        try:
            # A window manager activates a new modal dialog; the offscreen platform needs asking.
            dialog.activateWindow()
            qtbot.waitUntil(dialog.isActiveWindow)
            drive(dialog)
            done.append(True)
        except BaseException as exc:  # noqa: BLE001  (reported by the test, after the dialog is gone)
            done.append(exc)
        if dialog.isVisible():
            dialog.done(QDialog.DialogCode.Rejected)  # the test closing it, not Esc: no 'not saved' question
    QTimer.singleShot(0, run)
    return done


def close_next_step():
    """Esc on the 「登録しました」 question that follows a registration at the desk (check in and print later)."""
    def run():
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != "nextStep":
            QTimer.singleShot(20, run)
            return
        box.escapeButton().click()
    QTimer.singleShot(0, run)


def show(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def names_in_db(ws):
    with ws.session() as s:
        return sorted(s.exec(select(Volunteer.name)).all())


def test_register_an_individual_by_keyboard_and_see_them_in_the_roster(qtbot, real_window, workspace):
    reception = real_window.page("reception")

    def drive(dialog):
        assert QApplication.focusWidget() is dialog.form.edits["name"]
        type_and_tab(qtbot, "山田 太郎", "ヤマダ タロウ", "S55.1.2", "", "")
        assert QApplication.focusWidget() is dialog.form.edits["phone"]
        type_text(qtbot, QApplication.focusWidget(), "０９０１２３４５６７８")
        qtbot.waitUntil(lambda: "昭和55年1月2日" in dialog.form.birth_hint.text())
        assert any("保険" in t for t in dialog.rules.texts())
        close_next_step()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    done = in_modal(qtbot, drive)
    qtbot.keyClick(reception.search_field, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert done == [True]
    (code,) = [v.code for v in reception.model.loaded_rows()]
    assert reception.search_field.text() == code
    assert reception.model.row_at(0).name == "山田 太郎" and reception.model.row_at(0).kana == "やまだ たろう"
    with workspace.session() as s:
        assert s.exec(select(Volunteer.phone)).one() == "090-1234-5678"


def test_enter_with_missing_fields_says_what_is_missing_inline(qtbot, workspace):
    dialog = RegistrationDialog(workspace, EventBus())
    show(qtbot, dialog)
    type_text(qtbot, dialog.form.edits["name"], "山田 太郎")
    qtbot.keyClick(dialog.form.edits["name"], Qt.Key.Key_Return)
    assert dialog.isVisible() and names_in_db(workspace) == []
    errors = {k: label.text() for k, label in dialog.form.errors.items() if not label.isHidden()}
    assert set(errors) == {"kana", "birth_date", "phone"}
    assert errors["kana"] == "必須：ふりがな"
    assert QApplication.focusWidget() is dialog.form.edits["kana"]
    asked: list = []

    def throw_away():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, throw_away)
            return
        asked.append(box.text())
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole).click()
    QTimer.singleShot(0, throw_away)
    qtbot.keyClick(dialog.form.edits["kana"], Qt.Key.Key_Escape)  # a name was typed: asked first (issue 18)
    assert asked == ["入力した内容はまだ保存されていません。"] and not dialog.isVisible()


def test_a_wrong_phone_is_explained_when_the_field_is_left(qtbot, workspace):
    dialog = RegistrationDialog(workspace, EventBus())
    show(qtbot, dialog)
    dialog.form.edits["phone"].setFocus()
    qtbot.keyClicks(dialog.form.edits["phone"], "123")
    qtbot.keyClick(dialog.form.edits["phone"], Qt.Key.Key_Tab)
    assert dialog.form.errors["phone"].text() == "「123」は電話番号として読めません（例：090-1234-5678）。"


def test_rules_follow_the_typing_and_on_site_insurance_is_one_key_away(qtbot, workspace):
    day = date(2026, 8, 1)
    dialog = RegistrationDialog(workspace, EventBus(), day=day)
    show(qtbot, dialog)
    qtbot.keyClicks(dialog.form.edits["birth_date"], "2010/9/1")
    qtbot.waitUntil(lambda: "minor_needs_consent" in dialog.rules.keys())
    assert "not_insured" in dialog.rules.keys()
    dialog.form.edits["birth_date"].clear()
    qtbot.keyClicks(dialog.form.edits["birth_date"], "2014/9/1")
    qtbot.waitUntil(lambda: "child_needs_guardian" in dialog.rules.keys())
    dialog.rules.on_site_button.setFocus()
    qtbot.keyClick(dialog.rules.on_site_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "insured_on_site" in dialog.rules.keys())
    assert dialog.form.input().insured_on_site and dialog.form.input().insurance_fiscal_year == 2026


def test_duplicate_shown_before_saving_and_opened_for_editing(qtbot, workspace, monkeypatch):
    first = reg.register_individual(workspace, data=VolunteerInput(
        name="山田 太郎", kana="やまだ たろう", birth_date="1980-01-02", phone="090-1234-5678"))
    dialog = RegistrationDialog(workspace, EventBus())
    show(qtbot, dialog)
    type_and_tab(qtbot, "山田 太郎", "やまだたろう", "1980/1/2")
    qtbot.waitUntil(lambda: len(dialog.duplicates.matches) == 1, timeout=2000)
    assert dialog.duplicates.matches[0].code == first.code and dialog.duplicates.buttons[0].isVisibleTo(dialog)
    # Saving anyway asks first; "No" keeps the dialog open and saves nothing.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.keyClicks(dialog.form.edits["phone"], "080-5555-6666")
    qtbot.keyClick(dialog.form.edits["phone"], Qt.Key.Key_Return)
    assert dialog.isVisible() and names_in_db(workspace) == ["山田 太郎"]
    # Open the existing record instead, by keyboard.
    button = dialog.duplicates.buttons[0]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert dialog.editing is not None and dialog.editing.id == first.id
    assert first.code in dialog.windowTitle()
    assert dialog.form.text("phone") == "090-1234-5678" and dialog.form.text("kana") == "やまだ たろう"
    dialog.form.edits["email"].setFocus()
    qtbot.keyClicks(dialog.form.edits["email"], "taro@example.jp")
    qtbot.keyClick(dialog.form.edits["email"], Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.result.code == first.code
    assert names_in_db(workspace) == ["山田 太郎"]
    assert reg.get_volunteer(workspace, volunteer_id=first.id).data.email == "taro@example.jp"


def test_a_blank_intake_sheet_becomes_the_new_volunteers(qtbot, workspace):
    sheet = uuid.uuid4()
    dialog = RegistrationDialog(workspace, EventBus(), intake_sheet_id=sheet)
    show(qtbot, dialog)
    assert dialog.note.isVisibleTo(dialog)
    type_and_tab(qtbot, "森 さくら", "もり さくら", "", "30", "", "")
    qtbot.keyClicks(QApplication.focusWidget(), "s@example.jp")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    with workspace.session() as s:
        assert s.exec(select(Volunteer.intake_sheet_id)).one() == sheet


def test_a_scanned_blank_sheet_opens_the_form_from_reception(qtbot, real_window, workspace):
    reception = real_window.page("reception")
    sheet = uuid.uuid4()
    seen = []
    in_modal(qtbot, lambda dialog: (seen.append(dialog.intake_sheet_id), dialog.reject()))
    reception.registration_requested.emit(sheet)
    assert seen == [sheet]


def test_register_a_group_of_three_with_a_minor_by_keyboard(qtbot, real_window, workspace):
    day = date.today()

    def drive(dialog):
        assert QApplication.focusWidget() is dialog.group_edits["name"]
        type_text(qtbot, QApplication.focusWidget(), "小林家")
        for _ in range(10):
            if QApplication.focusWidget() is dialog.form.edits["name"]:
                break
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        type_and_tab(qtbot, "小林 誠", "こばやし まこと", "1982/5/5", "", "")
        qtbot.keyClicks(QApplication.focusWidget(), "080-1234-0001")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        assert QApplication.focusWidget() is dialog.form.edits["name"]
        type_and_tab(qtbot, "小林 由美", "こばやし ゆみ", "1984/2/3")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        child_born = f"{day.year - 12}/1/1"
        type_and_tab(qtbot, "小林 翔", "こばやし しょう", child_born)
        qtbot.waitUntil(lambda: "minor_needs_consent" in dialog.rules.keys())
        while QApplication.focusWidget() is not dialog.form.checks["guardian_consent"]:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        assert dialog.model.rowCount() == 3 and dialog.form.is_empty()
        assert "minor" in dialog.rules.keys() and "child_needs_guardian" not in dialog.rules.keys()
        close_next_step()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # empty member form: register the group

    done = in_modal(qtbot, drive)
    reception = real_window.page("reception")
    qtbot.keyClick(reception.search_field, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert done == [True]
    with workspace.session() as s:
        group = s.exec(select(Group)).one()
        members = s.exec(select(Volunteer).where(Volunteer.group_id == group.id)).all()
    assert group.name == "小林家" and group.contact_phone == "080-1234-0001"
    assert sorted(m.name for m in members) == ["小林 由美", "小林 翔", "小林 誠"]
    assert next(m for m in members if m.name == "小林 翔").guardian_consent
    reception.clear_search()
    assert {r.name for r in reception.model.loaded_rows()} == {"小林 由美", "小林 翔", "小林 誠"}
    assert {r.group_name for r in reception.model.loaded_rows()} == {"小林家"}


def test_a_group_of_children_is_refused_before_saving(qtbot, workspace, monkeypatch):
    shown = []
    monkeypatch.setattr("dvc.ui.operations.QMessageBox.warning", lambda _p, _t, text: shown.append(text))
    dialog = GroupRegistrationDialog(workspace, EventBus(), day=date(2026, 8, 1))
    show(qtbot, dialog)
    type_text(qtbot, dialog.group_edits["name"], "子ども会")
    qtbot.keyClicks(dialog.group_edits["contact_phone"], "042-381-0000")
    for name, kana, age in (("田中 陸", "たなか りく", "12"), ("田中 海", "たなか うみ", "10")):
        dialog.form.edits["name"].setFocus()
        type_and_tab(qtbot, name, kana, "", age)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.rules.keys().count("child_needs_guardian") == 2
    qtbot.keyClick(dialog.form.edits["name"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and len(shown) == 1 and "中学生以下" in shown[0]
    assert names_in_db(workspace) == []


def test_a_group_without_a_name_says_so(qtbot, workspace):
    dialog = GroupRegistrationDialog(workspace, EventBus())
    show(qtbot, dialog)
    dialog.form.edits["name"].setFocus()
    type_and_tab(qtbot, "一人 だけ", "ひとり だけ", "1980/1/1", "", "")
    qtbot.keyClicks(QApplication.focusWidget(), "090-1111-2222")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.isVisible() and "団体名" in dialog.group_error.text()
    assert QApplication.focusWidget() is dialog.group_edits["name"]


@pytest.fixture
def shots(tmp_path):
    path = tmp_path / "shots"
    path.mkdir()
    return path


def test_screenshots_of_the_dialogs(qtbot, workspace, shots):
    reg.register_individual(workspace, data=VolunteerInput(
        name="山田 太郎", kana="やまだ たろう", birth_date="1980-01-02", phone="090-1234-5678"))
    dialog = RegistrationDialog(workspace, EventBus())
    show(qtbot, dialog)
    dialog.grab().save(str(shots / "registration_empty.png"))
    type_and_tab(qtbot, "山田 翔", "やまだ しょう", "H22.5.5", "", "")
    qtbot.keyClicks(QApplication.focusWidget(), "09012345678")
    qtbot.waitUntil(lambda: bool(dialog.duplicates.matches) and "minor_needs_consent" in dialog.rules.keys())
    dialog.grab().save(str(shots / "registration_warnings_duplicates.png"))
    assert (shots / "registration_warnings_duplicates.png").stat().st_size > 10_000


def test_the_birth_hint_gives_era_and_age_and_nothing_for_a_future_date(qtbot):
    from datetime import date

    from dvc.ui.desks.reception.volunteer_form import VolunteerForm

    form = VolunteerForm(day=date(2026, 11, 27))
    qtbot.addWidget(form)
    form.edits["birth_date"].setText("1980-01-02")
    assert "昭和55年1月2日" in form.birth_hint.text() and "46" in form.birth_hint.text()
    form.edits["birth_date"].setText("2090-01-01")  # a slip of the year; the field's own error says so
    assert form.birth_hint.text() == "" and form.birth_hint.isHidden()
