"""Restore is all or nothing, works over a damaged file and keeps the old one aside with its -wal.

The kills are in tests/crash/test_crash_restore.py; here each step a kill could stop at is made on purpose.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from dvc.cli import main as dvc_main
from dvc.services.core.setup import create_database
from dvc.services.core.workspace import DamagedDatabase, open_workspace
from dvc.services.safekeeping.backup import latest_good_backup, make_backup, restore
from dvc.store import swap
from dvc.store.copies import copy_database
from dvc.store.database import open_database
from tests.rawdb import key_file
from tests.recovery.peek import peek
from tests.recovery.wal import attendance, check_in_and_vanish, codes_not_checked_in
from tests.services.seed import seed

CHECKED_IN_BY_SEED = 3


@pytest.fixture
def damaged(tmp_path):
    """A center's database with 3 check-ins and a backup of it (to be damaged by the test)."""
    db = tmp_path / "center.db"
    with create_database(db, council="koganei", operator_name="山田 花子") as ws:
        seed(ws)
        backup = make_backup(ws).path
    return db, backup


@pytest.fixture
def center(damaged):
    """The same, with 2 more check-ins since the backup left in the -wal file."""
    db, backup = damaged
    check_in_and_vanish(db, codes_not_checked_in(db, 2))
    assert attendance(db) == CHECKED_IN_BY_SEED + 2
    return db, backup


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_restore_keeps_the_check_ins_still_in_the_old_wal(center):
    db, backup = center
    aside = restore(backup, db)
    assert attendance(db) == CHECKED_IN_BY_SEED
    assert aside.parent.name.startswith("center-before-restore-")
    assert Path(str(aside) + "-wal").exists()  # moved with its main file, not left behind or deleted
    assert key_file(aside).exists()  # its sealed key went with it, so it still opens here (issue 16)
    assert attendance(aside) == CHECKED_IN_BY_SEED + 2
    open_workspace(db).close()


def _damage(db: Path, how: str) -> None:
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    if how == "page-1":
        with open(db, "r+b") as fh:
            fh.seek(100)
            fh.write(os.urandom(3000))
    elif how == "truncated":
        os.truncate(db, db.stat().st_size // 2)
    elif how == "empty":
        os.truncate(db, 0)
    elif how == "header":
        with open(db, "r+b") as fh:
            fh.write(b"\0" * 100)


DAMAGE = ["page-1", "truncated", "empty", "header"]


@pytest.mark.parametrize("how", DAMAGE)
def test_a_damaged_file_is_called_damaged(damaged, how):
    db, _ = damaged
    _damage(db, how)
    before = _digest(db)
    with pytest.raises(DamagedDatabase):
        open_workspace(db)
    assert _digest(db) == before  # not "set up" as a new database, not written to


@pytest.mark.parametrize("how", DAMAGE)
def test_restore_works_over_a_damaged_file_and_keeps_it_as_it_was(damaged, how):
    db, backup = damaged
    _damage(db, how)
    before = _digest(db)
    aside = restore(backup, db)
    assert _digest(aside) == before
    with open_workspace(db) as ws:
        assert ws.identity.council_code == "koganei"
    assert attendance(db) == CHECKED_IN_BY_SEED


@pytest.mark.parametrize("how", ["page-1", "empty"])
def test_the_command_line_restores_over_a_damaged_file(damaged, how, capsys, monkeypatch):
    # The center head signs in against the backup's staff list: the damaged file's cannot be read.
    monkeypatch.setenv("DVC_OPERATOR", "山田 花子")
    db, backup = damaged
    _damage(db, how)
    assert dvc_main(["--db", str(db), "info"]) == 1
    said = capsys.readouterr().err
    assert "Traceback" not in said and "破損" in said
    assert dvc_main(["--db", str(db), "restore", str(backup), "--yes"]) == 0
    assert dvc_main(["--db", str(db), "info"]) == 0


def test_the_latest_good_backup_skips_a_damaged_one(damaged):
    db, good = damaged
    later = good.with_name(good.name.replace("manual", "auto"))
    shutil.copy(good, later)
    os.utime(later, (later.stat().st_mtime + 60,) * 2)
    _damage(later, "page-1")
    found = latest_good_backup(db)
    assert found is not None and found.path == good and found.council == "koganei"


# Where a kill can stop a restore once its journal is written: each step, made by hand.
STEPS = ["journal", "wal-moved", "shm-moved", "main-moved", "incoming-in-place"]


@pytest.mark.parametrize("step", STEPS)
def test_a_restore_stopped_at_any_step_is_finished_by_the_next_open(center, step):
    db, backup = center
    old = {suffix: _digest(Path(str(db) + suffix)) for suffix in ("", "-wal") if Path(str(db) + suffix).exists()}
    incoming = swap.incoming_path(db)
    copy_database(backup, incoming)
    aside = db.parent / "backups" / "center-before-restore-by-hand"
    journal = swap.journal_path(db)
    journal.write_text(f'{{"incoming": "{incoming.name}", "aside": "{aside}"}}', encoding="utf-8")
    moves = STEPS.index(step)
    aside.mkdir(parents=True)
    for suffix in ("-wal", "-shm", "")[:moves]:
        if Path(str(db) + suffix).exists():
            os.replace(str(db) + suffix, aside / f"center.db{suffix}")
    if step == "incoming-in-place":
        os.replace(incoming, db)
    with pytest.raises(Exception):
        open_workspace(db, read_only=True)  # a reader waits for the writer to finish it
    open_database(db).close()
    assert not journal.exists() and not incoming.exists()
    assert attendance(db) == CHECKED_IN_BY_SEED
    assert {s: _digest(aside / f"center.db{s}") for s in old} == old  # the old file and its -wal, as they were
    assert attendance(aside / "center.db") == CHECKED_IN_BY_SEED + 2


def test_the_open_that_finishes_a_restore_locks_the_file_it_put_in_place(center):
    import multiprocessing

    from tests.core.test_database import _try_open

    db, backup = center
    copy_database(backup, swap.incoming_path(db))
    swap.journal_path(db).write_text(
        f'{{"incoming": "{swap.incoming_path(db).name}", "aside": "{db.parent / "backups" / "aside"}"}}',
        encoding="utf-8")
    with open_database(db):
        link = db.with_name("another-name.db")
        os.link(db, link)
        spawn = multiprocessing.get_context("spawn")
        queue = spawn.Queue()
        proc = spawn.Process(target=_try_open, args=(link, queue))
        proc.start()
        proc.join(60)
        assert queue.get(timeout=5) == "locked"


def test_a_copy_that_never_got_its_journal_changes_nothing(center):
    db, backup = center
    incoming = swap.incoming_path(db)
    shutil.copy(backup, incoming)
    open_database(db).close()
    assert not incoming.exists()
    assert attendance(db) == CHECKED_IN_BY_SEED + 2


def test_restore_refuses_while_the_database_is_open(center):
    db, backup = center
    with open_workspace(db):
        with pytest.raises(Exception, match="already open"):
            restore(backup, db)
    con = peek(db, write=True)
    assert con.execute("SELECT count(*) FROM attendance").fetchone()[0] == CHECKED_IN_BY_SEED + 2
    con.close()


def test_purging_personal_data_also_removes_a_database_a_restore_put_aside(center):
    from dvc.services.safekeeping.privacy import delete_backups

    db, backup = center
    aside = restore(backup, db)
    assert delete_backups(db) >= 2  # the backup and the folder holding the old main file with its -wal
    assert not aside.parent.exists()
