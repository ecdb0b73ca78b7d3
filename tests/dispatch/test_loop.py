"""The loop with the real matching: proposed and confirmed teams leave, one comes back 継続 and its need and the
members kept for the afternoon are offered to matching again."""

from __future__ import annotations

from datetime import datetime, timedelta

from dvc.domain.timeutil import TOKYO
from dvc.domain.vocab import NeedStatus, Outcome
from dvc.services.dispatch import send_off as dispatch
from dvc.services.needs import progress as need_progress
from dvc.services.dispatch import safety
from dvc.services.matching import team_plan
from dvc.services.dispatch import team_return
from dvc.services.drill.scenario import DrillSpec, create_drill
from dvc.services.matching.proposal import load_instance
from dvc.services.dispatch.team_return import ReturnReport
from dvc.services.core.workspace import open_workspace


def test_a_continuing_need_and_kept_members_go_back_to_matching(tmp_path) -> None:
    summary = create_drill(tmp_path / "drill.db", DrillSpec(volunteers=120, needs=30, checked_in=80, seed=11))
    with open_workspace(summary.path) as ws:
        ws.operator = "訓練 管理者"
        teams = team_plan.apply_proposal(ws, day=summary.day)
        assert teams
        morning = datetime.combine(summary.day, datetime.min.time(), tzinfo=TOKYO) + timedelta(hours=9, minutes=30)
        for team_id in teams:
            dispatch.dispatch_team(ws, team_id=team_id, at=morning)
        form = team_return.return_form(ws, team_id=teams[0])
        with ws.session() as s:
            waiting = {n.id for n in load_instance(s, summary.day).needs}
        assert form.need_id not in waiting  # 活動中

        kept = {m.volunteer_id for m in form.members[:2]}
        team_return.record_return(
            ws, team_id=teams[0], at=morning + timedelta(hours=3),
            report=ReturnReport(outcome=Outcome.CONTINUING, remaining_work="裏庭の泥出し", next_headcount=3,
                                check_out={m.volunteer_id for m in form.members} - kept))
        assert need_progress.need_story(ws, need_id=form.need_id).need.status == NeedStatus.CONTINUING
        with ws.session() as s:
            instance = load_instance(s, summary.day)
        again = next(n for n in instance.needs if n.id == form.need_id)
        assert again.headcount == 3
        assert kept <= {v.id for v in instance.volunteers}  # free for an afternoon team
        gone_home = {m.volunteer_id for m in form.members} - kept
        assert not gone_home & {v.id for v in instance.volunteers}
        out = safety.teams_out(ws, day=summary.day, now=morning + timedelta(hours=3))
        assert teams[0] not in {t.id for t in out} and len(out) == len(teams) - 1
