"""Walk-ins and the roster at reception (issue 18), driven with keys sent to the window as a keyboard sends them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlmodel import select

from dvc.domain.timeutil import fiscal_year, local_day
from dvc.services.reception import checkin, roster
from dvc.store.tables import Attendance, Volunteer
from dvc.ui.desks.reception.group_dialog import GroupRegistrationDialog
from dvc.ui.desks.reception.group_edit_dialog import GroupEditDialog
from dvc.ui.desks.reception.registration_dialog import RegistrationDialog
from dvc.ui.widgets.print_preview import PrintPreview
from tests.ui.conftest import show_window
from tests.ui.window_keys import give_up_after, press, type_text, when_shown

SHOTS = Path("/tmp/walkin/shots")
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _shot(widget, name: str) -> None:  # noqa: ANN001
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def _modal(kind):  # noqa: ANN001, ANN202
    return lambda: (m if isinstance(m := QApplication.activeModalWidget(), kind) else None)


def _reception(window):  # noqa: ANN001, ANN202
    window.show_desk(0)
    page = window.page("reception")
    page.search_field.setFocus()
    return page


def _fill(dialog, **values: str) -> None:  # noqa: ANN001
    for key, text in values.items():
        dialog.form.edits[key].setFocus()
        type_text(text)


def _close_preview(seen: list) -> None:
    def act(preview: PrintPreview) -> None:
        seen.append((preview.windowTitle(), len(preview.doc)))
        _shot(preview, "walk-in-sheets-preview.png")
        press(Qt.Key.Key_Escape)
    when_shown(_modal(PrintPreview), act)


def _answer_next_step(key: Qt.Key, seen: list, shot: str) -> None:
    def act(box: QMessageBox) -> None:
        seen.append(box.text() + "\n" + box.informativeText())
        _shot(box, shot)
        press(key)
    when_shown(_modal(QMessageBox), act)


def test_a_walk_in_is_told_registered_with_the_code_then_enter_checks_in_and_prints(qtbot, workspace):
    window = show_window(qtbot, workspace)
    give_up_after(20_000, window)
    page = _reception(window)
    seen: list = []

    def register(dialog: RegistrationDialog) -> None:
        _fill(dialog, name="Walk In", kana="うぉーく いん", age="40", phone="090-1111-2222")
        _answer_next_step(Qt.Key.Key_Return, seen, "walk-in-registered.png")
        _close_preview(seen)
        press(Qt.Key.Key_Return)
    when_shown(_modal(RegistrationDialog), register)
    press(Qt.Key.Key_N, CTRL, window)

    code = roster.volunteer_page(workspace, search="うぉーく")[0].code
    assert seen[0].startswith(f"登録しました：{code} Walk In")
    assert seen[1] == (f"受付票 {code}", 1)
    assert page.last_result.result == checkin.CHECKED_IN and page.last_result.volunteer.code == code
    assert page.result_panel.word_label.text() == "受付"
    _shot(window, "walk-in-checked-in.png")


def test_a_group_shows_its_codes_and_checks_in_and_prints_all_its_members(qtbot, workspace):
    window = show_window(qtbot, workspace)
    give_up_after(30_000, window)
    page = _reception(window)
    seen: list = []

    def register(dialog: GroupRegistrationDialog) -> None:
        dialog.group_edits["name"].setFocus()
        type_text("Tennis Club")
        for name, kana, age, phone in (("A Member", "えー めんばー", "40", "090-1111-0001"),
                                       ("B Member", "びー めんばー", "41", "090-1111-0002")):
            _fill(dialog, name=name, kana=kana, age=age, phone=phone)
            press(Qt.Key.Key_Return)
        _answer_next_step(Qt.Key.Key_Return, seen, "group-registered.png")
        _close_preview(seen)
        press(Qt.Key.Key_Return, CTRL)
    when_shown(_modal(GroupRegistrationDialog), register)
    press(Qt.Key.Key_G, CTRL, window)

    members = roster.volunteer_page(workspace, search="めんばー")
    assert len(members) == 2
    assert seen[0].startswith("団体を登録しました：G-")
    assert all(m.code in seen[0] for m in members)
    assert seen[1] == ("受付票 2枚", 2)
    with workspace.session() as s:
        here = set(s.exec(select(Attendance.volunteer_id).where(Attendance.day == local_day())).all())
    assert {m.id for m in members} <= here


def test_esc_after_registering_checks_in_nobody(qtbot, workspace):
    window = show_window(qtbot, workspace)
    give_up_after(15_000, window)
    page = _reception(window)
    seen: list = []

    def register(dialog: RegistrationDialog) -> None:
        _fill(dialog, name="Later", kana="れいたー", age="30", phone="090-1111-3333")
        _answer_next_step(Qt.Key.Key_Escape, seen, "walk-in-registered-esc.png")
        press(Qt.Key.Key_Return)
    when_shown(_modal(RegistrationDialog), register)
    press(Qt.Key.Key_N, CTRL, window)
    assert seen and page.last_result is None


def test_double_click_opens_the_person_and_does_not_check_them_in(qtbot, drill_window, drill_workspace):
    give_up_after(15_000, drill_window)
    page = _reception(drill_window)
    row = next(r for r in page.model.loaded_rows() if r.name == "髙橋 美咲")
    index = page.model.index(page.model.loaded_rows().index(row), 1)
    opened: list = []

    def look(dialog: RegistrationDialog) -> None:
        opened.append(dialog.windowTitle())
        _shot(dialog, "roster-double-click-opens.png")
        press(Qt.Key.Key_Escape)
    when_shown(_modal(RegistrationDialog), look)
    viewport = page.list.view.viewport()
    where = page.list.view.visualRect(index).center()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=where)
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=where)
    assert opened == [f"{row.code} の修正"]
    assert page.last_result is None
    assert not [r for r in roster.volunteer_page(drill_workspace, search="髙橋") if r.checked_in]


def test_a_group_from_the_roster_takes_a_new_member_and_same_day_insurance_for_all(qtbot, drill_window,
                                                                                    drill_workspace):
    give_up_after(30_000, drill_window)
    page = _reception(drill_window)
    with drill_workspace.transaction() as s:  # 田中 健 of 小金井ボランティアの会 is insured: make him not
        tanaka = s.exec(select(Volunteer).where(Volunteer.name == "田中 健")).one()
        tanaka.insurance_fiscal_year = None
    type_text("たなか")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Down)
    steps: list = []

    def in_group(dialog: GroupEditDialog) -> None:
        steps.append([m.name for m in dialog.details.members])
        _shot(dialog, "group-opened-from-roster.png")

        def add(member: RegistrationDialog) -> None:
            steps.append(member.windowTitle())
            _fill(member, name="Late Comer", kana="れいと かまー", age="50")
            press(Qt.Key.Key_Return)
        when_shown(_modal(RegistrationDialog), add)
        press(Qt.Key.Key_N, CTRL)  # returns once the member's form is closed
        steps.append([m.name for m in dialog.details.members])
        steps.append(dialog.insure_button.text())
        _shot(dialog, "group-with-latecomer.png")
        dialog.insure_button.click()
        steps.append(dialog.insure_button.isVisible())
        dialog.activateWindow()
        press(Qt.Key.Key_Escape, target=dialog)
    when_shown(_modal(GroupEditDialog), in_group)
    press(Qt.Key.Key_G, CTRL | SHIFT, drill_window)

    assert steps[0] == ["田中 健"]
    assert steps[1] == "小金井ボランティアの会 のメンバーを追加"
    assert steps[2] == ["田中 健", "Late Comer"]
    assert "2人" in steps[3] and steps[4] is False
    with drill_workspace.session() as s:
        people = s.exec(select(Volunteer).where(Volunteer.group_id == tanaka.group_id)).all()
    assert {p.name for p in people} == {"田中 健", "Late Comer"}
    assert all(p.insured_on_site and p.insurance_fiscal_year == fiscal_year(local_day()) for p in people)


def test_check_in_and_check_out_look_different_beyond_colour(qtbot, drill_window):
    page = _reception(drill_window)
    code = next(r.code for r in page.model.loaded_rows() if r.name == "髙橋 美咲")
    type_text(code)
    press(Qt.Key.Key_Return)
    panel = page.result_panel
    assert panel.word_label.isVisible() and panel.word_label.text() == "受付"
    checked_in_style = panel.styleSheet()
    _shot(drill_window, "reception-checked-in.png")
    press(Qt.Key.Key_F9)
    type_text(code)
    press(Qt.Key.Key_Return)
    assert page.last_result.result == checkin.CHECKED_OUT
    assert panel.word_label.isVisible() and panel.word_label.text() == "帰着"
    assert panel.tone != "green" and panel.styleSheet() != checked_in_style
    assert drill_window.width() <= 1366  # the new buttons did not widen the window off a laptop's screen
    _shot(drill_window, "reception-checked-out.png")


def test_ctrl_p_right_after_a_check_in_prints_that_persons_sheet(qtbot, drill_window):
    give_up_after(15_000, drill_window)
    page = _reception(drill_window)
    code = next(r.code for r in page.model.loaded_rows() if r.name == "髙橋 美咲")
    type_text(code)
    press(Qt.Key.Key_Return)
    seen: list = []
    _close_preview(seen)
    press(Qt.Key.Key_P, CTRL, drill_window)  # the old 'choose a volunteer first' box is closed by give_up_after
    assert seen[:1] == [(f"受付票 {code}", 1)]


def test_the_red_insurance_tag_goes_once_insurance_is_recorded(qtbot, drill_window, drill_workspace):
    give_up_after(15_000, drill_window)
    page = _reception(drill_window)
    code = next(r.code for r in page.model.loaded_rows() if r.name == "佐藤 一郎")
    type_text(code)
    press(Qt.Key.Key_Return)
    assert "保険未加入（今年度）" in page.result_panel.warning_texts()

    def enrol(dialog: RegistrationDialog) -> None:
        dialog.form.set_on_site_insurance()
        _fill(dialog, phone="090-3333-4444")  # the seeded record has none, and a phone or e-mail is required
        press(Qt.Key.Key_Return)
    when_shown(_modal(RegistrationDialog), enrol)
    page.search_field.setText("佐藤")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: "保険未加入（今年度）" not in page.result_panel.warning_texts())
    _shot(drill_window, "reception-insurance-recorded.png")


def test_the_group_and_registration_dialogs_fit_a_768_pixel_screen(qtbot, workspace):
    from dvc.ui.events import EventBus

    for dialog in (GroupRegistrationDialog(workspace, EventBus()), RegistrationDialog(workspace, EventBus())):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        # Its contents, a title bar (~30 px) and a taskbar (~40 px) within 768 pixels.
        assert dialog.height() + 70 <= 768, type(dialog).__name__
        _shot(dialog, f"{type(dialog).__name__}-768.png")


def test_esc_on_a_half_filled_registration_asks_and_keeps_the_typing(qtbot, workspace):
    from tests.ui.conftest import show_active
    from dvc.ui.events import EventBus

    dialog = show_active(qtbot, RegistrationDialog(workspace, EventBus()))
    give_up_after(8000, dialog)
    dialog.form.edits["name"].setFocus()
    type_text("Half Filled")
    seen: list = []
    when_shown(_modal(QMessageBox), lambda box: (seen.append(box.text()), press(Qt.Key.Key_Return)))
    press(Qt.Key.Key_Escape)
    assert seen == ["入力した内容はまだ保存されていません。"]
    assert dialog.isVisible() and dialog.form.edits["name"].text() == "Half Filled"
