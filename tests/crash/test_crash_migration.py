"""Kill dvc while it brings a database of every older schema up to date: never a file that cannot be opened.

A kill lands anywhere: during the copy made before migrating, inside the migrations (table rebuilds, the
search-text update) or after the commit. Whatever the moment, the next start opens the file at the newest
schema with every row it had. A few trials by default; `bash scripts/test.sh -m slow tests/crash` runs 30 for
each older revision (270 with 0001-0009 behind 0010).
"""

from __future__ import annotations

import json
import shutil

import pytest

from dvc.store import migrate
from dvc.store.database import open_database
from tests.crash.harness import kill_a_copy, time_full_run
from tests.recovery.old_databases import counts, database_at, fill, leftovers, older_revisions, revision_of

QUICK, SLOW = 3, 30 * len(older_revisions())  # 30 kills for each older revision
# A few seeds in the default suite (three revisions); the slow suite's seeds are others.
SEEDS = [*(n * 3 for n in range(QUICK)), *(pytest.param(1000 + n, marks=pytest.mark.slow) for n in range(SLOW))]
ROWS = {"volunteer": 8000, "attendance": 8000, "need": 2000, "equipment": 1500, "loan": 1500, "audit_event": 4000}


class OldDatabases:
    """A database at each older revision (made on first use) and how long its migration takes undisturbed."""

    def __init__(self, folder) -> None:  # noqa: ANN001
        self.folder = folder
        self.made: dict[str, tuple] = {}

    def at(self, revision: str):  # noqa: ANN201
        if revision not in self.made:
            path = database_at(self.folder / f"at-{revision}.db", revision)
            before = fill(path, ROWS)
            scratch = self.folder / f"timing-{revision}.db"
            shutil.copy(path, scratch)
            self.made[revision] = (path, before, time_full_run("migrate", scratch, scratch))
        return self.made[revision]


@pytest.fixture(scope="module")
def old_databases(tmp_path_factory):
    return OldDatabases(tmp_path_factory.mktemp("old-schemas"))


@pytest.fixture(scope="module")
def tally(tmp_path_factory):
    """Where each trial's outcome is written (one JSON line), for the figures of a long run."""
    return tmp_path_factory.getbasetemp() / "migration-kills.jsonl"


def _trial(old_databases, tally, tmp_path, seed: int) -> None:
    revisions = older_revisions()
    revision = revisions[seed % len(revisions)]
    fresh, before, seconds = old_databases.at(revision)
    db = tmp_path / "center.db"
    trial = kill_a_copy("migrate", fresh, db, copy=db, seed=seed, seconds=seconds)
    left_at = revision_of(db)
    assert left_at in (revision, migrate.head_revision()), f"half migrated: {left_at}"
    if trial.confirmed:
        assert left_at == migrate.head_revision()
    open_database(db).close()  # not bricked: the next start opens it and finishes the upgrade
    assert revision_of(db) == migrate.head_revision()
    assert leftovers(db) == []
    if left_at == revision:
        # It migrated again, making a new copy first: a copy the kill cut short is gone.
        assert list((db.parent / "backups").glob("*.partial")) == []
    after = counts(db)
    assert {t: after[t] for t in before} == before  # 0 rows lost
    with tally.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"seed": seed, "revision": revision, "killed": trial.killed, "left_at": left_at,
                             "after_s": round(trial.seconds_before_kill, 3), "run_s": round(seconds, 3)}) + "\n")


@pytest.mark.parametrize("seed", SEEDS)
def test_a_killed_migration_never_bricks_the_database(old_databases, tally, tmp_path, seed):
    _trial(old_databases, tally, tmp_path, seed)
