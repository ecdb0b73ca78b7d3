"""The read-only lists and counts behind the desk screens."""

from __future__ import annotations

from sqlmodel import select

from dvc.domain.vocab import NeedStatus, TeamStatus
from dvc.services.head_office import day_figures
from dvc.services.needs import board as needs_board
from dvc.services.reception import roster
from dvc.services.equipment import stock
from dvc.services.dispatch import teams_view
from dvc.store.tables import Attendance
from tests.services.seed import seed


def test_volunteers_come_in_kana_order_with_todays_attendance(workspace):
    seed(workspace)
    rows = roster.volunteer_page(workspace)
    assert [r.kana for r in rows] == sorted(r.kana for r in rows)
    by_name = {r.name: r for r in rows}
    assert by_name["山田 太郎"].checked_in and not by_name["髙橋 美咲"].checked_in
    assert by_name["佐藤 一郎"].insured is False and by_name["鈴木 花子"].insured is True
    assert by_name["田中 健"].group_name == "小金井ボランティアの会"
    assert by_name["田中 健"].age is None and by_name["鈴木 花子"].age == 19
    assert roster.count_volunteers(workspace) == 5


def test_pages_follow_each_other(workspace):
    seed(workspace)
    everyone = roster.volunteer_page(workspace)
    first = roster.volunteer_page(workspace, limit=2)
    rest = roster.volunteer_page(workspace, after=first[-1], limit=10)
    assert first + rest == everyone


def test_pages_of_needs_and_available_people_follow_each_other(workspace):
    seed(workspace)
    for page in (needs_board.need_page, needs_board.waiting_page, roster.available_page):
        whole = page(workspace)
        pieces, last = [], None
        while True:
            part = page(workspace, after=last, limit=1)
            if not part:
                break
            pieces += part
            last = part[-1]
        assert pieces == whole, page.__name__


def test_needs_received_at_the_same_moment_are_not_skipped(workspace):
    from datetime import datetime, timezone

    from dvc.store.tables import Need

    moment = datetime(2025, 6, 1, 0, 30, tzinfo=timezone.utc)
    with workspace.transaction() as s:
        for code in workspace.new_codes(s, "N", 5):
            s.add(Need(code=code, received_at=moment, status="awaiting_match"))
    for page in (needs_board.need_page, needs_board.waiting_page):
        first = page(workspace, limit=2)
        rest = page(workspace, after=first[-1], limit=10)
        assert len(first + rest) == 5 and len({r.code for r in first + rest}) == 5


def test_search_by_scanned_code_name_or_kana(workspace):
    data = seed(workspace)
    code = data.volunteers["鈴木 花子"].code
    # A scanner or an IME in full-width mode: the same volunteer.
    full_width = code.translate(str.maketrans("0123456789-VKG", "０１２３４５６７８９－ＶＫＧ"))
    for text in (code, full_width, "鈴木", "鈴木花子", "すずき", "スズキ", " はなこ "):
        assert [r.name for r in roster.volunteer_page(workspace, search=text)] == ["鈴木 花子"], text
        assert roster.count_volunteers(workspace, search=text) == 1
    assert roster.volunteer_page(workspace, search="100%") == []
    assert roster.count_volunteers(workspace, search="_") == 0


def test_attendance_counts(workspace):
    seed(workspace)
    counts = roster.attendance_counts(workspace)
    assert (counts.registered, counts.checked_in, counts.first_time, counts.repeat, counts.on_site) == (5, 3, 1, 2, 3)


def test_attendance_counts_many_first_timers(workspace):
    seed(workspace)
    with workspace.transaction() as s:
        for row in s.exec(select(Attendance)).all():
            row.first_time = True
    counts = roster.attendance_counts(workspace)
    assert (counts.first_time, counts.repeat) == (3, 0)


def test_available_volunteers_exclude_team_members(workspace):
    seed(workspace)
    names = [r.name for r in roster.available_page(workspace)]
    assert sorted(names) == ["佐藤 一郎", "鈴木 花子"]
    assert roster.count_available(workspace) == 2


def test_needs_board_counts_and_filters(workspace):
    seed(workspace)
    counts = needs_board.status_counts(workspace)
    assert list(counts) == [s.value for s in NeedStatus]
    assert counts[NeedStatus.AWAITING_MATCH] == 2 and counts[NeedStatus.ON_HOLD] == 0
    page = needs_board.need_page(workspace)
    assert [r.received_at for r in page] == sorted((r.received_at for r in page), reverse=True)
    only = needs_board.need_page(workspace, statuses=[NeedStatus.DONE])
    assert [r.status for r in only] == [NeedStatus.DONE]
    assert needs_board.count_needs(workspace, statuses=[NeedStatus.DONE]) == 1


def test_waiting_needs_put_urgent_first(workspace):
    seed(workspace)
    waiting = needs_board.waiting_page(workspace)
    assert [r.priority for r in waiting] == ["high", "medium", "low"]
    assert needs_board.count_waiting(workspace) == 3


def test_teams_of_today(workspace):
    seed(workspace)
    [team] = teams_view.teams_of_day(workspace)
    assert (team.members, team.leader_name, team.status) == (1, "山田 太郎", TeamStatus.DISPATCHED)
    assert team.departed_at is not None
    assert teams_view.team_status_counts(workspace)[TeamStatus.DISPATCHED] == 1


def test_stock_counts_what_is_out(workspace):
    seed(workspace)
    rows = {r.name: r for r in stock.stock_rows(workspace)}
    shovel, barrow = rows["スコップ"], rows["一輪車"]
    assert (shovel.owned, shovel.out, shovel.damaged, shovel.available) == (20, 4, 1, 15)
    assert (barrow.out, barrow.lost, barrow.available) == (0, 1, 4)


def test_day_figures(workspace):
    seed(workspace)
    figures = day_figures.day_figures(workspace)
    assert figures.attendance.checked_in == 3
    assert figures.teams_out == 1 and figures.teams_today == 1
    assert figures.needs_open == 5


def test_empty_database_gives_zeros(workspace):
    assert roster.volunteer_page(workspace) == []
    assert roster.attendance_counts(workspace).checked_in == 0
    assert teams_view.teams_of_day(workspace) == []
    assert stock.stock_rows(workspace) == []
    assert sum(needs_board.status_counts(workspace).values()) == 0
