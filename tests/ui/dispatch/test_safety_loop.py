"""The safety loop on screen: the red bar on every desk when a team is late, and the closing check."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from dvc.services.dispatch import send_off as dispatch
from dvc.services.dispatch import safety
from dvc.services.dispatch.team_return import ReturnReport, record_return
from dvc.store.tables import Attendance, Dispatch
from dvc.ui.desks.dispatch.closing_dialog import ClosingDialog
from dvc.ui.widgets.print_preview import PrintPreview
from tests.ui.conftest import japanese_app, show_window  # noqa: F401  (the fixture, imported to be used here)
from tests.ui.dispatch.helpers import RECEPTION_KEY, open_desk, send_out_late, shot, when_open


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

    # On a narrow window the names are shortened, never the count or the way to the dispatch desk.
    narrow = window.minimumSizeHint().width()
    window.resize(narrow, 600)
    qtbot.waitUntil(lambda: flag.width() <= narrow)
    assert flag.text().startswith("⚠ 帰着予定") and flag.text().endswith("送り出しへ")
    assert flag.fontMetrics().horizontalAdvance(flag.text()) <= flag.width()
    flag.resize(600, flag.height())  # narrower than any window: the names give way
    assert "…" in flag.text() and flag.text().endswith("送り出しへ")
    assert flag.fontMetrics().horizontalAdvance(flag.text()) <= flag.width()
    window.resize(1366, 768)

    qtbot.mouseClick(flag, Qt.MouseButton.LeftButton)
    page = window.page("dispatch")
    assert window.current_page() is page and page.scan_field.hasFocus()
    assert page.late.value_text() == "2"

    # Both back: the flag goes.
    for team_id in day.teams[:2]:
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
