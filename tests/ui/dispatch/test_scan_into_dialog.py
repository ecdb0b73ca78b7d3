"""A USB scanner read while the 活動報告書 or 送り出し dialog is open: nothing typed is kept, nothing is saved by it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlmodel import select

from dvc.domain.qr import make_payload
from dvc.services.dispatch import send_off as dispatch
from dvc.domain.vocab import TeamStatus
from dvc.store.tables import ActivityReport, Team
from dvc.ui.desks.dispatch.report_dialog import ActivityReportDialog
from dvc.ui.desks.dispatch.send_dialog import SendOffDialog
from tests.reception.test_dialogs import type_text
from tests.ui.conftest import japanese_app  # noqa: F401
from tests.ui.dispatch.helpers import open_desk, scan, when_open
from tests.ui.polish.helpers import shot


def read_by_scanner(qtbot, widget, payload: str) -> None:  # noqa: ANN001
    """What a USB scanner does: the payload's keys, then Enter, into the widget with the focus."""
    qtbot.keyClicks(widget, payload)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_a_sheet_scanned_into_the_report_is_not_saved_as_its_text(qtbot, workspace, day):  # noqa: ANN001
    for team in day.teams[:2]:
        dispatch.dispatch_team(workspace, team_id=team)
    council = workspace.identity.council_short
    other_sheet = make_payload(council, "T", day.teams[1])
    window, page = open_desk(qtbot, workspace)

    def report(dialog: ActivityReportDialog) -> None:
        # On the first radio button: the scanner's Enter would have pressed "Record the return".
        read_by_scanner(qtbot, dialog.done_radio, other_sheet)
        assert dialog.isVisible() and dialog.scan_guard.notice.isVisible()
        dialog.work_done.setFocus()
        type_text(qtbot, dialog.work_done, "側溝の泥出し")
        read_by_scanner(qtbot, dialog.work_done, other_sheet)
        assert dialog.work_done.toPlainText() == "側溝の泥出し" and dialog.isVisible()
        shot(dialog, "scan-into-report-dialog.png")
        # The leader's own Enter still makes a new line in the report, and the button still saves.
        qtbot.keyClick(dialog.work_done, Qt.Key.Key_Return)
        type_text(qtbot, dialog.work_done, "完了")
        assert dialog.work_done.toPlainText() == "側溝の泥出し\n完了"
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    reported = when_open(ActivityReportDialog, report)
    scan(qtbot, page, make_payload(council, "T", day.teams[0]))
    assert reported and not reported[0].isVisible()
    with workspace.session() as s:
        [saved] = s.exec(select(ActivityReport)).all()
    assert saved.work_done == "側溝の泥出し\n完了" and "DVC" not in saved.work_done


def test_a_sheet_scanned_into_the_send_off_dialog_leaves_the_counts_and_does_not_send(qtbot, workspace, day):  # noqa: ANN001
    window, page = open_desk(qtbot, workspace)
    council = workspace.identity.council_short
    seen: list[tuple] = []

    def send(dialog: SendOffDialog) -> None:
        shovels = dialog.quantities[0]
        assert shovels.hasFocus() and shovels.value() == 0
        read_by_scanner(qtbot, shovels, make_payload(council, "T", day.teams[1]))
        dialog.transport.setFocus()
        type_text(qtbot, dialog.transport, "徒歩")
        read_by_scanner(qtbot, dialog.transport, make_payload(council, "V", day.members[1][0]))
        seen.append((shovels.value(), dialog.transport.text(), dialog.isVisible(),
                     dialog.scan_guard.notice.isVisible()))
        shot(dialog, "scan-into-send-off-dialog.png")
        dialog.reject()

    opened = when_open(SendOffDialog, send)
    scan(qtbot, page, day.codes[0])
    assert opened and seen == [(0, "徒歩", True, True)]
    with workspace.session() as s:
        assert s.get(Team, day.teams[0]).status == TeamStatus.CONFIRMED  # cancelled here: not sent by the scan


def test_a_sheet_scanned_after_leftover_text_in_the_scan_field_opens_that_team(qtbot, workspace, day):  # noqa: ANN001
    """Issue 18, item 5: a scan replaces what was left in the field, here on the dispatch desk."""
    from tests.ui.test_scan_fields import click_at_end
    from tests.ui import window_keys

    window, page = open_desk(qtbot, workspace)
    window_keys.type_text(day.codes[1])  # a team code typed and left there
    click_at_end(page.scan_field)
    opened = when_open(SendOffDialog, lambda dialog: dialog.reject())
    window_keys.give_up_after(4000, window)  # the old field answered with a message box nobody closes
    window_keys.scan(make_payload(workspace.identity.council_short, "T", day.teams[0]))
    assert [d.windowTitle() for d in opened] == [f"送り出し：{day.codes[0]}"]
