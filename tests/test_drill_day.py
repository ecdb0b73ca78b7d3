"""A drill day through the ``dvc`` command, from the morning queue to the evening "all back".

Reception has checked people in (the drill generator does that); matching proposes and confirms teams; every
team leaves with a tool and comes back, one of them with work left (継続); the people nobody could place go home;
the closing check then says everyone is back, and the continuing need is waiting for tomorrow's matching.
"""

from __future__ import annotations

import pytest

import json

from sqlmodel import select

from dvc.cli import main
from dvc.domain.vocab import NeedStatus, TeamStatus
from dvc.services.drill.scenario import DrillSpec, create_drill
from dvc.services.core.workspace import open_workspace
from dvc.store.tables import Attendance, Equipment, Loan, Need, Team


@pytest.fixture(autouse=True)
def signed_in(monkeypatch):
    """Commands that change data sign in; scripts name their operator in DVC_OPERATOR."""
    monkeypatch.setenv("DVC_OPERATOR", "訓練 管理者")


def run(capsys, db, *args: str) -> tuple[int, dict]:
    capsys.readouterr()
    code = main(["--db", str(db), *args, "--json"])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else {}


def test_a_drill_day_ends_with_everyone_back(capsys, tmp_path):
    db = tmp_path / "drill.db"
    summary = create_drill(db, DrillSpec(volunteers=240, needs=50, checked_in=90, seed=7))

    code, proposal = run(capsys, db, "match", "propose")
    assert code == 0 and proposal["teams"], "a drill morning has teams to propose"
    code, _ = run(capsys, db, "match", "apply", "--yes")
    assert code == 0

    code, listed = run(capsys, db, "teams", "list")
    teams = [t for t in listed["teams"] if t["status"] == TeamStatus.CONFIRMED]
    assert [t["need"] for t in teams] and {t["need"] for t in teams} == {t["need"] for t in proposal["teams"]}

    with open_workspace(db) as ws, ws.session() as s:
        tool = s.exec(select(Equipment).where(Equipment.consumable == False,  # noqa: E712
                                              Equipment.quantity_owned >= len(teams))).first()
    assert tool is not None, "the drill has a tool enough for every team"
    for team in teams:
        code, _ = run(capsys, db, "dispatch", team["code"], "--lend", f"{tool.code}=1")
        assert code == 0, team

    code, overdue = run(capsys, db, "overdue")
    assert code == 0 and overdue["overdue"] == []
    code, closing = run(capsys, db, "closing")
    assert code == 1 and {t["code"] for t in closing["teams_not_back"]} == {t["code"] for t in teams}

    continuing, *done = teams
    code, _ = run(capsys, db, "return", continuing["code"], "--outcome", "continuing",
                  "--work", "床下の泥出し（半分）", "--remaining", "奥の部屋の泥出し", "--people", "3")
    assert code == 0
    for team in done:
        code, _ = run(capsys, db, "return", team["code"], "--outcome", "done", "--work", "泥出し完了")
        assert code == 0, team

    # Whoever was not placed in a team goes home through reception's check-out.
    code, closing = run(capsys, db, "closing")
    assert code == 1 and closing["teams_not_back"] == []
    for person in closing["still_checked_in"]:
        code, _ = run(capsys, db, "checkout", person["code"])
        assert code == 0, person
    code, closing = run(capsys, db, "closing")
    assert code == 0 and closing["all_back"] and closing["still_checked_in"] == []

    with open_workspace(db) as ws, ws.session() as s:
        by_code = {t.code: t for t in s.exec(select(Team).where(Team.day == summary.day))}
        assert {by_code[t["code"]].status for t in teams} == {TeamStatus.RETURNED}
        need = s.exec(select(Need).where(Need.code == continuing["need"])).one()
        assert need.status == NeedStatus.CONTINUING
        assert need.remaining_work == "奥の部屋の泥出し" and need.headcount == 3
        finished = s.exec(select(Need).where(Need.code.in_([t["need"] for t in done]))).all()
        assert {n.status for n in finished} == {NeedStatus.DONE}
        loans = s.exec(select(Loan).where(Loan.equipment_id == tool.id)).all()
        assert loans and all(loan.quantity_returned == loan.quantity_out for loan in loans)
        assert s.exec(select(Attendance).where(Attendance.day == summary.day,
                                               Attendance.checked_out_at.is_(None))).all() == []

    # Tomorrow's matching offers the continuing need again.
    code, waiting = run(capsys, db, "needs", "list", "--status", NeedStatus.CONTINUING)
    assert code == 0 and continuing["need"] in json.dumps(waiting, ensure_ascii=False)
