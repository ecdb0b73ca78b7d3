"""One database, one writer, whatever the path; and the commands that only look work beside it, never writing."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from dvc.cli import main as dvc_main
from dvc.services.core.setup import create_database
from dvc.services.core.workspace import open_workspace
from dvc.store.tables import Setting
from tests.recovery.app_process import app_open
from tests.recovery.wal import attendance
from tests.services.seed import seed

SEEDED_CHECK_INS = 3


@pytest.fixture
def center(tmp_path):
    db = tmp_path / "center.db"
    with create_database(db, council="koganei", operator_name="山田 花子") as ws:
        people = seed(ws).volunteers
    return db, people["髙橋 美咲"].code, people["田中 健"].code


def test_a_hard_link_to_an_open_database_gets_no_second_writer(center, capsys, monkeypatch):
    monkeypatch.setenv("DVC_OPERATOR", "山田 花子")  # check-in signs in, as a script does
    db, first, second = center
    link = db.with_name("same-file.db")
    os.link(db, link)
    with app_open(db, first):
        assert dvc_main(["--db", str(link), "checkin", second]) == 1
        assert "別の" in capsys.readouterr().err  # "already open in another dvc window or command"
        wal = Path(str(link) + "-wal")
        assert not wal.exists() or wal.stat().st_size == 0  # nothing written through a -wal of its own
    assert attendance(db) == SEEDED_CHECK_INS + 1
    # Once the app has closed, the other name opens as usual.
    assert dvc_main(["--db", str(link), "checkin", second]) == 0
    assert attendance(db) == SEEDED_CHECK_INS + 2


def test_the_same_file_by_a_differently_spelled_path_is_refused_too(center):
    db, first, _ = center
    (db.parent / "sub").mkdir()
    with app_open(db, first):
        assert dvc_main(["--db", str(db.parent / "sub" / ".." / db.name), "backup"]) == 1


def _files(folder: Path) -> dict[str, str]:
    """Every file's bytes, but SQLite's -shm (its shared lock memory, where every reader marks what it reads)
    and an empty -wal (which SQLite makes at any open of a database in WAL mode): neither holds data."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())
            if p.is_file() and not p.name.endswith("-shm") and not (p.name.endswith("-wal") and not p.stat().st_size)}


READERS = [
    ["info", "--json"],
    ["report", "daily", "--out", "{out}/nippo.csv"],
    ["report", "range", "--from", "2020-01-01", "--to", "2020-01-02", "--out", "{out}/range.csv"],
    ["teams", "list", "--json"],
    ["overdue", "--json"],
    ["closing", "--json"],
    ["needs", "list", "--json"],
    ["sync", "status", "--json"],
]


def test_commands_that_only_look_work_while_the_app_is_open_and_write_nothing(center, tmp_path, capsys):
    db, first, _ = center
    out = tmp_path / "out"
    out.mkdir()
    with app_open(db, first):
        before = _files(db.parent)
        for command in READERS:
            rc = dvc_main(["--db", str(db), *[part.format(out=out) for part in command]])
            said = capsys.readouterr()
            # (closing exits 1 while people are still checked in: its answer, not a refusal)
            assert rc in (0, 1) and said.err.strip() == "", (command, said.err)
            if command[0] == "info":
                # The app's check-in, still only in its -wal file, is seen.
                assert json.loads(said.out)["counts"]["attendance"] == SEEDED_CHECK_INS + 1
        assert _files(db.parent) == before  # the database and its -wal byte for byte; no new file
    assert sorted(p.name for p in out.iterdir()) == ["nippo.csv", "range.csv"]


def test_a_workspace_opened_for_reading_cannot_write(center):
    db, _, _ = center
    with open_workspace(db, read_only=True) as ws:
        with pytest.raises(Exception, match="readonly"):
            with ws.transaction() as s:
                s.add(Setting(key="x", value="y"))


def test_a_reader_leaves_an_older_database_for_the_writer_to_update(tmp_path, capsys):
    from tests.recovery.old_databases import database_at

    db = database_at(tmp_path / "old.db", "0004")
    before = _files(tmp_path)
    assert dvc_main(["--db", str(db), "info"]) == 1
    assert "Traceback" not in capsys.readouterr().err
    assert _files(tmp_path) == before
