"""Random desk sessions on a drill day: whatever staff click, in whatever order, nobody is booked twice, no team
outgrows its need, every leader is an adult member, and a confirmed team's need gets no second team."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from sqlmodel import select

from dvc.domain.messages import UserError
from dvc.domain.vocab import TeamStatus
from dvc.services.matching import team_plan
from dvc.services.matching.proposal import load_instance
from dvc.store.tables import Team, TeamMember
from tests.matching.team_plan.conftest import DAY

HOLDING = (TeamStatus.PROPOSED, TeamStatus.CONFIRMED)


def invariants(ws) -> None:
    plan = team_plan.day_plan(ws, day=DAY)
    with ws.session() as s:
        rows = s.exec(select(TeamMember.volunteer_id).join(Team, Team.id == TeamMember.team_id)
                      .where(Team.day == DAY, Team.deleted == False, TeamMember.deleted == False,  # noqa: E712
                             Team.status.in_(HOLDING))).all()
        free = {v.id: v for v in load_instance(s, DAY).volunteers}
    assert max(Counter(rows).values(), default=1) == 1
    assert Counter(t.need_id for t in plan.teams).most_common(1)[0][1] == 1 if plan.teams else True
    for t in plan.teams:
        assert len(t.members) <= t.headcount
        if t.leader_id is not None:
            leader = next(m for m in t.members if m.volunteer_id == t.leader_id)
            assert leader.adult and leader.is_leader
        if t.status == TeamStatus.CONFIRMED:
            assert not {m.volunteer_id for m in t.members} & free.keys()
    assert not {u.volunteer_id for u in plan.unplaced} & set(rows)


@pytest.mark.parametrize("seed", [1, 2])
def test_random_desk_sessions_keep_the_rules(drill_ws, seed):
    rng = random.Random(seed)
    team_plan.propose_and_save(drill_ws, day=DAY)
    with drill_ws.session() as s:
        people = [v.id for v in load_instance(s, DAY).volunteers]
    refusals = Counter()
    for _ in range(40):
        plan = team_plan.day_plan(drill_ws, day=DAY)
        teams = [t for t in plan.teams if t.status in HOLDING]
        team = rng.choice(teams) if teams else None
        action = rng.choice(("move", "move", "move", "out", "need", "leader", "lock", "confirm", "cancel", "propose"))
        try:
            if action == "move" and team:
                team_plan.move_member(drill_ws, volunteer_id=rng.choice(people), to_team_id=team.id, day=DAY)
            elif action == "out":
                team_plan.move_member(drill_ws, volunteer_id=rng.choice(people), to_team_id=None, day=DAY)
            elif action == "need" and plan.unfilled:
                team_plan.move_member(drill_ws, volunteer_id=rng.choice(people), to_team_id=None, day=DAY,
                                      to_need_id=rng.choice(plan.unfilled).need_id)
            elif action == "leader" and team and team.members:
                team_plan.set_leader(drill_ws, team_id=team.id, volunteer_id=rng.choice(team.members).volunteer_id)
            elif action == "lock" and team:
                team_plan.set_locked(drill_ws, team_id=team.id, locked=not team.locked)
            elif action == "confirm" and team:
                team_plan.confirm_teams(drill_ws, team_ids=[team.id], accept_warnings=rng.random() < 0.5)
            elif action == "cancel" and team:
                team_plan.cancel_team(drill_ws, team_id=team.id)
            elif action == "propose":
                team_plan.propose_and_save(drill_ws, day=DAY)
        except UserError as e:
            refusals[e.source] += 1
            assert team_plan.day_plan(drill_ws, day=DAY) == plan  # a refusal changes nothing
        invariants(drill_ws)
    assert len(refusals) >= 2  # the session met refusals of several kinds, not only successes
