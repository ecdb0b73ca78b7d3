"""`dvc exchange` end to end: two councils on a drill day, both ways through files, preview, a conflict, the same result."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlmodel import select

from dvc.cli import main
from dvc.services.drill.scenario import DrillSpec, create_drill
from dvc.services.core.setup import create_database
from dvc.services.core.workspace import open_workspace
from dvc.store.tables import Need, Volunteer


HEAD = "訓練 管理者"  # the drill's center head; the other databases are made with the same name


def dvc(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


@pytest.fixture(autouse=True)
def signed_in(monkeypatch):
    """Every command that changes data signs in; a script names its operator in DVC_OPERATOR."""
    monkeypatch.setenv("DVC_OPERATOR", HEAD)


def as_json(capsys) -> dict:
    return json.loads(capsys.readouterr().out)


def test_two_councils_exchange_a_drill_day_both_ways(tmp_path, capsys):
    koganei, mitaka = tmp_path / "koganei.db", tmp_path / "mitaka.db"
    create_drill(koganei, DrillSpec(volunteers=120, needs=12, seed=3))
    create_database(mitaka, council="mitaka", drill=True, operator_name=HEAD).close()
    with open_workspace(koganei) as ws, ws.transaction() as s:
        shared = s.exec(select(Need).order_by(Need.code)).all()[:3]
        for need in shared:
            need.shared_with_block = True
            s.add(need)
        consenting = len(s.exec(select(Volunteer).where(Volunteer.block_share_consent == True)).all())  # noqa: E712
        need_code = shared[0].code
    for db, name in ((koganei, "k"), (mitaka, "m")):
        assert dvc(db, "exchange", "identity", "--out", str(tmp_path / f"{name}.dvcid"), "--json") == 0
        capsys.readouterr()
    assert dvc(koganei, "exchange", "trust", str(tmp_path / "m.dvcid"), "--yes", "--json") == 0
    assert as_json(capsys)["council"] == "mitaka"
    assert dvc(mitaka, "exchange", "trust", str(tmp_path / "k.dvcid"), "--yes") == 0
    capsys.readouterr()

    assert dvc(koganei, "exchange", "export", "--peer", "mitaka", "--out", str(tmp_path / "k1.dvcx"), "--json") == 0
    assert as_json(capsys)["full"] is True
    assert dvc(mitaka, "exchange", "import", str(tmp_path / "k1.dvcx"), "--dry-run", "--json") == 0
    preview = as_json(capsys)
    assert preview["dry_run"] and preview["tables"]["need"]["new"] == 3
    assert preview["tables"]["volunteer"]["new"] == consenting
    assert dvc(mitaka, "exchange", "import", str(tmp_path / "k1.dvcx"), "--json") == 0
    assert as_json(capsys)["totals"]["new"] == preview["totals"]["new"]

    # Both councils change the same forwarded need; mitaka's change is the later one.
    for db, headcount in ((koganei, 41), (mitaka, 61)):
        with open_workspace(db) as ws, ws.transaction() as s:
            need = s.exec(select(Need).where(Need.code == need_code)).one()
            need.headcount = headcount
            s.add(need)
    assert dvc(mitaka, "exchange", "export", "--peer", "koganei", "--out", str(tmp_path / "m1.dvcx")) == 0
    assert dvc(koganei, "exchange", "import", str(tmp_path / "m1.dvcx"), "--json") == 0
    out = capsys.readouterr().out
    result = json.loads(out[out.index("{"):])
    assert result["tables"]["need"]["conflicts"] == 1, result["tables"]
    assert result["conflicts"][0]["differences"] == [{"field": "headcount", "local": 41, "incoming": 61}]
    assert dvc(koganei, "exchange", "conflicts", "--json") == 0
    conflict = as_json(capsys)["conflicts"][0]
    assert dvc(koganei, "exchange", "reverse", conflict["id"], "--yes") == 0
    capsys.readouterr()
    assert dvc(koganei, "exchange", "export", "--peer", "mitaka", "--out", str(tmp_path / "k2.dvcx"), "--json") == 0
    assert as_json(capsys)["full"] is False
    assert dvc(mitaka, "exchange", "import", str(tmp_path / "k2.dvcx")) == 0
    capsys.readouterr()

    rows = []
    for db in (koganei, mitaka):
        with open_workspace(db) as ws, ws.session() as s:
            rows.append({n.code: (n.headcount, n.updated_at, n.status) for n in s.exec(
                select(Need).where(Need.shared_with_block == True))})  # noqa: E712
    assert rows[0] == rows[1] and rows[0][need_code][0] == 41
    assert dvc(mitaka, "exchange", "source", need_code, "--json") == 0
    assert as_json(capsys)["source_council"] == "koganei"


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 broken", "住所録".encode()])
def test_a_refused_file_exits_1_with_a_japanese_message(tmp_path, capsys, content):
    db = tmp_path / "k.db"
    create_database(db, council="koganei", operator_name=HEAD).close()
    bad = tmp_path / "bad.dvcx"
    bad.write_bytes(content)
    assert dvc(db, "exchange", "import", str(bad), "--json") == 1
    captured = capsys.readouterr()
    assert "何も取り込んでいません" in captured.err and "Traceback" not in captured.err
    assert captured.out == ""


def test_trust_without_yes_in_a_script_is_refused(tmp_path, capsys, monkeypatch):
    here, there = tmp_path / "here.db", tmp_path / "there.db"
    create_database(here, council="koganei", operator_name=HEAD).close()
    create_database(there, council="chofu", operator_name=HEAD).close()
    assert dvc(there, "exchange", "identity", "--out", str(tmp_path / "c.dvcid")) == 0
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert dvc(here, "exchange", "trust", str(tmp_path / "c.dvcid")) == 1
    captured = capsys.readouterr()
    assert "フィンガープリント" in captured.out and "--yes" in captured.err
    assert dvc(here, "exchange", "peers", "--json") == 0
    assert as_json(capsys)["peers"] == []


def test_the_import_preview_names_kinds_of_record_not_tables(tmp_path, capsys):
    """Issue 18: the preview listed volunteer_group, loan… as the database calls them."""
    from tests.services.seed import seed

    first, second = tmp_path / "koganei1.db", tmp_path / "koganei2.db"
    with create_database(first, council="koganei", drill=True, operator_name=HEAD) as ws:
        ws.operator = HEAD
        seed(ws)
    create_database(second, council="koganei", device_number=2, drill=True, operator_name=HEAD).close()
    for db, name in ((first, "1"), (second, "2")):
        assert dvc(db, "exchange", "identity", "--out", str(tmp_path / f"{name}.dvcid")) == 0
    assert dvc(first, "exchange", "trust", str(tmp_path / "2.dvcid"), "--yes") == 0
    assert dvc(second, "exchange", "trust", str(tmp_path / "1.dvcid"), "--yes") == 0
    assert dvc(first, "exchange", "export", "--peer", "koganei", "--out", str(tmp_path / "b.dvcx")) == 0
    capsys.readouterr()
    assert dvc(second, "exchange", "import", str(tmp_path / "b.dvcx"), "--dry-run") == 0
    kinds = [line.split("\t")[0] for line in capsys.readouterr().out.splitlines() if "\t" in line][1:]
    assert {"ボランティア", "団体", "受付（出欠）", "貸出"} <= set(kinds), kinds
    assert not {"volunteer_group", "loan", "attendance"} & set(kinds)
