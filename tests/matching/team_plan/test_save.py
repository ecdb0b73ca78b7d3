"""Saving proposals on a drill day: locks survive a re-propose, the rest is replaced, nobody is booked twice."""

from __future__ import annotations

from collections import Counter

from sqlmodel import select

from dvc.domain.vocab import TeamStatus
from dvc.services.matching import team_plan
from dvc.services.matching.proposal import load_instance, propose_teams
from dvc.store.tables import AuditEvent, Team, TeamMember
from tests.matching.team_plan.conftest import DAY


def placed(plan) -> list:
    return [m.volunteer_id for t in plan.teams for m in t.members]


def live_members(ws) -> list:
    with ws.session() as s:
        return s.exec(select(TeamMember.volunteer_id).join(Team, Team.id == TeamMember.team_id)
                      .where(Team.day == DAY, Team.deleted == False, TeamMember.deleted == False,  # noqa: E712
                             Team.status != TeamStatus.CANCELLED)).all()


def assert_nobody_twice(ws, plan) -> None:
    people = placed(plan)
    assert len(people) == len(set(people))
    assert not set(people) & {u.volunteer_id for u in plan.unplaced}
    assert Counter(live_members(ws)) == Counter(people)


def test_saved_proposal_is_the_proposal_with_its_reasons(drill_ws):
    with drill_ws.session() as s:
        free = {v.id for v in load_instance(s, DAY).volunteers}
    shown = propose_teams(drill_ws, day=DAY)
    assert live_members(drill_ws) == []
    plan = team_plan.propose_and_save(drill_ws, day=DAY)
    assert plan.teams and all(t.status == TeamStatus.PROPOSED and not t.locked for t in plan.teams)
    assert all(t.violations == () for t in plan.teams)
    assert shown["teams"]  # the read-only proposal saved nothing
    assert set(placed(plan)) | {u.volunteer_id for u in plan.unplaced} == free
    assert_nobody_twice(drill_ws, plan)
    for t in plan.teams:
        assert sum(m.is_leader for m in t.members) == 1 and t.members[0].is_leader and t.members[0].adult
        assert len(t.members) <= t.headcount
        assert all(m.reasons and all(r["key"] for r in m.reasons) for m in t.members)
    assert all(u.reasons for u in plan.unfilled) and all(u.reasons for u in plan.unplaced)
    with drill_ws.session() as s:
        stored = s.exec(select(TeamMember)).all()
        audited = s.exec(select(AuditEvent).where(AuditEvent.table_name == "team_member")).all()
    assert {r["key"] for m in stored for r in m.reasons} >= {"leader", "fills_headcount"}
    assert len(audited) == len(stored)
    assert team_plan.day_plan(drill_ws, day=DAY) == plan


def test_re_propose_keeps_locked_teams_and_replaces_the_rest(drill_ws):
    first = team_plan.propose_and_save(drill_ws, day=DAY)
    kept, edited = first.teams[0], first.teams[1]
    team_plan.set_locked(drill_ws, team_id=kept.id, locked=True)
    # a staff edit then a lock: the edited team is kept as the staff left it
    leaving = next(m for m in edited.members if not m.is_leader)
    team_plan.move_member(drill_ws, volunteer_id=leaving.volunteer_id, to_team_id=None, day=DAY)
    team_plan.set_locked(drill_ws, team_id=edited.id, locked=True)
    again = team_plan.propose_and_save(drill_ws, day=DAY)
    by_id = {t.id: t for t in again.teams}
    assert {m.volunteer_id for m in by_id[kept.id].members} == {m.volunteer_id for m in kept.members}
    assert {m.volunteer_id for m in by_id[edited.id].members} == (
        {m.volunteer_id for m in edited.members} - {leaving.volunteer_id})
    assert by_id[kept.id].locked and by_id[edited.id].locked
    replaced = {t.id for t in first.teams} - {kept.id, edited.id}
    # The new teams take over the replaced teams' rows and codes (see the next test); those left over go.
    others = {t.id for t in again.teams} - {kept.id, edited.id}
    assert others <= replaced or replaced <= others
    with drill_ws.session() as s:
        gone = s.exec(select(Team).where(Team.id.in_(replaced - others))).all()
    assert all(t.deleted for t in gone)
    assert_nobody_twice(drill_ws, again)
    assert Counter(t.need_id for t in again.teams).most_common(1)[0][1] == 1


def test_proposing_again_keeps_the_teams_codes(drill_ws):
    """Issue 18: each proposal gave every team a new code; the code on the board no longer found its team."""
    first = team_plan.propose_and_save(drill_ws, day=DAY)
    codes = {t.need_id: t.code for t in first.teams}
    with drill_ws.session() as s:
        made_before = len(s.exec(select(Team)).all())
    again = team_plan.propose_and_save(drill_ws, day=DAY)
    assert {t.code for t in again.teams} <= set(codes.values()) or len(again.teams) > len(first.teams)
    same_need = [t for t in again.teams if t.need_id in codes]
    assert same_need and all(t.code == codes[t.need_id] for t in same_need)
    with drill_ws.session() as s:
        rows = s.exec(select(Team)).all()
    assert len(rows) == made_before + max(0, len(again.teams) - len(first.teams))  # no code used up
    assert_nobody_twice(drill_ws, again)
    assert team_plan.day_plan(drill_ws, day=DAY) == again


def test_confirmed_teams_hold_their_people_and_needs_until_cancelled(drill_ws):
    plan = team_plan.propose_and_save(drill_ws, day=DAY)
    chosen = plan.teams[:3]
    assert team_plan.confirm_teams(drill_ws, team_ids=[t.id for t in chosen]) == [t.id for t in chosen]
    held = {m.volunteer_id for t in chosen for m in t.members}
    again = team_plan.propose_and_save(drill_ws, day=DAY)
    assert [t.id for t in again.teams if t.status == TeamStatus.CONFIRMED] == [t.id for t in chosen]
    others = [t for t in again.teams if t.status == TeamStatus.PROPOSED]
    assert not held & {m.volunteer_id for t in others for m in t.members}
    assert not held & {u.volunteer_id for u in again.unplaced}
    needs = {t.need_id for t in chosen}
    assert not needs & ({t.need_id for t in others} | {u.need_id for u in again.unfilled})
    assert_nobody_twice(drill_ws, again)
    team_plan.cancel_team(drill_ws, team_id=chosen[0].id, reason="依頼者の都合")
    with drill_ws.session() as s:
        inst = load_instance(s, DAY)
        assert s.get(Team, chosen[0].id).notes == "依頼者の都合"
    assert chosen[0].need_id in {n.id for n in inst.needs}
    assert {m.volunteer_id for m in chosen[0].members} <= {v.id for v in inst.volunteers}
    assert chosen[1].need_id not in {n.id for n in inst.needs}
