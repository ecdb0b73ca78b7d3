"""The dispatch desk in the real main window, by keyboard: send a team off with tools, scan it back, report."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlmodel import select

from dvc.domain.qr import make_payload
from dvc.domain.vocab import NeedStatus, TeamStatus
from dvc.services.dispatch import send_off as dispatch
from dvc.services.needs import board as needs_board
from dvc.services.dispatch.send_off import LoanRequest
from dvc.store.tables import Attendance, Need, Team
from dvc.ui.desks.dispatch.report_dialog import COL_LOST, COL_UNDAMAGED, ActivityReportDialog
from dvc.ui.desks.dispatch.send_dialog import SendOffDialog
from dvc.ui.widgets.print_preview import PrintPreview
from tests.reception.test_dialogs import type_text
from tests.ui.conftest import japanese_app  # noqa: F401  (the fixture, imported to be used here)
from tests.ui.dispatch.helpers import (
    MATCHING_KEY, NEEDS_KEY, back_in_window, open_desk, scan, send_out_late, shot, stock_of, when_open,
)


def test_send_off_with_tools_then_scan_back_and_report_continuing(qtbot, workspace, day):  # noqa: ANN001
    send_out_late(workspace, day.teams[1])
    dispatch.dispatch_team(workspace, team_id=day.teams[2], loans=[LoanRequest(day.sandbags, 20)])
    window, page = open_desk(qtbot, workspace)
    # Late first, then ready to leave, then out on site.
    assert [r.code for r in page.rows] == [day.codes[1], day.codes[0], day.codes[2]]
    assert [r.overdue for r in page.rows] == [True, False, False]
    assert page.late.value_text() == "1" and page.ready.value_text() == "1"
    shot(window, "dispatch-desk-teams-out-one-late.png")

    # The confirmed team's code typed into the scan field opens the 送り出し dialog.
    def send(dialog: SendOffDialog) -> None:
        shovels = dialog.quantities[0]
        assert shovels.hasFocus()
        qtbot.keyClicks(shovels, "12")  # more than the 10 there are: refused in words
        assert "10" in dialog.problems.text() and not dialog.ok_button.isEnabled()
        shovels.selectAll()
        qtbot.keyClicks(shovels, "8")  # leaves 2, under the minimum of 3: a warning only
        assert dialog.ok_button.isEnabled() and "2" in dialog.problems.text()
        qtbot.keyClick(shovels, Qt.Key.Key_Tab)
        assert dialog.quantities[1].hasFocus()
        shot(dialog, "dispatch-send-off-dialog.png")
        type_text(qtbot, dialog.transport, "センター車両")
        dialog.ok_button.click()

    def preview(dialog: PrintPreview) -> None:
        assert dialog.page_count() == 1
        dialog.reject()

    sent = when_open(SendOffDialog, send)
    previewed = when_open(PrintPreview, preview, "dispatch-sheet-preview.png")
    scan(qtbot, page, day.codes[0])
    assert sent and previewed
    assert stock_of(workspace, day.shovel).out == 8
    with workspace.session() as s:
        assert s.get(Team, day.teams[0]).status == TeamStatus.DISPATCHED
        assert s.get(Need, day.needs[0]).status == NeedStatus.ACTIVE
    assert day.codes[0] in page.answer.text()
    assert page.out.value_text() == "3" and page.ready.value_text() == "0"
    back_in_window(qtbot, window)
    assert page.scan_field.hasFocus()  # the next scan goes there

    # Back: the scanner types the sheet's QR and Enter; the report says 継続 with what is left.
    def report(dialog: ActivityReportDialog) -> None:
        assert dialog.done_radio.isChecked() and not dialog.remaining.isEnabled()
        assert dialog._count(0, COL_UNDAMAGED) == 8
        assert len(dialog.checked_out()) == 3
        qtbot.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(dialog.continuing_radio.isChecked)  # a mnemonic clicks with a short animation
        assert dialog.remaining.isEnabled()
        type_text(qtbot, dialog.work_done, "1階の泥出し")
        type_text(qtbot, dialog.remaining, "2階の家財搬出")
        dialog.next_headcount.setFocus()
        dialog.next_headcount.selectAll()  # as Tab into it does
        qtbot.keyClicks(dialog.next_headcount, "4")
        dialog.set_loan_count(0, COL_UNDAMAGED, 7)
        dialog.set_loan_count(0, COL_LOST, 1)
        stays = dialog.members.item(2)
        stays.setCheckState(Qt.CheckState.Unchecked)  # staying for an afternoon team
        shot(dialog, "dispatch-activity-report-dialog.png")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    reported = when_open(ActivityReportDialog, report)
    scan(qtbot, page, make_payload(workspace.identity.council_short, "T", day.teams[0]))
    assert reported and not reported[0].isVisible()
    with workspace.session() as s:
        need = s.get(Need, day.needs[0])
        assert need.status == NeedStatus.CONTINUING and need.remaining_work == "2階の家財搬出"
        assert need.headcount == 4
        out = {a.volunteer_id: a.checked_out_at for a in s.exec(select(Attendance)).all()}
    assert [out[v] is not None for v in day.members[0]] == [True, True, False]
    assert stock_of(workspace, day.shovel).out == 0 and stock_of(workspace, day.shovel).lost == 1
    assert page.back.value_text() == "1"
    shot(window, "dispatch-desk-after-return.png")

    # The need is back among those waiting for matching, at the matching desk, and on the needs board as 継続.
    assert day.need_codes[0] in [r.code for r in needs_board.waiting_page(workspace)]
    back_in_window(qtbot, window)
    qtbot.keyClick(window, MATCHING_KEY)
    matching = window.page("matching")
    assert window.current_page() is matching
    assert day.need_codes[0] in [r.code for r in matching.need_model.loaded_rows()]
    qtbot.keyClick(window, NEEDS_KEY)
    board = window.page("needs")
    board.set_filter(NeedStatus.CONTINUING)
    assert day.need_codes[0] in [board.model.row_at(i).code for i in range(board.model.rowCount())]


def test_a_report_refused_keeps_the_dialog_open(qtbot, workspace, day, monkeypatch):  # noqa: ANN001
    dispatch.dispatch_team(workspace, team_id=day.teams[1])
    window, page = open_desk(qtbot, workspace)
    refusals: list[str] = []
    monkeypatch.setattr("dvc.ui.operations.QMessageBox.warning", lambda _p, _t, text: refusals.append(text))

    def report(dialog: ActivityReportDialog) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # 中断, but no reason given
        qtbot.waitUntil(dialog.interrupted_radio.isChecked)
        assert dialog.reason.isEnabled()
        dialog.accept()
        assert refusals and dialog.isVisible()
        type_text(qtbot, dialog.reason, "大雨のため")
        dialog.accept()

    when_open(ActivityReportDialog, report)
    scan(qtbot, page, day.codes[1])
    with workspace.session() as s:
        need = s.get(Need, day.needs[1])
    assert need.status == NeedStatus.CONTINUING and "大雨のため" in need.status_reason


def test_scanning_something_else_says_why(qtbot, workspace, day, monkeypatch):  # noqa: ANN001
    window, page = open_desk(qtbot, workspace)
    refusals: list[str] = []
    monkeypatch.setattr("dvc.ui.operations.QMessageBox.warning", lambda _p, _t, text: refusals.append(text))
    with workspace.session() as s:
        volunteer_code = s.get(Team, day.teams[0]).code.replace("T-", "V-")  # a shape only; refused as unknown
    scan(qtbot, page, make_payload(workspace.identity.council_short, "V", day.members[0][0]))
    assert refusals and "チーム" in refusals[-1]
    scan(qtbot, page, volunteer_code)
    assert len(refusals) == 2 and page.scan_field.hasFocus() and page.scan_field.text() == ""


def test_the_list_by_keyboard_and_a_sheet_printed_again(qtbot, workspace, day):  # noqa: ANN001
    dispatch.dispatch_team(workspace, team_id=day.teams[1])
    window, page = open_desk(qtbot, workspace)
    assert [r.code for r in page.rows] == [day.codes[0], day.codes[2], day.codes[1]]  # ready, then out

    # Down walks from the scan field into the list; Enter on a ready team opens its 送り出し; Escape changes nothing.
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Down)
    assert page.list.view.hasFocus() and page.selected().code == day.codes[0]
    assert page.send_button.isEnabled() and not page.return_button.isEnabled()
    cancelled = when_open(SendOffDialog, lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    qtbot.keyClick(page.list.view, Qt.Key.Key_Return)
    assert cancelled
    with workspace.session() as s:
        assert s.get(Team, day.teams[0]).status == TeamStatus.CONFIRMED

    # The team out: its sheet again (a leader lost it), through the preview.
    back_in_window(qtbot, window)
    page.list.view.setFocus()
    qtbot.keyClick(page.list.view, Qt.Key.Key_Down)
    qtbot.keyClick(page.list.view, Qt.Key.Key_Down)
    assert page.selected().code == day.codes[1] and page.print_button.isEnabled() and page.return_button.isEnabled()
    pages: list[int] = []
    when_open(PrintPreview, lambda preview: (pages.append(preview.page_count()), preview.reject()))
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: pages == [1])  # a mnemonic clicks after a short animation


def test_the_desk_lists_no_draft_teams(qtbot, workspace, day):  # noqa: ANN001
    """Issue 18: every PROPOSED team of the matching desk was listed among those ready to leave."""
    from dvc.domain.timeutil import local_day

    with workspace.transaction() as s:
        need = s.get(Need, day.needs[1])
        drafts = [Team(code=code, need_id=need.id, day=local_day(), status=TeamStatus.PROPOSED)
                  for code in workspace.new_codes(s, "T", 2)]
        s.add_all(drafts)
        s.get(Team, day.teams[2]).status = TeamStatus.PROPOSED  # unconfirmed again at the matching desk
    draft_codes = {t.code for t in drafts} | {day.codes[2]}
    window, page = open_desk(qtbot, workspace)
    listed = [page.model.row_at(i).code for i in range(page.model.rowCount())]
    assert listed == day.codes[:2]
    assert not draft_codes & set(listed)
    assert page.ready.value_text() == "2"
    shot(window, "dispatch-desk-no-drafts.png")
