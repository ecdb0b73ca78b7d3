"""`dvc volunteers import` as a script sees it: JSON, exit codes, the error file, Japanese messages."""

from __future__ import annotations

import pytest

import csv
import json

from dvc.cli import main
from dvc.services.safekeeping.protected_file import read_protected
from tests.reception.test_import import BAD, GOOD, HEADER, write_csv


@pytest.fixture(autouse=True)
def signed_in(monkeypatch):
    """Commands that change data sign in; scripts name their operator in DVC_OPERATOR."""
    monkeypatch.setenv("DVC_OPERATOR", "山田 花子")


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def init(capsys, db_path):
    assert run(capsys, "--db", str(db_path), "init", "--council", "koganei", "--operator", "山田 花子")[0] == 0


def test_dry_run_then_import_then_again(capsys, db_path, tmp_path):
    init(capsys, db_path)
    path = write_csv(tmp_path / "pre.csv", GOOD, encoding="cp932")
    code, out, _ = run(capsys, "--db", str(db_path), "volunteers", "import", str(path), "--dry-run", "--json")
    data = json.loads(out)
    assert code == 0 and data["new"] == 3 and data["applied"] is False and data["added"] == []
    code, out, _ = run(capsys, "--db", str(db_path), "volunteers", "import", str(path), "--json")
    data = json.loads(out)
    assert code == 0 and len(data["added"]) == 3 and data["applied"] is True
    code, out, _ = run(capsys, "--db", str(db_path), "volunteers", "import", str(path), "--json")
    data = json.loads(out)
    assert code == 0 and data["added"] == [] and [s["reason"] for s in data["skipped"]] == ["already_imported"] * 3
    code, out, _ = run(capsys, "--db", str(db_path), "info", "--json")
    assert json.loads(out)["counts"]["volunteers"] == 3


def test_bad_rows_in_japanese_and_in_the_error_file(capsys, db_path, tmp_path, monkeypatch):
    init(capsys, db_path)
    path = write_csv(tmp_path / "pre.csv", GOOD[:1] + BAD)
    errors = tmp_path / "errors.csv"
    monkeypatch.setenv("DVC_EXPORT_PASSPHRASE", "correct-horse-battery")
    code, out, _ = run(capsys, "--db", str(db_path), "volunteers", "import", str(path), "--errors", str(errors))
    assert code == 0 and not errors.exists()  # the rows are people's details: only the encrypted zip is written
    errors = tmp_path / "plain" / "errors.csv"
    errors.parent.mkdir()
    errors.write_bytes(read_protected(tmp_path / "errors.csv.zip", passphrase="correct-horse-battery")["errors.csv"])
    assert "  3行目: 未入力：氏名。" in out
    assert "  6行目 [性別]: 「たぶん」は性別として読めません" in out
    assert out.splitlines()[-1] == "ボランティア 1 人を取り込みました。"
    rows = list(csv.reader(errors.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:3] == ["行", "列", "理由"] and rows[0][3:] == HEADER
    assert [r[0] for r in rows[1:]] == ["3", "4", "5", "6", "7"]
    assert json.loads(run(capsys, "--db", str(db_path), "info", "--json")[1])["counts"]["volunteers"] == 1


def test_a_malformed_file_is_exit_1_without_a_traceback(capsys, db_path, tmp_path):
    init(capsys, db_path)
    path = tmp_path / "garbage.csv"
    path.write_bytes(bytes(range(256)) * 10)
    code, out, err = run(capsys, "--db", str(db_path), "volunteers", "import", str(path), "--json")
    assert code == 1 and out == "" and "Traceback" not in err
    assert "UTF-8" in err and "Shift_JIS" in err


def test_wrong_columns_name_the_missing_ones(capsys, db_path, tmp_path):
    init(capsys, db_path)
    path = write_csv(tmp_path / "pre.csv", [["a", "b"]], header=["名前のない列", "別の列"])
    code, _, err = run(capsys, "--db", str(db_path), "volunteers", "import", str(path))
    assert code == 1 and "ふりがな" in err and "生年月日/年齢" in err
