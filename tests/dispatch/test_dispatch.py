"""Sending a confirmed team out: tools lent, the need 活動中, the expected return; refusals change nothing."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from sqlmodel import select

from dvc.domain.messages import UserError
from dvc.domain.qr import make_payload
from dvc.domain.timeutil import TOKYO, to_local
from dvc.domain.vocab import NeedStatus, TeamStatus
from dvc.services.dispatch import send_off as dispatch
from dvc.services.equipment import loans
from dvc.services.needs import progress as need_progress
from dvc.services.dispatch.send_off import LoanRequest
from dvc.store.tables import Dispatch, Loan, Team
from tests.dispatch.conftest import MORNING, make_need, make_team


def _state(ws, scene) -> tuple:  # noqa: ANN001
    with ws.session() as s:
        team = s.get(Team, scene.team)
        dispatches = s.exec(select(Dispatch).where(Dispatch.team_id == scene.team)).all()
        lent = s.exec(select(Loan)).all()
    story = need_progress.need_story(ws, need_id=scene.need)
    return (team.status, len(dispatches), len(lent), story.need.status, len(story.entries),
            loans.available(ws, scene.shovel), loans.available(ws, scene.barrow))


def test_dispatch_lends_tools_and_moves_the_need_to_active(workspace, scene) -> None:
    dispatch_id = dispatch.dispatch_team(
        workspace, team_id=scene.team, at=MORNING, transport="徒歩",
        loans=[LoanRequest(scene.shovel, 4), LoanRequest(scene.barrow, 1), LoanRequest(scene.sandbags, 50)])
    assert loans.available(workspace, scene.shovel) == 6
    assert loans.available(workspace, scene.barrow) == 1
    assert loans.available(workspace, scene.sandbags) == 450
    story = need_progress.need_story(workspace, need_id=scene.need)
    assert story.need.status == NeedStatus.ACTIVE
    assert story.entries[-1].to_status == NeedStatus.ACTIVE
    with workspace.session() as s:
        team = s.get(Team, scene.team)
        row = s.get(Dispatch, dispatch_id)
    assert team.status == TeamStatus.DISPATCHED
    assert row.departed_at == MORNING and row.transport == "徒歩"
    # Left at 9:30 with the default rule (3 hours, not after 16:00): expected back 12:30.
    assert to_local(row.expected_back_at).time() == time(12, 30)
    assert [r.name for r in loans.loans_for_dispatch(workspace, dispatch_id)] == ["スコップ（角）", "一輪車", "土のう袋"]


def test_expected_return_never_later_than_closing(workspace, scene) -> None:
    afternoon = datetime(2026, 11, 27, 14, 0, tzinfo=TOKYO)
    assert to_local(dispatch.expected_back(workspace, departed_at=afternoon)).time() == time(16, 0)
    dispatch.set_return_rule(workspace, hours_out=1.5, closing=time(17, 0))
    assert to_local(dispatch.expected_back(workspace, departed_at=afternoon)).time() == time(15, 30)
    late = datetime(2026, 11, 27, 17, 30, tzinfo=TOKYO)  # after closing: the full hours
    assert to_local(dispatch.expected_back(workspace, departed_at=late)).time() == time(19, 0)


def test_an_explicit_expected_return_is_kept(workspace, scene) -> None:
    back = datetime(2026, 11, 27, 15, 0, tzinfo=TOKYO)
    dispatch_id = dispatch.dispatch_team(workspace, team_id=scene.team, at=MORNING, expected_back_at=back)
    with workspace.session() as s:
        assert s.get(Dispatch, dispatch_id).expected_back_at == back


@pytest.mark.parametrize("status", [TeamStatus.PROPOSED, TeamStatus.CANCELLED])
def test_only_a_confirmed_team_leaves(workspace, scene, status) -> None:  # noqa: ANN001
    need, _ = make_need(workspace)
    team, code, _, _ = make_team(workspace, need, status=status, check_in=False)
    with pytest.raises(UserError) as refused:
        dispatch.dispatch_team(workspace, team_id=team, at=MORNING, loans=[LoanRequest(scene.shovel, 1)])
    assert code in refused.value.message()
    assert loans.available(workspace, scene.shovel) == 10
    assert need_progress.need_story(workspace, need_id=need).need.status == NeedStatus.AWAITING_MATCH


def test_a_team_leaves_once(workspace, scene) -> None:
    dispatch.dispatch_team(workspace, team_id=scene.team, at=MORNING)
    before = _state(workspace, scene)
    with pytest.raises(UserError, match="already left"):
        dispatch.dispatch_team(workspace, team_id=scene.team, at=MORNING + timedelta(minutes=5))
    assert _state(workspace, scene) == before


def test_equipment_short_refuses_the_whole_departure(workspace, scene) -> None:
    before = _state(workspace, scene)
    with pytest.raises(UserError) as refused:
        dispatch.dispatch_team(workspace, team_id=scene.team, at=MORNING,
                               loans=[LoanRequest(scene.shovel, 4), LoanRequest(scene.barrow, 3)])
    assert "一輪車" in refused.value.message()
    assert _state(workspace, scene) == before  # not even the shovels, not the need, no dispatch row


def test_expected_return_before_departure_is_refused(workspace, scene) -> None:
    before = _state(workspace, scene)
    with pytest.raises(UserError):
        dispatch.dispatch_team(workspace, team_id=scene.team, at=MORNING, expected_back_at=MORNING - timedelta(hours=1))
    assert _state(workspace, scene) == before


def test_a_need_on_hold_since_confirmation_is_not_sent_to(workspace, scene) -> None:
    need_progress.change_status(workspace, need_id=scene.need, to=NeedStatus.ON_HOLD, reason="依頼者の都合")
    with pytest.raises(UserError):
        dispatch.dispatch_team(workspace, team_id=scene.team, at=MORNING)
    with workspace.session() as s:
        assert s.get(Team, scene.team).status == TeamStatus.CONFIRMED


def test_find_team_by_its_qr_or_its_code(workspace, scene) -> None:
    payload = make_payload(workspace.identity.council_short, "T", scene.team)
    assert dispatch.find_team_by_scan(workspace, scanned=payload) == scene.team
    assert dispatch.find_team_by_scan(workspace, scanned=f"  {scene.team_code} ") == scene.team
    full_width = scene.team_code.translate(str.maketrans("-0123456789TK", "－０１２３４５６７８９ＴＫ"))
    assert dispatch.find_team_by_scan(workspace, scanned=full_width) == scene.team


def test_a_volunteer_qr_is_refused_in_words(workspace, scene) -> None:
    translate = _japanese()
    before = _state(workspace, scene)
    volunteer_qr = make_payload(workspace.identity.council_short, "V", scene.members[0])
    for scanned in (volunteer_qr, scene.member_codes[1]):
        with pytest.raises(UserError) as refused:
            dispatch.find_team_by_scan(workspace, scanned=scanned)
        assert refused.value.source == dispatch.SCANNED_VOLUNTEER
        assert "ボランティア" in refused.value.message(translate)
    need_qr = make_payload(workspace.identity.council_short, "N", scene.need)
    with pytest.raises(UserError) as refused:
        dispatch.find_team_by_scan(workspace, scanned=need_qr)
    assert refused.value.source == dispatch.SCANNED_OTHER_KIND
    for junk in ("", "山田", "T-KG1-0001-0"):
        with pytest.raises(UserError):
            dispatch.find_team_by_scan(workspace, scanned=junk)
    assert _state(workspace, scene) == before


def _japanese():  # noqa: ANN202
    from dvc import i18n

    i18n.install("ja")
    return i18n.translate


def test_a_crash_after_the_loans_leaves_no_half_departure(workspace, scene, monkeypatch) -> None:
    """The tools are lent when moving the need fails: the loans and the dispatch row go too."""
    before = _state(workspace, scene)

    def broken(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise OSError("disk went away")

    monkeypatch.setattr(need_progress, "change_status", broken)
    with pytest.raises(OSError):
        dispatch.dispatch_team(workspace, team_id=scene.team, at=MORNING, loans=[LoanRequest(scene.shovel, 4)])
    monkeypatch.undo()
    assert _state(workspace, scene) == before
    dispatch.dispatch_team(workspace, team_id=scene.team, at=MORNING, loans=[LoanRequest(scene.shovel, 4)])
    assert loans.available(workspace, scene.shovel) == 6
