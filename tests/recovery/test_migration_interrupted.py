"""A migration stopped part way (out of room, an old dvc's kill) never leaves a file that cannot be opened.

The kills themselves are in tests/crash/test_crash_migration.py; these make the interruption happen for sure.
"""

from __future__ import annotations

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from dvc.store import migrate
from dvc.store.database import make_engine, open_database
from tests.recovery.old_databases import counts, database_at, fill, leftovers, older_revisions, revision_of
from tests.recovery.peek import peek

# 0005 rebuilds the equipment table through _alembic_tmp_equipment (its new column has an SQL default).
REBUILDS_EQUIPMENT = [r for r in older_revisions() if r < "0005"]


def _short_of_room(engine, pages: int) -> None:
    """Every connection may grow the file by only a few pages: SQLite answers SQLITE_FULL, as on a full disk."""
    event.listen(engine, "connect", lambda dbapi, _record: dbapi.execute(f"PRAGMA max_page_count={pages}"))


def _page_count(path) -> int:
    con = peek(path, write=True)
    try:
        return con.execute("PRAGMA page_count").fetchone()[0]
    finally:
        con.close()


@pytest.mark.parametrize("revision", REBUILDS_EQUIPMENT)
def test_a_migration_that_runs_out_of_room_leaves_the_file_as_it_was(tmp_path, revision):
    path = database_at(tmp_path / f"at-{revision}.db", revision)
    before = fill(path, {"equipment": 3000})
    engine = make_engine(path)
    _short_of_room(engine, _page_count(path) + 2)  # room for the new table, not for its rows
    with pytest.raises(OperationalError, match="full"):
        migrate.upgrade(engine, None)
    engine.dispose()
    assert leftovers(path) == []  # the old code committed CREATE TABLE _alembic_tmp_equipment on its own
    assert revision_of(path) == revision
    db = open_database(path)  # the next start migrates as if nothing had happened
    db.close()
    after = counts(path)
    assert {t: after[t] for t in before} == before
    assert revision_of(path) == migrate.head_revision()


@pytest.mark.parametrize("revision", REBUILDS_EQUIPMENT)
def test_a_table_left_half_rebuilt_by_an_earlier_dvc_is_cleared_on_the_next_start(tmp_path, revision):
    """What dvc before this fix left after 3 kills in 40: _alembic_tmp_equipment beside the intact table."""
    path = database_at(tmp_path / f"at-{revision}.db", revision)
    before = fill(path, {"equipment": 50})
    con = peek(path, write=True)
    con.execute("CREATE TABLE _alembic_tmp_equipment AS SELECT * FROM equipment WHERE 0")
    con.commit()
    con.close()
    db = open_database(path)
    db.close()
    assert leftovers(path) == []
    after = counts(path)
    assert {t: after[t] for t in before} == before
    assert revision_of(path) == migrate.head_revision()


def test_a_leftover_whose_table_is_gone_is_not_guessed_at(tmp_path):
    """Only a leftover beside its intact table is dropped; anything else stops with the backup untouched."""
    path = database_at(tmp_path / "odd.db", "0004")
    con = peek(path, write=True)
    con.execute("CREATE TABLE _alembic_tmp_nothing_like_this (id INTEGER)")
    con.commit()
    con.close()
    with pytest.raises(migrate.MigrationError):
        open_database(path)
    assert revision_of(path) == "0004"


def test_a_file_an_earlier_dvc_left_half_migrated_gets_a_message_not_a_traceback(tmp_path, capsys):
    """Before migrations were one transaction, a kill could leave 0002's new column without 0002's version:
    every start then failed on "duplicate column name". Now it says to put back the copy made before."""
    from dvc.cli import main

    path = database_at(tmp_path / "half.db", "0001")
    con = peek(path, write=True)
    con.execute("ALTER TABLE need ADD COLUMN phone_key VARCHAR(30) NOT NULL DEFAULT ''")
    con.commit()
    con.close()
    assert main(["--db", str(path), "backup"]) == 1
    said = capsys.readouterr().err
    assert "before-migration" in said and "Traceback" not in said and "duplicate" not in said
    assert revision_of(path) == "0001"
