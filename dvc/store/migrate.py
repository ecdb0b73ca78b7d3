"""Schema migrations, applied when a database is opened.

A database that is behind is first copied aside with SQLite's online backup
API, so a failed migration can never cost the data. All the migrations from
the file's version to head then run as one SQLite transaction: a kill, a power
cut or a full disk part way leaves the file at the version it had.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.engine import Engine

from dvc.store.copies import CopyFailed, copy_database, remove_partial_copies

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")

# The newest migration. Opening a database that is already here skips
# importing Alembic (a third of a second at every start); a test checks that
# this matches the migration scripts, so a new migration must update it.
SCHEMA_HEAD = "0012"


class NewerSchemaError(RuntimeError):
    """The file was written by a newer dvc: opening it here could damage it."""


class MigrationError(RuntimeError):
    """A migration left rows pointing at nothing; it was rolled back (the backup made before it is intact)."""


class BackupBeforeMigrationFailed(RuntimeError):
    """The copy made before migrating could not be written (a full disk, a read-only folder); nothing was changed."""

    def __init__(self, target_folder: Path, error: BaseException) -> None:
        super().__init__(f"{target_folder}: {error}")
        self.folder = target_folder
        self.error = error


# Alembic's batch mode rebuilds a table as _alembic_tmp_<name>, copies the rows, drops <name> and renames.
LEFTOVER_PREFIX = "_alembic_tmp_"


def alembic_config() -> "Config":
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        has_table = conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
        ).first()
        if not has_table:
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup_copy(db_path: Path, reason: str) -> Path:
    """Copy a live database aside into ``backups/`` beside it; returns the copy's path."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    remove_partial_copies(db_path.parent / "backups", db_path.stem)
    return copy_database(db_path, db_path.parent / "backups" / f"{db_path.stem}-{reason}-{stamp}.db")


def drop_leftovers(conn) -> list[str]:  # noqa: ANN001  (a Connection inside the migration's transaction)
    """Drop the half-made copies an interrupted table rebuild of an earlier dvc left behind.

    Before migrations were one transaction, pysqlite committed Alembic's CREATE TABLE _alembic_tmp_x on its
    own; a kill before the rest committed left that table, and every later start failed on "already exists".
    The original table still holds every row then (its drop and the rename were rolled back together).
    """
    names = [row[0] for row in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND substr(name, 1, ?) = ?",
        (len(LEFTOVER_PREFIX), LEFTOVER_PREFIX))]
    for name in names:
        original = name[len(LEFTOVER_PREFIX):]
        if not conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                    (original,)).first():
            raise MigrationError(f"{name} is left over but {original} is missing")
        conn.exec_driver_sql(f'DROP TABLE "{name}"')
    return names


def upgrade(engine: Engine, db_path: Path | None) -> Path | None:
    """Bring the schema to head. Returns the backup made first, if any."""
    current = current_revision(engine)
    if current == SCHEMA_HEAD:
        return None
    from alembic import command

    if current is not None and current not in known_revisions():
        raise NewerSchemaError(current)
    backup = None
    if current is not None and db_path is not None:
        try:
            backup = backup_copy(db_path, f"before-migration-{current}")
        except (CopyFailed, OSError) as exc:
            raise BackupBeforeMigrationFailed(db_path.parent / "backups", exc) from exc
    cfg = alembic_config()
    with engine.connect() as conn:
        # A batch migration rebuilds a table (copy, drop, rename): with foreign keys on, dropping a table other
        # rows point at fails, so they are off while migrating (the pragma only takes effect outside a
        # transaction) and checked all at once before the commit.
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.commit()
        dbapi = conn.connection.dbapi_connection
        legacy = dbapi.isolation_level
        # pysqlite opens a transaction only before INSERT, UPDATE or DELETE and runs CREATE, DROP and ALTER
        # outside it, each committed at once. In autocommit mode with our own BEGIN, SQLite keeps every
        # statement of every migration in the one transaction (SQLite's DDL is transactional).
        dbapi.isolation_level = None
        try:
            with conn.begin():
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                drop_leftovers(conn)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise MigrationError(broken)
        finally:
            dbapi.isolation_level = legacy
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()
    return backup
