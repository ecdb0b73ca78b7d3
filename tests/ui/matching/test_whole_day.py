"""One team's day in one window, by keyboard: proposed and locked at matching, confirmed, sent off with its
sheet printed, scanned back at dispatch, reported 継続, and its need on the board again."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dvc.domain.qr import make_payload
from dvc.domain.vocab import NeedStatus, TeamStatus
from dvc.services.matching import team_plan
from dvc.store.tables import Need, Team
from dvc.ui.desks.dispatch.report_dialog import ActivityReportDialog
from dvc.ui.desks.dispatch.send_dialog import SendOffDialog
from dvc.ui.desks.matching import dialogs
from dvc.ui.widgets.print_preview import PrintPreview
from tests.reception.test_dialogs import type_text
from tests.ui.dispatch.helpers import DISPATCH_KEY, NEEDS_KEY, back_in_window, scan, when_open
from tests.ui.matching.test_matching_desk import CTRL, press, propose


def test_proposed_locked_confirmed_sent_back_and_continuing(qtbot, matching_page, matching_ws, monkeypatch):
    page, ws = matching_page, matching_ws
    window = page.window()

    propose(page)
    first = team_plan.day_plan(ws).teams[0]
    page.panel.select(team_id=first.id)
    page.panel.tree.setFocus()
    press(page, Qt.Key.Key_K, CTRL)  # lock it, then ask for a new proposal around it
    monkeypatch.setattr(dialogs, "ask_repropose", lambda _parent, _count: True)
    press(page, Qt.Key.Key_P, CTRL)
    again = next(t for t in team_plan.day_plan(ws).teams if t.id == first.id)
    assert again.locked and [m.volunteer_id for m in again.members] == [m.volunteer_id for m in first.members]

    monkeypatch.setattr(dialogs, "confirm_teams", lambda _parent, _teams: True)
    monkeypatch.setattr(dialogs, "accept_warnings", lambda _parent, _teams: True)
    page.panel.select(team_id=first.id)
    page.panel.tree.setFocus()
    press(page, Qt.Key.Key_Return, CTRL)  # confirm the chosen team
    with ws.session() as s:
        team = s.get(Team, first.id)
        assert team.status == TeamStatus.CONFIRMED
        need_id, team_code = team.need_id, team.code

    # Dispatch: the team is ready to leave; its code typed at the scan field opens the send-off.
    qtbot.keyClick(window, DISPATCH_KEY)
    desk = window.page("dispatch")
    assert window.current_page() is desk and team_code in [r.code for r in desk.rows]
    sent = when_open(SendOffDialog, lambda dialog: dialog.ok_button.click())
    printed = when_open(PrintPreview, lambda dialog: dialog.reject())
    scan(qtbot, desk, team_code)
    assert sent and printed
    with ws.session() as s:
        assert s.get(Team, first.id).status == TeamStatus.DISPATCHED
        assert s.get(Need, need_id).status == NeedStatus.ACTIVE

    def report(dialog: ActivityReportDialog) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(dialog.continuing_radio.isChecked)
        type_text(qtbot, dialog.work_done, "床下の泥出し")
        type_text(qtbot, dialog.remaining, "物置の片付け")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    back_in_window(qtbot, window)
    reported = when_open(ActivityReportDialog, report)
    scan(qtbot, desk, make_payload(ws.identity.council_short, "T", first.id))
    assert reported
    with ws.session() as s:
        assert s.get(Team, first.id).status == TeamStatus.RETURNED
        need = s.get(Need, need_id)
        assert need.status == NeedStatus.CONTINUING and need.remaining_work == "物置の片付け"
        need_code = need.code

    back_in_window(qtbot, window)
    qtbot.keyClick(window, NEEDS_KEY)
    board = window.page("needs")
    board.set_filter(NeedStatus.CONTINUING)
    assert need_code in [board.model.row_at(i).code for i in range(board.model.rowCount())]
