"""`dvc checkin` / `dvc checkout`: JSON for scripts, exit codes, the same service as the scan field."""

from __future__ import annotations

import json
import uuid

import pytest

from dvc.cli import main
from dvc.domain.qr import make_payload
from dvc.services.reception import checkin
from dvc.store.tables import Volunteer


@pytest.fixture(autouse=True)
def signed_in(monkeypatch):
    """Commands that change data sign in; scripts name their operator in DVC_OPERATOR."""
    monkeypatch.setenv("DVC_OPERATOR", "山田 花子")


@pytest.fixture
def db_with_volunteer(workspace, db_path):
    with workspace.transaction() as s:
        v = Volunteer(code=workspace.new_codes(s, "V")[0], name="山田 太郎", kana="やまだ たろう", age=16)
        s.add(v)
    workspace.close()  # the CLI takes the single-writer lock itself
    return db_path, v


def run(capsys, db_path, *argv):
    code = main(["--db", str(db_path), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_check_in_twice_then_out_as_json(capsys, db_with_volunteer):
    db, v = db_with_volunteer
    payload = make_payload("KG", "V", v.id)
    code, out, _ = run(capsys, db, "checkin", payload, "--json")
    data = json.loads(out)
    assert code == 0
    assert set(data) == {"result", "volunteer", "warnings", "message"}
    assert data["result"] == "checked_in"
    assert data["volunteer"] == {"id": str(v.id), "code": v.code, "name": "山田 太郎"}
    assert data["warnings"] == ["no_insurance", "minor", "minor_without_guardian_consent"]
    assert data["message"] == "受付しました：山田 太郎 さん（1日目）"

    code, out, _ = run(capsys, db, "checkin", v.code, "--json")
    assert code == 0 and json.loads(out)["result"] == "already_checked_in"
    assert "本日すでに受付済み" in json.loads(out)["message"]

    code, out, _ = run(capsys, db, "checkout", payload, "--json")
    assert code == 0 and json.loads(out)["result"] == "checked_out"


def test_refusals_exit_1_with_null_volunteer(capsys, db_with_volunteer):
    db, v = db_with_volunteer
    cases = {
        "garbage": "invalid",
        make_payload("MT", "V", uuid.uuid4()): "unknown",
        make_payload("KG", "S", uuid.uuid4()): "unregistered",
    }
    for payload, expected in cases.items():
        code, out, err = run(capsys, db, "checkin", payload, "--json")
        data = json.loads(out)
        assert code == 1, payload
        assert data["result"] == expected and data["volunteer"] is None and data["warnings"] == []
        assert data["message"] and "Traceback" not in err
    code, out, _ = run(capsys, db, "checkout", v.code, "--json")
    data = json.loads(out)
    assert code == 1 and data["result"] == "not_checked_in" and data["volunteer"]["code"] == v.code
    assert "受付していない" in data["message"]


def test_over_capacity_needs_yes(capsys, db_with_volunteer, monkeypatch):
    from dvc.services.core.workspace import open_workspace

    db, v = db_with_volunteer
    with open_workspace(db) as ws:
        checkin.set_daily_capacity(ws, capacity=1)
        with ws.transaction() as s:
            early = Volunteer(code=ws.new_codes(s, "V")[0], name="先着 一番", kana="せんちゃく いちばん")
            s.add(early)
        assert checkin.check_in(ws, scanned=early.code).result == "checked_in"
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, out, _ = run(capsys, db, "checkin", v.code, "--json")
    assert code == 1 and json.loads(out)["result"] == "over_capacity"
    code, out, err = run(capsys, db, "checkin", v.code)
    assert code == 1 and "上限" in err
    code, out, _ = run(capsys, db, "checkin", v.code, "--yes", "--json")
    assert code == 0 and json.loads(out)["result"] == "checked_in"


def test_human_output_names_the_group_and_warnings(capsys, db_with_volunteer):
    db, v = db_with_volunteer
    code, out, _ = run(capsys, db, "checkin", v.code)
    assert code == 0
    assert "受付しました" in out and "未成年" in out
