"""Kill dvc while it encrypts a plain council database on first open: nothing is lost, no plain copy stays behind.

A handful of trials run by default; `bash scripts/test.sh -m slow tests/crash` runs 200.
"""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from dvc.services.core.workspace import open_workspace
from dvc.services.drill.scenario import DrillSpec, create_drill
from dvc.store import cipher
from tests.crash.harness import kill_a_copy, time_full_run
from tests.rawdb import raw_connect

QUICK, SLOW = 3, 200
SEEDS = [*range(QUICK), *(pytest.param(1000 + n, marks=pytest.mark.slow) for n in range(SLOW))]


@pytest.fixture(scope="module")
def plain_case(tmp_path_factory):
    """A council's plain database as an earlier dvc left it, with 3,000 people and a plain backup beside it."""
    tmp = tmp_path_factory.mktemp("conversion")
    db = tmp / "plain.db"
    create_drill(db, DrillSpec(volunteers=3000, needs=100, seed=8))
    con = sqlite3.connect(db)
    con.execute("UPDATE setting SET value = '0' WHERE key = 'drill'")
    con.commit()
    people = con.execute("SELECT count(*) FROM volunteer").fetchone()[0]
    con.close()
    scratch = tmp / "timing" / "plain.db"
    scratch.parent.mkdir()
    shutil.copy(db, scratch)
    return db, people, time_full_run("convert", scratch, scratch)


def _plain_copies(folder):  # noqa: ANN001, ANN202
    return [p for p in folder.glob("*.db") if not cipher.is_encrypted(p)] if folder.is_dir() else []


@pytest.mark.parametrize("seed", SEEDS)
def test_a_killed_conversion_loses_nothing(plain_case, tmp_path, seed):
    source, people, seconds = plain_case
    db = tmp_path / "center.db"
    trial = kill_a_copy("convert", source, db, copy=db, seed=seed, seconds=seconds)
    assert trial.confirmed == ["converted"] or trial.killed
    if trial.confirmed:
        assert cipher.is_encrypted(db)
    # The next start finishes the job, whatever the kill left: encrypted, everyone there, no plain copy.
    with open_workspace(db) as ws:
        assert ws.db.encrypted
    con = raw_connect(db)
    assert con.execute("SELECT count(*) FROM volunteer").fetchone()[0] == people
    con.close()
    assert _plain_copies(tmp_path / "backups") == []
    assert not list(tmp_path.glob("*.encrypted")) or not trial.confirmed
