"""The safety loop: teams out, teams late, and nobody forgotten at closing."""

from __future__ import annotations

from datetime import timedelta

from dvc.domain.vocab import Outcome
from dvc.services.reception import checkin
from dvc.services.dispatch import send_off as dispatch
from dvc.services.dispatch import safety
from dvc.services.dispatch import team_return
from dvc.services.dispatch.team_return import ReturnReport
from tests.dispatch.conftest import DAY, MORNING, make_need, make_team


def _two_teams_out(ws, scene):  # noqa: ANN001, ANN202
    need, _ = make_need(ws, district="東町")
    second, second_code, people, _ = make_team(ws, need, (("田中 次郎", "たなか じろう", "090-2222-3333"),
                                                          ("伊藤 三郎", "いとう さぶろう", "")))
    dispatch.dispatch_team(ws, team_id=scene.team, at=MORNING)  # back by 12:30
    dispatch.dispatch_team(ws, team_id=second, at=MORNING + timedelta(minutes=30),
                           expected_back_at=MORNING + timedelta(hours=5))  # back by 14:30
    return second, second_code, people


def test_teams_out_and_overdue(workspace, scene) -> None:
    second, second_code, _ = _two_teams_out(workspace, scene)
    noon = MORNING + timedelta(hours=2, minutes=30)
    out = safety.teams_out(workspace, day=DAY, now=noon)
    assert [t.code for t in out] == [scene.team_code, second_code]  # soonest expected first
    assert not any(t.overdue for t in out)
    assert safety.overdue_teams(workspace, now=noon) == []
    late = safety.overdue_teams(workspace, now=MORNING + timedelta(hours=3, minutes=47))
    assert [(t.code, t.minutes_overdue, t.leader_name, t.leader_phone, t.headcount) for t in late] == [
        (scene.team_code, 47, "山田 太郎", "090-1111-2222", 4)]
    assert late[0].need_summary.startswith("本町")


def test_a_returned_team_is_not_overdue(workspace, scene) -> None:
    second, second_code, _ = _two_teams_out(workspace, scene)
    evening = MORNING + timedelta(hours=8)
    assert len(safety.overdue_teams(workspace, now=evening)) == 2
    team_return.record_return(workspace, team_id=scene.team, report=ReturnReport(outcome=Outcome.DONE),
                              at=MORNING + timedelta(hours=4))
    assert [t.code for t in safety.overdue_teams(workspace, now=evening)] == [second_code]
    assert [t.code for t in safety.teams_out(workspace, day=DAY, now=evening)] == [second_code]


def test_a_team_from_yesterday_still_out_is_overdue_and_on_the_closing_list(workspace, scene) -> None:
    dispatch.dispatch_team(workspace, team_id=scene.team, at=MORNING)
    tomorrow = MORNING + timedelta(days=1)
    assert [t.code for t in safety.overdue_teams(workspace, now=tomorrow)] == [scene.team_code]
    assert safety.teams_out(workspace, now=tomorrow) == []  # not one of tomorrow's teams
    assert [t.code for t in safety.teams_out(workspace, now=tomorrow, earlier=True)] == [scene.team_code]
    closing = safety.closing_list(workspace, day=DAY + timedelta(days=1), now=tomorrow)
    assert [t.code for t in closing.teams_out] == [scene.team_code] and not closing.all_back


def test_closing_list_until_everyone_is_back(workspace, scene) -> None:
    second, second_code, people = _two_teams_out(workspace, scene)
    *_, idle_codes = make_team(workspace, make_need(workspace)[0], (("待機 花子", "たいき はなこ", "080-9999-0000"),))
    evening = MORNING + timedelta(hours=7)
    closing = safety.closing_list(workspace, day=DAY, now=evening)
    assert [t.code for t in closing.teams_out] == [scene.team_code, second_code]
    assert len(closing.people) == 4 + 2 + 1
    on_team = {p.name: p.team_code for p in closing.people}
    assert on_team["田中 次郎"] == second_code and on_team["待機 花子"] == ""

    team_return.record_return(workspace, team_id=scene.team, report=ReturnReport(outcome=Outcome.DONE), at=evening)
    team_return.record_return(workspace, team_id=second, report=ReturnReport(outcome=Outcome.DONE), at=evening)
    closing = safety.closing_list(workspace, day=DAY, now=evening)
    assert closing.teams_out == [] and [p.name for p in closing.people] == ["待機 花子"]
    assert not closing.all_back
    checkin.check_out(workspace, scanned=idle_codes[0], day=DAY, at=evening)
    assert safety.closing_list(workspace, day=DAY, now=evening).all_back
