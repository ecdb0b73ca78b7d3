"""Empty database to head, and the tables match the migrations exactly."""

import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

import dvc.store.tables  # noqa: F401
from dvc.store import migrate
from dvc.store.database import make_engine, open_database
from tests.recovery.old_databases import fill


def test_empty_to_head(tmp_path):
    engine = make_engine(tmp_path / "m.db")
    assert migrate.current_revision(engine) is None
    migrate.upgrade(engine, tmp_path / "m.db")
    assert migrate.current_revision(engine) == migrate.head_revision()
    engine.dispose()


def test_autogenerate_finds_no_difference(tmp_path):
    engine = make_engine(tmp_path / "m.db")
    migrate.upgrade(engine, None)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), SQLModel.metadata)
    engine.dispose()
    assert diff == [], f"tables and migrations differ: run python -m dvc.store.revision: {diff}"


def test_a_database_behind_head_is_backed_up_before_migrating(tmp_path):
    from alembic import command

    path = tmp_path / "old.db"
    engine = make_engine(path)
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    if migrate.head_revision() == "0001":
        db = open_database(path)
        assert db.migration_backup is None
        db.close()
        return
    # A row written by the old schema must survive the later migrations.
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO need (id, origin, updated_at, deleted, code, received_at, channel, staff_name, requester_name,"
        " requester_kana, requester_phone, site_address, address_key, district, damage, work_types, headcount,"
        " estimated_days, required_skills, vehicle_needed, gender_preference, equipment, parking, toilet, vulnerable,"
        " priority, preferred_dates, status, status_reason, shared_with_block, notes)"
        " VALUES ('00000000000000000000000000000001', 'koganei', '', 0, 'N-KG1-0001-0', '2025-04-01 00:00:00',"
        " 'phone', '', '', '', '', '', '', '', '', '[]', 1, 1, '[]', '', 'any', '', '', '', '[]', 'medium', '',"
        " 'received', '', 0, '')"
    )
    con.commit()
    con.close()
    db = open_database(path)
    assert db.migration_backup is not None and db.migration_backup.exists()
    db.close()
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM need").fetchone() == (1,)
    assert con.execute("SELECT search_text FROM need").fetchone()[0].startswith("N-KG1-0001-0")
    con.close()


def test_a_newer_database_is_refused(tmp_path):
    path = tmp_path / "new.db"
    open_database(path, create=True).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    con.commit()
    con.close()
    try:
        open_database(path)
    except migrate.NewerSchemaError:
        pass
    else:
        raise AssertionError("a database from a newer dvc was opened")


def test_the_fast_path_head_matches_the_migration_scripts():
    assert migrate.SCHEMA_HEAD == migrate.head_revision(), "update SCHEMA_HEAD in dvc/store/migrate.py"


def test_every_revision_with_rows_in_every_table_reaches_head(tmp_path):
    """A laptop may come back with a database of any earlier version, full of rows that point at each other.
    (Schema 0008 first rebuilt the volunteer table, which failed once attendance rows pointed at volunteers.)"""
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = migrate.alembic_config()
    revisions = [r.revision for r in ScriptDirectory.from_config(cfg).walk_revisions()][::-1]
    for revision in revisions[:-1]:
        path = tmp_path / f"at-{revision}.db"
        engine = make_engine(path)
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
        engine.dispose()
        before = fill(path)
        db = open_database(path)
        db.close()
        con = sqlite3.connect(path)
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        for table, count in before.items():
            assert con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == count, (revision, table)
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == migrate.head_revision()
        con.close()
