"""Kill `dvc restore` at random moments over a database whose -wal still holds committed check-ins.

Whatever the moment, the next start finds either the old database with every check-in, or the restored one
with the old database and its -wal kept whole in backups/: never the old main file without its -wal (the
check-ins gone without a word), never a mix. A few trials by default; `bash scripts/test.sh -m slow tests/crash`
runs 200.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from dvc.services.drill.scenario import DrillSpec, create_drill
from dvc.services.reception.checkin import check_in
from dvc.services.safekeeping.backup import aside_copies, make_backup
from dvc.services.core.workspace import open_workspace
from dvc.store import swap
from dvc.store.database import open_database
from tests.crash.harness import integrity, run_and_kill, time_full_run
from tests.recovery.wal import attendance, check_in_and_vanish, codes_not_checked_in

QUICK, SLOW = 3, 200
SEEDS = [*range(QUICK), *(pytest.param(1000 + n, marks=pytest.mark.slow) for n in range(SLOW))]
IN_THE_MAIN_FILE, IN_THE_WAL = 10, 40


@pytest.fixture(scope="module")
def restore_case(tmp_path_factory):
    """A morning's database: a backup taken at opening, 10 check-ins in the main file, then 40 more only in its
    -wal file (so the main file without its -wal holds neither the backup's count nor the live one)."""
    tmp = tmp_path_factory.mktemp("restore")
    live = tmp / "live" / "center.db"
    live.parent.mkdir()
    create_drill(live, DrillSpec(volunteers=3000, needs=200, checked_in=0, seed=11))
    with open_workspace(live) as ws:
        backup = make_backup(ws, out=tmp / "opening.db").path
        ws.operator = "crash test"
        for code in codes_not_checked_in(live, IN_THE_MAIN_FILE):
            check_in(ws, scanned=code)
    shutil.rmtree(live.parent / "backups", ignore_errors=True)
    check_in_and_vanish(live, codes_not_checked_in(live, IN_THE_WAL))
    before, restored = attendance(live), attendance(backup)
    assert before == restored + IN_THE_MAIN_FILE + IN_THE_WAL
    scratch = tmp / "timing"
    shutil.copytree(live.parent, scratch)
    seconds = time_full_run("restore", scratch / "center.db", backup)
    return live.parent, backup, before, restored, seconds


def _trial(restore_case, tally: Path, tmp_path: Path, seed: int) -> None:
    source, backup, before, restored, seconds = restore_case
    folder = tmp_path / "laptop"
    shutil.copytree(source, folder)  # the main file with its -wal (and -shm), as the laptop has them
    db = folder / "center.db"
    trial = run_and_kill("restore", db, backup, rng=random.Random(seed), longest=seconds * 1.1)
    state = "journal" if swap.pending(db) else "clean"
    open_database(db).close()  # the next start: finishes a decided restore, else leaves the old database
    assert integrity(db) == "ok"
    assert not swap.pending(db) and not swap.incoming_path(db).exists()
    now = attendance(db)
    kept = aside_copies(db)
    if trial.confirmed:
        assert now == restored
    assert now in (before, restored), f"a mix: {now}"
    if now == restored:
        # The old database is kept with every check-in its -wal held: 0 lost.
        assert len(kept) == 1 and attendance(kept[0]) == before
    else:
        assert kept == []
    with tally.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"seed": seed, "killed": trial.killed, "left": state,
                             "outcome": "restored" if now == restored else "old",
                             "after_s": round(trial.seconds_before_kill, 3), "run_s": round(seconds, 3)}) + "\n")


@pytest.fixture(scope="module")
def tally(tmp_path_factory):
    return tmp_path_factory.getbasetemp() / "restore-kills.jsonl"


@pytest.mark.parametrize("seed", SEEDS)
def test_a_killed_restore_is_all_or_nothing(restore_case, tally, tmp_path, seed):
    _trial(restore_case, tally, tmp_path, seed)
