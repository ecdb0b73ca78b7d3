"""The desk's edits on a small hand-made morning: what is allowed, what is refused (in Japanese), and that a
refusal changes nothing."""

from __future__ import annotations

import pytest

from dvc.domain.messages import UserError
from dvc.domain.vocab import NeedStatus, TeamStatus
from dvc.services.matching import team_plan
from dvc.services.matching.proposal import load_instance
from dvc.services.matching.words import RuleBreaks
from dvc.store.tables import Need, Team
from tests.matching.team_plan.scene import DAY, check_in, small_day


@pytest.fixture
def scene(workspace):
    return small_day(workspace)


def team_for(ws, need_id):
    return next(t for t in team_plan.day_plan(ws, day=DAY).teams if t.need_id == need_id)


def move(ws, who, *, team=None, need=None):
    team_plan.move_member(ws, volunteer_id=who, to_team_id=team, to_need_id=need, day=DAY)


def refused(ja, call, *words) -> UserError:
    with pytest.raises(UserError) as caught:
        call()
    text = caught.value.message(ja)
    assert all(w in text for w in words), text
    return caught.value


def test_moves_make_a_team_with_an_adult_leader_and_current_reasons(workspace, scene):
    p = scene.people
    move(workspace, p["佐藤 子"], need=scene.needs["B"])
    b = team_for(workspace, scene.needs["B"])
    assert b.leader_id is None and "no_leader" in {v["key"] for v in b.violations}
    move(workspace, p["佐藤 父"], team=b.id)
    b = team_for(workspace, scene.needs["B"])
    assert b.leader_id == p["佐藤 父"] and b.violations == ()
    child = next(m for m in b.members if m.volunteer_id == p["佐藤 子"])
    assert {r["key"] for r in child.reasons} == {"with_group", "minor_with_adult"}
    move(workspace, p["山田 太郎"], need=scene.needs["B"])  # into the need's existing team
    move(workspace, p["佐藤 父"])  # out of any team: the best adult left leads
    b = team_for(workspace, scene.needs["B"])
    assert b.leader_id == p["山田 太郎"] and b.members[0].is_leader
    assert {v["key"] for v in b.violations} == {"minor_without_group_adult", "group_left_behind"}
    move(workspace, p["佐藤 父"], team=b.id)  # back again: the old row is revived
    assert team_for(workspace, scene.needs["B"]).violations == ()
    assert len(team_plan.day_plan(workspace, day=DAY).teams) == 1


def test_move_refusals_say_why_in_japanese_and_change_nothing(workspace, scene, ja):
    p, n = scene.people, scene.needs
    move(workspace, p["山田 太郎"], need=n["A"])
    a = team_for(workspace, n["A"])
    move(workspace, p["高橋 健"], team=a.id)
    move(workspace, p["鈴木 花子"], need=n["B"])
    before = team_plan.day_plan(workspace, day=DAY)
    refused(ja, lambda: move(workspace, p["鈴木 花子"], team=a.id), a.code, "必要人数")
    refused(ja, lambda: move(workspace, p["田中 保険なし"], need=n["B"]), "田中 保険なし", "保険")
    refused(ja, lambda: move(workspace, p["伊藤 未受付"], need=n["B"]), "受付")
    assert team_plan.day_plan(workspace, day=DAY) == before
    team_plan.confirm_teams(workspace, team_ids=[a.id])
    b = team_for(workspace, n["B"])
    refused(ja, lambda: move(workspace, p["鈴木 花子"], team=a.id), a.code, "確定")
    refused(ja, lambda: move(workspace, p["高橋 健"], team=b.id), "高橋 健", a.code, "確定", "取り消")
    refused(ja, lambda: move(workspace, p["佐藤 父"], need=n["A"]), "確定")
    assert team_for(workspace, n["B"]) == b


def test_leader_and_lock_refusals(workspace, scene, ja):
    p, n = scene.people, scene.needs
    for name in ("佐藤 父", "佐藤 子", "鈴木 花子"):
        move(workspace, p[name], need=n["B"])
    b = team_for(workspace, n["B"])
    refused(ja, lambda: team_plan.set_leader(workspace, team_id=b.id, volunteer_id=p["佐藤 子"]), "佐藤 子", "成人")
    refused(ja, lambda: team_plan.set_leader(workspace, team_id=b.id, volunteer_id=p["山田 太郎"]), b.code, "メンバー")
    team_plan.set_leader(workspace, team_id=b.id, volunteer_id=p["鈴木 花子"])
    b = team_for(workspace, n["B"])
    assert b.leader_id == p["鈴木 花子"] and b.members[0].volunteer_id == p["鈴木 花子"]
    assert b.members[0].reasons[0]["key"] == "leader"
    team_plan.set_locked(workspace, team_id=b.id, locked=True)
    assert team_for(workspace, n["B"]).locked
    team_plan.confirm_teams(workspace, day=DAY)
    refused(ja, lambda: team_plan.set_locked(workspace, team_id=b.id, locked=False), b.code, "確定")
    refused(ja, lambda: team_plan.confirm_teams(workspace, team_ids=[b.id]), b.code, "確定")


def test_confirm_refuses_hard_breaks_and_asks_consent_for_warnings(workspace, scene, ja):
    p, n = scene.people, scene.needs
    move(workspace, p["佐藤 子"], need=n["W"])  # a minor alone, a boy in a women-only need
    w = team_for(workspace, n["W"])
    error = refused(ja, lambda: team_plan.confirm_teams(workspace, team_ids=[w.id], accept_warnings=True),
                    "確定できません", w.code, "リーダーがいません")
    assert isinstance(error, RuleBreaks) and {x["key"] for x in error.problems} == {"no_leader"}
    move(workspace, p["佐藤 子"])
    move(workspace, p["鈴木 花子"], team=w.id)
    move(workspace, p["高橋 健"], team=w.id)
    refused(ja, lambda: team_plan.confirm_teams(workspace, team_ids=[w.id]), "高橋 健", "性別", "警告")
    assert team_for(workspace, n["W"]).status == TeamStatus.PROPOSED
    assert team_plan.confirm_teams(workspace, team_ids=[w.id], accept_warnings=True) == [w.id]
    assert team_for(workspace, n["W"]).status == TeamStatus.CONFIRMED
    assert team_plan.confirm_teams(workspace, day=DAY) == []  # nothing proposed is left


def test_a_proposal_of_the_small_day_confirms_whole(workspace, scene):
    plan = team_plan.propose_and_save(workspace, day=DAY)
    assert plan.teams and all(t.violations == () for t in plan.teams)
    unplaced = {u.volunteer_id: {r["key"] for r in u.reasons} for u in plan.unplaced}
    assert unplaced[scene.people["田中 保険なし"]] == {"uninsured"}
    assert scene.people["伊藤 未受付"] not in unplaced
    ids = team_plan.confirm_teams(workspace, day=DAY)
    assert sorted(ids) == sorted(t.id for t in plan.teams)
    assert team_plan.propose_and_save(workspace, day=DAY).teams == team_plan.day_plan(workspace, day=DAY).teams
    assert all(t.status == TeamStatus.CONFIRMED for t in team_plan.day_plan(workspace, day=DAY).teams)


def test_cancel(workspace, scene, ja):
    p, n = scene.people, scene.needs
    move(workspace, p["鈴木 花子"], need=n["W"])
    w = team_for(workspace, n["W"])
    team_plan.confirm_teams(workspace, team_ids=[w.id])
    team_plan.cancel_team(workspace, team_id=w.id, reason="雨天のため")
    assert team_plan.day_plan(workspace, day=DAY).teams == ()
    move(workspace, p["鈴木 花子"], need=n["W"])  # free again, and the need is offered again
    refused(ja, lambda: team_plan.cancel_team(workspace, team_id=w.id), w.code, "取消")
    out = team_for(workspace, n["W"])
    with workspace.transaction() as s:
        s.get(Team, out.id).status = TeamStatus.DISPATCHED
    refused(ja, lambda: team_plan.cancel_team(workspace, team_id=out.id), out.code, "活動中")


def test_apply_accepts_a_group_split_by_an_earlier_confirmed_team_and_says_so(workspace, scene):
    p, n = scene.people, scene.needs
    move(workspace, p["佐藤 父"], need=n["A"])  # father and son confirmed in the first team of the morning
    move(workspace, p["佐藤 子"], need=n["A"])
    team_plan.confirm_teams(workspace, day=DAY)
    check_in(workspace, p["佐藤 母"])  # then the mother arrives
    ids = team_plan.apply_proposal(workspace, day=DAY)
    plan = team_plan.day_plan(workspace, day=DAY)
    mother = next(t for t in plan.teams if p["佐藤 母"] in {m.volunteer_id for m in t.members})
    assert mother.id in ids and mother.status == TeamStatus.CONFIRMED
    assert {v["key"] for v in mother.violations} == {"group_split"}
    assert mother.violations[0]["params"]["group"] == "佐藤家"


def test_a_team_back_from_a_continuing_need_is_free_and_its_need_asks_for_it_again(workspace, scene):
    p, n = scene.people, scene.needs
    move(workspace, p["山田 太郎"], need=n["A"])
    move(workspace, p["高橋 健"], need=n["A"])
    team_plan.confirm_teams(workspace, day=DAY)
    a = team_for(workspace, n["A"])
    with workspace.session() as s:
        inst = load_instance(s, DAY)
    assert n["A"] not in {x.id for x in inst.needs} and p["山田 太郎"] not in {v.id for v in inst.volunteers}
    with workspace.transaction() as s:  # the morning team went out and came back: 継続
        s.get(Team, a.id).status = TeamStatus.RETURNED
        s.get(Need, n["A"]).status = NeedStatus.CONTINUING
    with workspace.session() as s:
        inst = load_instance(s, DAY)
    need = next(x for x in inst.needs if x.id == n["A"])
    assert need.continuing and need.previous_member_ids == {p["山田 太郎"], p["高橋 健"]}
    assert {p["山田 太郎"], p["高橋 健"]} <= {v.id for v in inst.volunteers}
    plan = team_plan.propose_and_save(workspace, day=DAY)
    again = next(t for t in plan.teams if t.need_id == n["A"])
    assert {"continuity"} <= {r["key"] for m in again.members for r in m.reasons}
