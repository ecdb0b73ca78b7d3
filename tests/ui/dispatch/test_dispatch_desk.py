"""The dispatch desk in the real main window, by keyboard: send a team off with tools, scan it back, report.

Screenshots of every state go to DVC_SHOTS (default /tmp/dispatch-ui/shots) at 1366×768.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from dvc.domain.qr import make_payload
from dvc.domain.vocab import NeedStatus, TeamStatus
from dvc.services import dispatch, needs_board, safety, stock
from dvc.services.dispatch import LoanRequest
from dvc.store.tables import Attendance, Dispatch, Need, Team
from dvc.ui.desks.dispatch.closing_dialog import ClosingDialog
from dvc.ui.desks.dispatch.report_dialog import COL_LOST, COL_RETURNED, ActivityReportDialog
from dvc.ui.desks.dispatch.send_dialog import SendOffDialog
from dvc.ui.widgets.print_preview import PrintPreview
from tests.registration.test_dialogs import type_text
from tests.ui.conftest import japanese_app, show_window  # noqa: F401  (the fixture, imported to be used here)

SHOTS = Path(os.environ.get("DVC_SHOTS", "/tmp/dispatch-ui/shots"))
DISPATCH_KEY, RECEPTION_KEY, NEEDS_KEY, MATCHING_KEY = Qt.Key.Key_F4, Qt.Key.Key_F1, Qt.Key.Key_F2, Qt.Key.Key_F3


def shot(widget, name: str) -> None:  # noqa: ANN001
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def when_open(kind: type, act, name: str | None = None) -> list:  # noqa: ANN001
    """Run ``act(dialog)`` once a modal ``kind`` dialog is open (``act`` must close it); returns what ran."""
    seen: list = []

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, attempt)
            return
        dialog.activateWindow()  # shortcuts (Alt+letter) reach the active window only
        QApplication.processEvents()
        if name:
            shot(dialog, name)
        seen.append(dialog)
        try:
            act(dialog)
        finally:
            if dialog.isVisible():  # a failed check must not leave a modal dialog waiting for ever
                dialog.reject()

    QTimer.singleShot(0, attempt)
    return seen


def open_desk(qtbot, workspace):  # noqa: ANN001, ANN201
    window = show_window(qtbot, workspace)
    qtbot.keyClick(window, DISPATCH_KEY)
    page = window.page("dispatch")
    assert window.current_page() is page and page.scan_field.hasFocus()
    return window, page


def back_in_window(qtbot, window) -> None:  # noqa: ANN001
    """The offscreen platform leaves no window active when a modal dialog closes; a desktop gives it back."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def scan(qtbot, page, text: str) -> None:  # noqa: ANN001
    back_in_window(qtbot, page.window())
    assert page.scan_field.hasFocus()
    qtbot.keyClicks(page.scan_field, text)
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)


def stock_of(ws, item_id):  # noqa: ANN001, ANN201
    return next(r for r in stock.stock_rows(ws) if r.id == item_id)


def send_out_late(ws, team_id, *, hours_ago: float = 4, late_minutes: int = 35) -> None:  # noqa: ANN001
    """A departure recorded earlier in the day whose expected return has passed."""
    now = datetime.now(timezone.utc)
    dispatch.dispatch_team(ws, team_id=team_id, at=now - timedelta(hours=hours_ago),
                           expected_back_at=now - timedelta(minutes=late_minutes))


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
        assert dialog._count(0, COL_RETURNED) == 8
        assert len(dialog.checked_out()) == 3
        qtbot.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(dialog.continuing_radio.isChecked)  # a mnemonic clicks with a short animation
        assert dialog.remaining.isEnabled()
        type_text(qtbot, dialog.work_done, "1階の泥出し")
        type_text(qtbot, dialog.remaining, "2階の家財搬出")
        dialog.next_headcount.setFocus()
        dialog.next_headcount.selectAll()  # as Tab into it does
        qtbot.keyClicks(dialog.next_headcount, "4")
        dialog.set_loan_count(0, COL_RETURNED, 7)
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


def test_overdue_flag_on_another_desk_when_the_time_passes(qtbot, workspace, day, monkeypatch):  # noqa: ANN001
    dispatch.dispatch_team(workspace, team_id=day.teams[0])
    window = show_window(qtbot, workspace)
    qtbot.keyClick(window, RECEPTION_KEY)
    flag = window.overdue_flag
    assert not flag.isVisible()

    # The expected time passes: the minute's check finds it, on the reception desk.
    with workspace.transaction() as s:
        row = s.exec(select(Dispatch).where(Dispatch.team_id == day.teams[0])).one()
        row.departed_at -= timedelta(hours=4)
        row.expected_back_at = datetime.now(timezone.utc) - timedelta(minutes=25)
        s.add(row)
    flag.timer.timeout.emit()
    assert flag.isVisible() and day.codes[0] in flag.text() and "25" in flag.text()
    assert "090-1234-5678" in flag.toolTip()
    window.page("reception").search_field.setFocus()
    shot(window, "reception-desk-with-overdue-flag.png")

    # A second late team, announced by a departure elsewhere, joins it at once.
    send_out_late(workspace, day.teams[1])
    window.bus.announce("teams")
    assert day.codes[1] in flag.text()

    qtbot.mouseClick(flag, Qt.MouseButton.LeftButton)
    page = window.page("dispatch")
    assert window.current_page() is page and page.scan_field.hasFocus()
    assert page.late.value_text() == "2"

    # Both back: the flag goes.
    for team_id in day.teams[:2]:
        from dvc.services.team_return import ReturnReport, record_return

        record_return(workspace, team_id=team_id, report=ReturnReport(outcome="done"))
    window.bus.announce("teams")
    assert not flag.isVisible()

    # A closed window asks nothing more (its workspace may be closed by then).
    window.close()
    monkeypatch.setattr("dvc.ui.widgets.overdue_flag.safety.overdue_teams",
                        lambda *_a, **_k: pytest.fail("the bar of a closed window read the database"))
    flag.timer.timeout.emit()
    window.bus.announce("teams")


def test_closing_check_names_who_is_not_back(qtbot, workspace, day):  # noqa: ANN001
    send_out_late(workspace, day.teams[0])
    dispatch.dispatch_team(workspace, team_id=day.teams[1])
    window, page = open_desk(qtbot, workspace)

    def check(dialog: ClosingDialog) -> None:
        teams = [dialog.team_model.row_at(i).code for i in range(dialog.team_model.rowCount())]
        assert teams == [day.codes[0], day.codes[1]]
        people = {dialog.people_model.row_at(i).name for i in range(dialog.people_model.rowCount())}
        assert "伊藤 直子" in people and "山田 太郎" in people  # a confirmed team not yet gone counts too
        assert not dialog.closing.all_back and "#b00020" in dialog.summary.styleSheet()
        shot(dialog, "closing-check-not-all-back.png")
        when_open(PrintPreview, lambda preview: (printed.append(preview.page_count()), preview.reject()),
                  "closing-check-print-preview.png")
        dialog.print_button.click()
        dialog.reject()

    printed: list[int] = []
    seen = when_open(ClosingDialog, check)
    page.closing_button.click()
    assert seen and printed == [1]
    assert not safety.closing_list(workspace).all_back

    # Everyone home: the list says so plainly (opened from the File menu).
    from dvc.services.team_return import ReturnReport, record_return

    for team_id in day.teams[:2]:
        record_return(workspace, team_id=team_id, report=ReturnReport(outcome="done"))
    with workspace.transaction() as s:
        for row in s.exec(select(Attendance).where(Attendance.checked_out_at.is_(None))).all():
            row.checked_out_at = datetime.now(timezone.utc)
            s.add(row)

    def all_back(dialog: ClosingDialog) -> None:
        assert dialog.closing.all_back and dialog.teams.is_showing_empty() and dialog.people.is_showing_empty()
        shot(dialog, "closing-check-all-back.png")
        dialog.reject()

    seen = when_open(ClosingDialog, all_back)
    window.open_closing_check()
    assert seen


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
