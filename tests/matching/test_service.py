"""The read-only adapter on a drill database: the day's records become an instance, the proposal keeps the rules."""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from dvc.domain.matching import propose, validate
from dvc.domain.vocab import TeamStatus
from dvc.services.drill.scenario import DrillSpec, create_drill
from dvc.services.matching.proposal import load_instance, propose_teams
from dvc.services.core.workspace import open_workspace
from dvc.store.tables import Attendance, Need, Team, TeamMember

DAY = date(2025, 7, 10)


def test_drill_day_proposal_keeps_the_rules_and_speaks_in_codes(tmp_path):
    path = tmp_path / "drill.db"
    create_drill(path, DrillSpec(volunteers=400, needs=120, checked_in=150, seed=3, day=DAY)).path
    ws = open_workspace(path)
    try:
        with ws.session() as s:
            inst = load_instance(s, DAY)
            checked_in = s.exec(select(Attendance).where(Attendance.day == DAY,
                                                         Attendance.checked_out_at.is_(None))).all()
            waiting = s.exec(select(Need).where(Need.status.in_(("awaiting_match", "continuing")))).all()
        busy_today = _busy(ws)
        assert {v.id for v in inst.volunteers} == {a.volunteer_id for a in checked_in} - busy_today
        assert {n.id for n in inst.needs} == {n.id for n in waiting}
        first = propose(inst)
        assert validate(first, inst) == []
        kept = first.teams[0]
        with ws.transaction() as s:  # staff lock the first proposed team
            team = Team(code=ws.new_codes(s, "T")[0], need_id=kept.need_id, day=DAY, leader_id=kept.leader_id,
                        status=TeamStatus.PROPOSED, locked=True)
            s.add(team)
            s.add_all(TeamMember(team_id=team.id, volunteer_id=v, is_leader=v == kept.leader_id)
                      for v in kept.member_ids)
        with ws.session() as s:
            again = load_instance(s, DAY)
        assert [(k.need_id, set(k.member_ids)) for k in again.locks] == [(kept.need_id, set(kept.member_ids))]
        assert validate(propose(again), again) == []
        out = propose_teams(ws, day=DAY)
    finally:
        ws.close()
    assert out["date"] == "2025-07-10"
    assert out["teams"] and all(t["need"].startswith("N-") and t["leader"] in t["members"] for t in out["teams"])
    placed = [m for t in out["teams"] for m in t["members"]]
    assert len(placed) + len(out["unassigned"]) == len(inst.volunteers)
    assert all(r["key"] for t in out["teams"] for r in t["reasons"])
    assert sum(t["locked"] for t in out["teams"]) == 1
    leader = next(r for t in out["teams"] for r in t["reasons"] if r["key"] == "leader")
    assert isinstance(leader["params"]["leader_ok"], bool) and isinstance(leader["params"]["experience"], int)
    assert all(u["reasons"] for u in out["unfilled"])


def _busy(ws) -> set:
    with ws.session() as s:
        rows = s.exec(select(TeamMember.volunteer_id).join(Team, Team.id == TeamMember.team_id)
                      .where(Team.day == DAY, Team.status.not_in((TeamStatus.PROPOSED, TeamStatus.CANCELLED)))).all()
    return set(rows)
