"""帰着: the activity report moves the need, closes the loans and checks the members out, all at once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from dvc.domain.messages import UserError
from dvc.domain.vocab import NeedStatus, Outcome, TeamStatus
from dvc.services.reception import checkin
from dvc.services.dispatch import send_off as dispatch
from dvc.services.equipment import loans
from dvc.services.needs import progress as need_progress
from dvc.services.dispatch import team_return
from dvc.services.dispatch.send_off import LoanRequest
from dvc.services.dispatch.team_return import LoanReturn, ReturnReport
from dvc.store.tables import ActivityReport, Attendance, Dispatch, Equipment, Loan, NeedStatusChange, Team
from tests.dispatch.conftest import DAY, MORNING, make_team

BACK = MORNING + timedelta(hours=3, minutes=5)


@pytest.fixture
def out(workspace, scene):  # noqa: ANN001, ANN201
    dispatch.dispatch_team(workspace, team_id=scene.team, at=MORNING,
                           loans=[LoanRequest(scene.shovel, 4), LoanRequest(scene.barrow, 1),
                                  LoanRequest(scene.sandbags, 50)])
    return team_return.return_form(workspace, team_id=scene.team)


def _loan(form, name: str):  # noqa: ANN001, ANN202
    return next(loan for loan in form.loans if loan.name == name)


def _checked_out(ws, ids) -> list[bool]:  # noqa: ANN001
    with ws.session() as s:
        rows = {a.volunteer_id: a for a in s.exec(select(Attendance).where(Attendance.day == DAY)).all()}
    return [rows[i].checked_out_at is not None for i in ids]


def _everything(ws) -> tuple:  # noqa: ANN001
    """Every row the return touches, as plain values: to prove a refusal or a crash changed nothing."""
    with ws.session() as s:
        tables = (Team, Dispatch, Loan, Equipment, Attendance, ActivityReport, NeedStatusChange)
        return tuple(sorted((r.id, r.updated_at) for t in tables for r in s.exec(select(t)).all()))


def test_the_form_prefills_members_and_tools(workspace, scene, out) -> None:
    assert out.team_code == scene.team_code and out.need_code == scene.need_code
    assert out.leader_name == "山田 太郎" and out.departed_at == MORNING
    assert [m.volunteer_id for m in out.members] == scene.members and all(m.checked_in for m in out.members)
    assert {(loan.name, loan.outstanding) for loan in out.loans} == {("スコップ（角）", 4), ("一輪車", 1), ("土のう袋", 50)}
    assert out.as_dict()["team_code"] == scene.team_code


def test_done_closes_the_need_and_brings_everyone_home(workspace, scene, out) -> None:
    report = ReturnReport(outcome=Outcome.DONE, work_done="床下の泥出し完了", hours=2.5,
                          loan_returns=[(loan.loan_id, loan.outstanding if not loan.consumable else 0, 0, 0)
                                        for loan in out.loans])
    report_id = team_return.record_return(workspace, team_id=scene.team, report=report, at=BACK)
    story = need_progress.need_story(workspace, need_id=scene.need)
    assert story.need.status == NeedStatus.DONE and story.need.remaining_work == ""
    with workspace.session() as s:
        row = s.get(ActivityReport, report_id)
        assert s.get(Team, scene.team).status == TeamStatus.RETURNED
        assert s.exec(select(Dispatch).where(Dispatch.team_id == scene.team)).one().returned_at == BACK
    assert (row.outcome, row.hours, row.headcount, row.leader_name, row.tools_checked) == (
        Outcome.DONE, 2.5, 4, "山田 太郎", True)
    assert _checked_out(workspace, scene.members) == [True] * 4
    assert loans.available(workspace, scene.shovel) == 10
    assert loans.available(workspace, scene.sandbags) == 450  # used up on site, gone from the store
    assert loans.open_loans(workspace) == []


def test_continuing_puts_the_need_back_with_what_is_left(workspace, scene, out) -> None:
    report = ReturnReport(outcome=Outcome.CONTINUING, work_done="1階の泥出し", remaining_work="2階の家財搬出",
                          next_headcount=6, next_equipment="一輪車2台",
                          loan_returns=[LoanReturn(_loan(out, "スコップ（角）").loan_id, 3, lost=1),
                                        LoanReturn(_loan(out, "一輪車").loan_id, 1, damaged=1, note="タイヤがパンク")],
                          check_out={scene.members[0], scene.members[1]})
    report_id = team_return.record_return(workspace, team_id=scene.team, report=report, at=BACK)
    need = need_progress.need_story(workspace, need_id=scene.need).need
    assert (need.status, need.remaining_work, need.headcount) == (NeedStatus.CONTINUING, "2階の家財搬出", 6)
    assert need.equipment == "一輪車2台"
    # Two stay checked in for an afternoon team.
    assert _checked_out(workspace, scene.members) == [True, True, False, False]
    with workspace.session() as s:
        row = s.get(ActivityReport, report_id)
        shovel, barrow = s.get(Equipment, scene.shovel), s.get(Equipment, scene.barrow)
        loan_notes = {r.notes for r in s.exec(select(Loan)).all()}
    assert (row.remaining_work, row.next_headcount, row.next_equipment) == ("2階の家財搬出", 6, "一輪車2台")
    assert (shovel.quantity_lost, barrow.quantity_damaged) == (1, 1)
    assert "タイヤがパンク" in loan_notes
    assert row.tools_checked is False  # the sandbags were not counted back yet
    assert [r.name for r in loans.open_loans(workspace)] == ["土のう袋"]
    assert loans.available(workspace, scene.shovel) == 9 and loans.available(workspace, scene.barrow) == 1


def test_interrupted_says_why_on_the_board(workspace, scene, out) -> None:
    report = ReturnReport(outcome=Outcome.INTERRUPTED, reason="大雨のため作業中止", remaining_work="泥出し半分",
                          next_headcount=4)
    team_return.record_return(workspace, team_id=scene.team, report=report, at=BACK)
    need = need_progress.need_story(workspace, need_id=scene.need).need
    assert need.status == NeedStatus.CONTINUING
    assert need.status_reason == "中断: 大雨のため作業中止"
    assert need.remaining_work == "泥出し半分"
    # Staff may then hold it.
    need_progress.change_status(workspace, need_id=scene.need, to=NeedStatus.ON_HOLD, reason="天候回復待ち")


@pytest.mark.parametrize("report", [
    ReturnReport(outcome=Outcome.CONTINUING),  # nothing said about what is left
    ReturnReport(outcome=Outcome.INTERRUPTED),  # no reason
    ReturnReport(outcome="finished"),
    ReturnReport(outcome=Outcome.DONE, hours=30),
    ReturnReport(outcome=Outcome.CONTINUING, remaining_work="残り", next_headcount=0),
])
def test_an_incomplete_report_is_refused_and_nothing_changes(workspace, scene, out, report) -> None:  # noqa: ANN001
    before = _everything(workspace)
    with pytest.raises(UserError):
        team_return.record_return(workspace, team_id=scene.team, report=report, at=BACK)
    assert _everything(workspace) == before


def test_refusals_in_the_middle_change_nothing(workspace, scene, out) -> None:
    stranger = make_team(workspace, scene.need, (("他 人", "た にん", ""),), check_in=False)[2][0]
    before = _everything(workspace)
    for report in (
        ReturnReport(outcome=Outcome.DONE, loan_returns=[(_loan(out, "一輪車").loan_id, 2, 0, 0)]),  # more than lent
        ReturnReport(outcome=Outcome.DONE, check_out={stranger}),  # not a member
    ):
        with pytest.raises(UserError):
            team_return.record_return(workspace, team_id=scene.team, report=report, at=BACK)
        assert _everything(workspace) == before


def test_a_crash_half_way_leaves_nothing_half_done(workspace, scene, out, monkeypatch) -> None:
    """The need has moved and the loans are settled when checking out fails: all of it is rolled back."""
    before = _everything(workspace)

    def broken(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise OSError("disk went away")

    monkeypatch.setattr(checkin, "check_out_volunteer", broken)
    report = ReturnReport(outcome=Outcome.DONE, loan_returns=[(loan.loan_id, loan.outstanding, 0, 0)
                                                              for loan in out.loans])
    with pytest.raises(OSError):
        team_return.record_return(workspace, team_id=scene.team, report=report, at=BACK)
    assert _everything(workspace) == before
    assert need_progress.need_story(workspace, need_id=scene.need).need.status == NeedStatus.ACTIVE
    monkeypatch.undo()
    team_return.record_return(workspace, team_id=scene.team, report=report, at=BACK)  # the desk saves again
    assert need_progress.need_story(workspace, need_id=scene.need).need.status == NeedStatus.DONE


def test_a_team_returns_once(workspace, scene, out) -> None:
    team_return.record_return(workspace, team_id=scene.team, report=ReturnReport(outcome=Outcome.DONE), at=BACK)
    with pytest.raises(UserError, match="not out on site"):
        team_return.record_return(workspace, team_id=scene.team, report=ReturnReport(outcome=Outcome.DONE), at=BACK)
    with pytest.raises(UserError):
        team_return.return_form(workspace, team_id=scene.team)


def test_a_member_who_left_early_stays_checked_out_at_his_time(workspace, scene, out) -> None:
    early = MORNING + timedelta(hours=1)
    checkin.check_out(workspace, scanned=scene.member_codes[3], day=DAY, at=early)
    form = team_return.return_form(workspace, team_id=scene.team)
    assert [m.checked_in for m in form.members] == [True, True, True, False]
    team_return.record_return(workspace, team_id=scene.team, report=ReturnReport(outcome=Outcome.DONE), at=BACK)
    with workspace.session() as s:
        row = s.exec(select(Attendance).where(Attendance.volunteer_id == scene.members[3])).one()
    assert row.checked_out_at == early


def test_the_last_team_back_decides_for_a_need_with_two_teams(workspace, scene, out) -> None:
    second, *_ = make_team(workspace, scene.need, (("追加 一", "ついか いち", ""), ("追加 二", "ついか に", "")),
                           check_in=False)
    dispatch.dispatch_team(workspace, team_id=second, at=MORNING + timedelta(minutes=30))
    team_return.record_return(workspace, team_id=scene.team, report=ReturnReport(outcome=Outcome.DONE), at=BACK)
    assert need_progress.need_story(workspace, need_id=scene.need).need.status == NeedStatus.ACTIVE
    team_return.record_return(workspace, team_id=second, at=BACK + timedelta(minutes=20),
                              report=ReturnReport(outcome=Outcome.CONTINUING, remaining_work="庭の片付け"))
    assert need_progress.need_story(workspace, need_id=scene.need).need.status == NeedStatus.CONTINUING
