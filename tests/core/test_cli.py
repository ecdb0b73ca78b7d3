"""The dvc command as a script sees it: exit codes, JSON, messages without tracebacks."""

import json
import subprocess
import sys

from dvc.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_then_info_as_json(capsys, db_path):
    code, out, _ = run(capsys, "--db", str(db_path), "init", "--council", "koganei", "--operator", "山田", "--json")
    assert code == 0
    assert json.loads(out)["short"] == "KG"
    code, out, _ = run(capsys, "--db", str(db_path), "info", "--json")
    data = json.loads(out)
    assert code == 0
    assert data["council_name"] == "小金井市社会福祉協議会"
    assert data["counts"]["volunteers"] == 0


def test_refusal_is_exit_1_with_a_japanese_message(capsys, db_path):
    run(capsys, "--db", str(db_path), "init", "--council", "koganei")
    code, out, err = run(capsys, "--db", str(db_path), "init", "--council", "koganei")
    assert code == 1
    assert "Traceback" not in err
    assert "上書き" in err


def test_refusal_in_english_with_an_english_locale(capsys, db_path, monkeypatch):
    monkeypatch.delenv("DVC_LANG")
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    code, _, err = run(capsys, "--db", str(db_path / "missing" / "x.db"), "info")
    assert code == 1
    assert "There is no database" in err


def test_missing_database_is_a_refusal_not_a_crash(capsys, tmp_path):
    code, _, err = run(capsys, "--db", str(tmp_path / "none.db"), "info")
    assert code == 1
    assert err.strip() and "Traceback" not in err


def test_help_is_japanese_by_default_and_english_on_request():
    ja = subprocess.run([sys.executable, "-m", "dvc", "--help"], capture_output=True, text=True, check=True)
    assert "使い方" in ja.stdout or "データベース" in ja.stdout
    en = subprocess.run([sys.executable, "-m", "dvc", "--lang", "en", "--help"], capture_output=True, text=True, check=True)
    assert "database" in en.stdout


def test_usage_error_is_exit_2(capsys):
    try:
        main(["init"])
    except SystemExit as exc:
        assert exc.code == 2
    else:
        raise AssertionError("missing --council accepted")


def test_subcommand_usage_has_one_prefix():
    out = subprocess.run([sys.executable, "-m", "dvc", "drill", "new", "--help"], capture_output=True, text=True, check=True).stdout
    assert out.count("使い方") == 1


def test_drill_new_then_screenshots_without_naming_a_database(capsys, tmp_path):
    code, _, _ = run(capsys, "drill", "new", "--volunteers", "30", "--needs", "5", "--seed", "2")
    assert code == 0
    code, out, err = run(capsys, "screenshots", str(tmp_path / "shots"), "--json")
    assert code == 0, err
    files = json.loads(out)["files"]
    assert len(files) >= 6
    assert "propagateSizeHints" not in err


def test_a_reader_that_stops_early_gets_no_traceback(db_path):
    """``dvc ... | head``: the pipe closes before the output ends; the user sees no Python traceback."""
    subprocess.run([sys.executable, "-m", "dvc", "--db", str(db_path), "init", "--council", "koganei"],
                   capture_output=True, check=True)
    # --help of the whole command is long enough to fill a pipe nobody reads
    proc = subprocess.Popen([sys.executable, "-c",
                             "import sys; from dvc.cli import main; sys.stdout.reconfigure(line_buffering=True);"
                             "sys.exit(main(['--db', sys.argv[1], 'info']))", str(db_path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # the reader has gone before the first line
    _, err = proc.communicate(timeout=60)
    assert b"Traceback" not in err
