"""The 総務 dashboard: live figures and the days so far, then the real window following a check-in at reception."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from dvc.domain.timeutil import local_day
from dvc.services.reception import checkin
from dvc.services.head_office import dashboard
from dvc.services.drill.scenario import DrillSpec, create_drill
from dvc.services.core.workspace import open_workspace
from dvc.store.tables import Dispatch, Need, Team
from tests.head_office.scenario import DAY, DAYS, build
from tests.ui.conftest import japanese_app, show_window  # noqa: F401  (the fixture, imported to be used here)

SHOTS = Path("/tmp/eq/shots")
RECEPTION, HEAD_OFFICE = Qt.Key.Key_F1, Qt.Key.Key_F6


def test_live_figures_and_history_match_the_plan(workspace):
    expected = build(workspace)
    live = dashboard.live_figures(workspace, day=DAY)
    want = expected.volunteers[DAY]
    assert (live.volunteers.checked_in, live.volunteers.first_time, live.volunteers.in_group) == (
        want["checked_in"], want["first_time"], want["in_group"])
    assert live.on_site == want["checked_in"] - want["checked_out"] and live.registered == 40
    assert live.needs_open == expected.needs[DAY]["open"]
    assert live.person_days_needed == expected.needs[DAY]["person_days"]
    days = dashboard.history(workspace, start=DAYS[0], end=DAYS[-1])
    assert [d.volunteers for d in days] == [expected.volunteers[d]["checked_in"] for d in DAYS]
    assert [d.first_time for d in days] == [expected.volunteers[d]["first_time"] for d in DAYS]
    assert [d.needs_received for d in days] == [expected.needs[d]["received"] for d in DAYS]
    assert [d.needs_completed for d in days] == [expected.needs[d]["completed"] for d in DAYS]
    assert dashboard.first_day(workspace, today=DAY) == DAYS[0]


def test_overdue_teams_are_listed(workspace):
    now = datetime.now(timezone.utc)
    with workspace.transaction() as s:
        need = Need(code=workspace.new_codes(s, "N")[0], district="緑町")
        s.add(need)
        s.flush()
        codes = workspace.new_codes(s, "T", 2)
        for code, back in zip(codes, (now - timedelta(minutes=30), now + timedelta(hours=1))):
            team = Team(code=code, need_id=need.id, day=local_day(), status="dispatched")
            s.add(team)
            s.flush()
            s.add(Dispatch(team_id=team.id, expected_back_at=back))
    [late] = dashboard.overdue_teams(workspace)
    assert late.team_code == codes[0] and late.district == "緑町"
    live = dashboard.live_figures(workspace)
    assert live.teams_out == 2 and len(live.overdue) == 1


@pytest.fixture
def window_on_seed(qtbot, workspace):
    from tests.services.seed import seed

    seeded = seed(workspace)
    return show_window(qtbot, workspace), seeded


def test_dashboard_follows_a_check_in_at_reception(qtbot, window_on_seed, workspace):
    window, seeded = window_on_seed
    board = window.page("head_office")
    qtbot.keyClick(window, HEAD_OFFICE)
    assert board.people["checked_in"].value_text() == "3" and board.people["first_time"].value_text() == "1"
    assert board.dashboard.volunteer_chart.values("新規")[-1] == 1

    qtbot.keyClick(window, RECEPTION)
    reception = window.page("reception")
    qtbot.waitUntil(reception.search_field.hasFocus)
    qtbot.keyClicks(reception.search_field, seeded.volunteers["髙橋 美咲"].code)
    qtbot.keyClick(reception.search_field, Qt.Key.Key_Return)
    assert reception.last_result is not None and reception.last_result.result == checkin.CHECKED_IN

    qtbot.keyClick(window, HEAD_OFFICE)
    assert board.people["checked_in"].value_text() == "4"
    assert board.people["first_time"].value_text() == "2"
    assert board.people["individual"].value_text() == "4"  # 髙橋 came alone
    assert board.dashboard.volunteer_chart.values("新規")[-1] == 2

    # While the dashboard is on screen, another desk's announcement refreshes it at once.
    checkin.check_in(workspace, scanned=seeded.volunteers["田中 健"].code)
    window.bus.announce("attendance")
    assert board.people["checked_in"].value_text() == "5" and board.people["in_group"].value_text() == "1"
    qtbot.wait(100)
    board.grab().save(str(SHOTS / "dashboard-small.png"))


def test_dashboard_of_a_drill_with_history(qtbot, tmp_path):
    path = tmp_path / "drill.db"
    create_drill(path, DrillSpec(volunteers=900, needs=160, checked_in=260, seed=4))
    raw = sqlite3.connect(path)
    today = local_day().isoformat()
    per_day = dict(raw.execute("SELECT day, COUNT(*) FROM attendance WHERE deleted = 0 GROUP BY day").fetchall())
    raw.close()
    ws = open_workspace(path)
    try:
        window = show_window(qtbot, ws)
        qtbot.keyClick(window, Qt.Key.Key_F6)
        board = window.page("head_office")
        chart = board.dashboard.volunteer_chart
        shown = [a + b for a, b in zip(chart.values("新規"), chart.values("リピーター"))]
        assert shown[-1] == per_day[today] == 260
        assert sum(shown) == sum(per_day.values())
        assert sum(board.dashboard.needs_chart.values("受付")) == 160
        SHOTS.mkdir(parents=True, exist_ok=True)
        qtbot.wait(100)  # the charts lay out their axes on the next turn of the event loop
        window.grab().save(str(SHOTS / "dashboard-drill.png"))
        window.close()
    finally:
        ws.close()


def test_a_team_becomes_overdue_by_the_clock(qtbot, workspace):
    now = datetime.now(timezone.utc)
    with workspace.transaction() as s:
        need = Need(code=workspace.new_codes(s, "N")[0], district="東町")
        s.add(need)
        s.flush()
        team = Team(code=workspace.new_codes(s, "T")[0], need_id=need.id, day=local_day(), status="dispatched")
        s.add(team)
        s.flush()
        dispatch = Dispatch(team_id=team.id, expected_back_at=now + timedelta(hours=1))
        s.add(dispatch)
    window = show_window(qtbot, workspace)
    qtbot.keyClick(window, HEAD_OFFICE)
    board = window.page("head_office")
    assert board.teams["overdue"].value_text() == "0" and not board.dashboard.alert.isVisible()
    with workspace.transaction() as s:  # time passes: the expected return is now behind us
        s.get(Dispatch, dispatch.id).expected_back_at = now - timedelta(minutes=5)
    board.clock.timeout.emit()  # the minute's tick, without an announcement
    assert board.teams["overdue"].value_text() == "1"
    assert board.dashboard.alert.isVisible() and team.code in board.dashboard.alert.text()
    qtbot.wait(100)
    board.grab().save(str(SHOTS / "dashboard-overdue.png"))
