"""The need's state machine, alone and through the service: allowed steps, refusals, a history that adds up."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dvc.domain import need_status
from dvc.domain.messages import UserError
from dvc.domain.need_intake import NeedDraft
from dvc.domain.need_status import Change
from dvc.domain.vocab import NeedStatus as S
from dvc.services.needs import progress as need_progress
from dvc.services.needs import intake as needs_intake

JA = {"errors": {"A need cannot go from “{from_status}” to “{to_status}”.": "{from_status}から{to_status}には変更できません。"},
      "vocab": {"Received": "受付", "Active": "活動中"}}


def ja(context: str, text: str) -> str:
    return JA.get(context, {}).get(text, text)


def test_the_main_line_and_its_branches_are_allowed():
    line = [S.RECEIVED, S.AWAITING_SURVEY, S.SURVEYED, S.AWAITING_MATCH, S.ACTIVE, S.DONE]
    for before, after in zip(line, line[1:]):
        assert need_status.check(before, after).to_status == after
    assert need_status.check(S.ACTIVE, S.CONTINUING, "2階が残る").to_status == S.CONTINUING
    assert need_status.check(S.CONTINUING, S.ACTIVE).to_status == S.ACTIVE
    assert need_status.check(S.RECEIVED, S.AWAITING_MATCH).to_status == S.AWAITING_MATCH  # no survey needed


@pytest.mark.parametrize("before, after", [
    (S.RECEIVED, S.ACTIVE), (S.RECEIVED, S.DONE), (S.AWAITING_SURVEY, S.AWAITING_MATCH), (S.DONE, S.ACTIVE),
    (S.CANCELLED, S.ACTIVE), (S.ACTIVE, S.RECEIVED),
])
def test_skipping_steps_is_refused_with_the_statuses_named_in_the_message(before, after):
    with pytest.raises(UserError) as refused:
        need_status.check(before, after, "理由")
    if (before, after) == (S.ACTIVE, S.RECEIVED):
        assert refused.value.message(ja) == "活動中から受付には変更できません。"


def test_a_team_on_site_cannot_be_held_or_cancelled():
    for target in (S.ON_HOLD, S.CANCELLED):
        with pytest.raises(UserError, match="team is on site"):
            need_status.check(S.ACTIVE, target, "雨")


@pytest.mark.parametrize("before, after", [
    (S.RECEIVED, S.ON_HOLD), (S.AWAITING_MATCH, S.CANCELLED), (S.ACTIVE, S.CONTINUING), (S.DONE, S.CONTINUING),
    (S.CANCELLED, S.RECEIVED),
])
def test_holding_cancelling_continuing_and_reopening_need_a_reason(before, after):
    with pytest.raises(UserError, match="reason"):
        need_status.check(before, after, "   ")
    assert need_status.check(before, after, "本人から電話").reason == "本人から電話"


def test_same_status_and_unknown_status_are_refused():
    with pytest.raises(UserError, match="already"):
        need_status.check(S.ACTIVE, S.ACTIVE)
    with pytest.raises(UserError, match="not a status"):
        need_status.check(S.ACTIVE, "finished")


def test_every_status_can_be_reached_from_intake_along_allowed_steps():
    for target in S:
        steps = need_status.path(S.RECEIVED, target)
        changes = [Change("", S.RECEIVED)]
        for step in steps:
            changes.append(Change(changes[-1].to_status, step, "理由"))
        assert need_status.history_is_consistent(changes, target)
        assert S.ON_HOLD not in steps[:-1] and S.CANCELLED not in steps[:-1]


def test_a_history_with_a_gap_or_a_wrong_start_is_not_consistent():
    assert not need_status.history_is_consistent([], S.RECEIVED)
    assert not need_status.history_is_consistent([Change("", S.ACTIVE)], S.ACTIVE)
    gap = [Change("", S.RECEIVED), Change(S.AWAITING_SURVEY, S.SURVEYED)]
    assert not need_status.history_is_consistent(gap, S.SURVEYED)
    fine = [Change("", S.RECEIVED), Change(S.RECEIVED, S.AWAITING_SURVEY)]
    assert not need_status.history_is_consistent(fine, S.RECEIVED)  # the need says otherwise
    assert need_status.history_is_consistent(fine, S.AWAITING_SURVEY)


def _need(ws) -> needs_intake.SavedNeed:
    draft = NeedDraft(received_at=datetime.now(timezone.utc) - timedelta(minutes=5), requester_name="小金井 太郎",
                      site_address="本町1-2-3", work_types=("泥出し",), requester_phone="042-383-1111")
    return needs_intake.take_need(ws, draft=draft)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.sampled_from(list(S)), st.sampled_from(["", "理由あり"])), max_size=12))
def test_any_sequence_of_attempts_keeps_the_history_consistent_with_the_status(workspace, steps):
    """Whatever is tried, allowed or not, the recorded history replays to the need's status."""
    saved = _need(workspace)
    expected = S.RECEIVED
    for target, reason in steps:
        try:
            expected = need_progress.change_status(workspace, need_id=saved.id, to=target, reason=reason)
        except UserError:
            pass
        story = need_progress.need_story(workspace, need_id=saved.id)
        assert story.need.status == expected
    history = need_progress.status_history(workspace, need_id=saved.id)
    assert need_status.history_is_consistent(history, expected)
    assert len(history) == 1 + sum(1 for a, b in zip(history, history[1:]) if a.to_status == b.from_status)


def test_continuing_keeps_the_work_left_and_the_new_figures(workspace):
    saved = _need(workspace)
    for target in (S.AWAITING_MATCH, S.ACTIVE):
        need_progress.change_status(workspace, need_id=saved.id, to=target)
    need_progress.change_status(workspace, need_id=saved.id, to=S.CONTINUING, remaining_work="2階の家財搬出",
                                headcount=3, days=2)
    need = need_progress.need_story(workspace, need_id=saved.id).need
    assert (need.status, need.remaining_work, need.headcount, need.estimated_days) == (S.CONTINUING, "2階の家財搬出", 3, 2)
    assert need.status_reason == "2階の家財搬出"
    with pytest.raises(UserError):
        need_progress.change_status(workspace, need_id=saved.id, to=S.ACTIVE, headcount=0)
    need_progress.change_status(workspace, need_id=saved.id, to=S.ACTIVE)
    assert need_progress.need_story(workspace, need_id=saved.id).need.remaining_work == "2階の家財搬出"
    need_progress.change_status(workspace, need_id=saved.id, to=S.DONE)
    assert need_progress.need_story(workspace, need_id=saved.id).need.remaining_work == ""


def test_a_survey_moves_a_waiting_need_on_and_revises_its_figures(workspace):
    saved = _need(workspace)
    survey = need_progress.SurveyDraft(surveyed_on=datetime.now().date(), findings="床下に泥20cm", revised_headcount=6,
                                       revised_days=2, equipment="スコップ、一輪車", safety_concerns="床が抜けかけ",
                                       photos=("/photos/1.jpg",))
    need_progress.record_survey(workspace, need_id=saved.id, survey=survey)
    story = need_progress.need_story(workspace, need_id=saved.id)
    assert story.need.status == S.SURVEYED
    assert (story.need.headcount, story.need.estimated_days, story.need.equipment) == (6, 2, "スコップ、一輪車")
    assert [e.kind for e in story.entries].count("survey") == 1
    assert [(e.from_status, e.to_status) for e in story.entries if e.kind == "status"] == [
        ("", S.RECEIVED), (S.RECEIVED, S.AWAITING_SURVEY), (S.AWAITING_SURVEY, S.SURVEYED)]
    assert story.surveys[0].photos == ["/photos/1.jpg"]
    with pytest.raises(UserError, match="found"):
        need_progress.record_survey(workspace, need_id=saved.id,
                                    survey=need_progress.SurveyDraft(surveyed_on=datetime.now().date()))


def test_who_and_when_are_recorded(workspace):
    saved = _need(workspace)
    workspace.operator = "佐藤 次郎"
    need_progress.change_status(workspace, need_id=saved.id, to=S.ON_HOLD, reason="本人不在")
    last = need_progress.need_story(workspace, need_id=saved.id).entries[-1]
    assert (last.operator, last.from_status, last.to_status, last.reason) == ("佐藤 次郎", S.RECEIVED, S.ON_HOLD, "本人不在")
    assert abs((last.at - datetime.now(timezone.utc)).total_seconds()) < 60
