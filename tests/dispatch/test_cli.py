"""`dvc teams list`, `dvc dispatch`, `dvc return`, `dvc overdue`, `dvc closing`: JSON, exit codes, Japanese refusals."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from dvc.cli import main
from dvc.cli.protection import ENV_PASSPHRASE
from dvc.domain.qr import make_payload
from dvc.domain.timeutil import to_local, utcnow
from dvc.services.equipment import loans
from dvc.services.needs import progress as need_progress
from dvc.services.safekeeping.protected_file import read_protected
from dvc.store.tables import Equipment
from tests.dispatch.conftest import make_items, make_need, make_team
from tests.reception.pdf_tools import page_texts


@pytest.fixture(autouse=True)
def signed_in(monkeypatch):
    """Commands that change data sign in; scripts name their operator in DVC_OPERATOR."""
    monkeypatch.setenv("DVC_OPERATOR", "山田 花子")


@pytest.fixture
def today(workspace, db_path):  # noqa: ANN201
    """A confirmed team for today (the CLI works on now), tools in store; the database closed for the CLI."""
    need, need_code = make_need(workspace)
    team, team_code, members, codes = make_team(workspace, need, at=utcnow())
    shovel, barrow, bags = make_items(workspace)
    with workspace.session() as s:
        items = {s.get(Equipment, i).name: s.get(Equipment, i).code for i in (shovel, barrow, bags)}
    workspace.close()  # the CLI takes the single-writer lock itself
    return {"db": db_path, "need": need, "team": team, "team_code": team_code, "codes": codes, "items": items,
            "shovel": shovel, "payload": make_payload("KG", "T", team)}


def run(capsys, db, *argv) -> tuple[int, str, str]:  # noqa: ANN001
    code = main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _open(db):  # noqa: ANN001, ANN202
    from dvc.services.core.workspace import open_workspace

    return open_workspace(db)


def test_a_day_from_the_command_line(capsys, today) -> None:
    db, items = today["db"], today["items"]
    code, out, _ = run(capsys, db, "teams", "list", "--json")
    assert code == 0 and [t["status"] for t in json.loads(out)["teams"]] == ["confirmed"]

    code, out, _ = run(capsys, db, "dispatch", today["payload"], "--lend", f"{items['スコップ（角）']}=4",
                       "--lend", f"{items['土のう袋']}=30", "--transport", "徒歩", "--json")
    data = json.loads(out)
    assert code == 0, out
    assert data["team"]["code"] == today["team_code"] and data["team"]["leader"] == "山田 太郎"
    assert {(x["name"], x["quantity"]) for x in data["lent"]} == {("スコップ（角）", 4), ("土のう袋", 30)}
    with _open(db) as ws:
        assert loans.available(ws, today["shovel"]) == 6
        assert need_progress.need_story(ws, need_id=today["need"]).need.status == "active"

    code, out, err = run(capsys, db, "closing", "--json")
    assert code == 1 and json.loads(out)["teams_not_back"][0]["code"] == today["team_code"]
    code, out, _ = run(capsys, db, "overdue", "--json")
    assert code == 0 and json.loads(out) == {"overdue": []}

    code, out, _ = run(capsys, db, "return", today["team_code"], "--outcome", "continuing", "--remaining", "2階の片付け",
                       "--people", "5", "--lost", f"{items['スコップ（角）']}=1", "--keep", today["codes"][1],
                       "--hours", "2.5", "--json")
    assert code == 0, out
    assert json.loads(out)["kept_checked_in"] == [today["codes"][1]]
    with _open(db) as ws:
        need = need_progress.need_story(ws, need_id=today["need"]).need
        assert (need.status, need.remaining_work, need.headcount) == ("continuing", "2階の片付け", 5)
        assert loans.available(ws, today["shovel"]) == 9 and loans.open_loans(ws) == []

    code, out, err = run(capsys, db, "closing")
    assert code == 1 and today["codes"][1] in out  # the one kept for an afternoon team is still here
    code, _, _ = run(capsys, db, "checkout", today["codes"][1])
    code, out, _ = run(capsys, db, "closing")
    assert code == 0 and "全員" in out


def test_refusals_are_japanese_and_change_nothing(capsys, today) -> None:
    db, items = today["db"], today["items"]
    volunteer = today["codes"][0]
    code, out, err = run(capsys, db, "dispatch", volunteer)
    assert code == 1 and "ボランティア" in err and "Traceback" not in err
    code, out, err = run(capsys, db, "dispatch", today["team_code"], "--lend", f"{items['一輪車']}=5")
    assert code == 1 and "一輪車" in err
    code, out, err = run(capsys, db, "return", today["team_code"], "--outcome", "done")
    assert code == 1 and today["team_code"] in err
    code, out, err = run(capsys, db, "dispatch", today["team_code"], "--lend", "E-KG1=2")
    assert code == 1
    code, out, err = run(capsys, db, "teams", "list", "--json")
    assert [t["status"] for t in json.loads(out)["teams"]] == ["confirmed"]


def test_expected_back_at_a_given_time(capsys, today) -> None:
    later = to_local(utcnow() + timedelta(minutes=90))
    if later.date() != to_local(utcnow()).date():
        pytest.skip("too close to midnight for a same-day return time")
    code, out, _ = run(capsys, today["db"], "dispatch", today["team_code"], "--back", f"{later:%H:%M}", "--json")
    assert code == 0
    assert to_local(_back(out)).strftime("%H:%M") == f"{later:%H:%M}"


def _back(out: str):  # noqa: ANN202
    from datetime import datetime

    return datetime.fromisoformat(json.loads(out)["team"]["expected_back_at"])


def test_the_dispatch_sheet_from_the_command_line_is_encrypted(capsys, today, tmp_path, monkeypatch) -> None:
    """Issue 18 item 6: `dvc dispatch --print` on a real database wrote the members' names plain."""
    db = today["db"]
    monkeypatch.setenv(ENV_PASSPHRASE, "typed-pass-123")
    code, out, err = run(capsys, db, "dispatch", today["team_code"], "--print", str(tmp_path / "nowhere" / "s.pdf"))
    assert code == 1 and "nowhere" in err and "Traceback" not in err
    with _open(db) as ws:  # refused before the team went out
        assert need_progress.need_story(ws, need_id=today["need"]).need.status != "active"
    sheet = tmp_path / "sheet.pdf"
    code, out, _ = run(capsys, db, "dispatch", today["team_code"], "--print", str(sheet), "--json")
    data = json.loads(out)
    assert code == 0 and data["sheet"] == f"{sheet}.zip" and data["encrypted"] and not sheet.exists()
    [pdf] = read_protected(f"{sheet}.zip", passphrase="typed-pass-123").values()
    assert "山田 太郎" in page_texts(pdf)[0]
