"""After the purge: no personal data left anywhere in the file, the same figures as before."""

import json
import sqlite3
from datetime import date, timedelta

import pytest
from sqlalchemy import func
from sqlmodel import select

from dvc.cli import main
from dvc.domain.messages import UserError
from dvc.domain.timeutil import local_day
from dvc.services.staff import operators
from dvc.services.drill.scenario import DrillSpec, create_drill
from dvc.services.safekeeping.privacy import REMOVED, purge_personal
from dvc.services.core.workspace import open_workspace
from dvc.store.tables import Attendance, Need, Volunteer

DAY = date(2026, 10, 1)


@pytest.fixture
def drill_ws(tmp_path):
    create_drill(tmp_path / "d.db", DrillSpec(volunteers=120, needs=30, seed=4, day=DAY))
    ws = open_workspace(tmp_path / "d.db")
    head = next(r for r in operators.list_operators(ws) if r.role == "center_head")
    operators.sign_in(ws, operator_id=head.id)
    yield ws
    ws.close()


def figures(ws):
    with ws.session() as s:
        return {
            "attendance_by_day": s.exec(select(Attendance.day, func.count()).group_by(Attendance.day)).all(),
            "first_time": s.exec(select(func.count()).select_from(Attendance).where(Attendance.first_time == True)).one(),  # noqa: E712
            "in_groups": s.exec(select(func.count()).select_from(Volunteer).where(Volunteer.group_id.is_not(None))).one(),
            "needs_by_status": s.exec(select(Need.status, func.count()).group_by(Need.status)).all(),
            "needs_by_district": s.exec(select(Need.district, func.count()).group_by(Need.district)).all(),
            "headcount": s.exec(select(func.sum(Need.headcount))).one(),
        }


def test_personal_data_gone_figures_unchanged(drill_ws):
    with drill_ws.session() as s:
        names = [v.name for v in s.exec(select(Volunteer)).all()]
        phones = [v.phone for v in s.exec(select(Volunteer)).all() if v.phone]
        # Needs with a team on site are left for their team; the rest must go.
        requesters = [n.requester_name for n in s.exec(select(Need)).all() if n.status != "active"]
    before = figures(drill_ws)
    summary = purge_personal(drill_ws, closed_before=DAY + timedelta(days=1))
    assert summary.volunteers == 120 and summary.needs + summary.needs_left_open == 30
    assert figures(drill_ws) == before
    drill_ws.db.engine.dispose()
    raw = "\n".join(str(row) for table in ("volunteer", "volunteer_group", "need", "survey", "activity_report", "audit_event")
                    for row in sqlite3.connect(drill_ws.path).execute(f"SELECT * FROM {table}"))
    for leaked in names[:20] + phones[:20] + [r for r in requesters if r][:10]:
        assert leaked not in raw, leaked
    with drill_ws.session() as s:
        assert all(v.name == REMOVED for v in s.exec(select(Volunteer)).all())


def test_purge_is_for_the_center_head_and_not_the_future(drill_ws):
    clerk = operators.add_operator(drill_ws, name="受付 係")
    operators.sign_in(drill_ws, operator_id=clerk.id)
    with pytest.raises(UserError):
        purge_personal(drill_ws, closed_before=DAY)
    head = next(r for r in operators.list_operators(drill_ws) if r.role == "center_head")
    operators.sign_in(drill_ws, operator_id=head.id)
    with pytest.raises(UserError):
        purge_personal(drill_ws, closed_before=local_day() + timedelta(days=2))


def test_people_still_coming_are_kept(drill_ws):
    summary = purge_personal(drill_ws, closed_before=DAY - timedelta(days=3))
    with drill_ws.session() as s:
        kept = s.exec(select(func.count()).select_from(Volunteer).where(Volunteer.name != REMOVED)).one()
    assert kept > 0 and summary.volunteers + kept == 120


def test_cli_asks_and_is_logged(drill_ws, capsys):
    path = drill_ws.path
    drill_ws.close()
    args = ["--db", str(path), "purge-personal", "--closed-before", (DAY + timedelta(days=1)).isoformat(),
            "--operator", "訓練 管理者"]
    assert main(args) == 1  # no terminal, no --yes
    assert main([*args, "--operator", "いない 人", "--yes"]) == 1
    capsys.readouterr()
    assert main([*args, "--yes", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["volunteers"] == 120
    con = sqlite3.connect(path)
    assert con.execute("SELECT operator_name FROM audit_event WHERE action = 'purge-personal'").fetchall() == [("訓練 管理者",)]
