"""The change feed's triggers: every write to a shared table moves that record to the end of change_feed.

Triggers inside the file rather than a hook in Python: a merge, the drill and
anything that writes through the raw connection are seen too, and the feed
row is written in the same transaction as the change, so a power cut never
leaves one without the other. They are made when the database is opened (not
only by a migration) because a migration that rebuilds a table drops its
triggers with it. DELETE then INSERT rather than INSERT OR REPLACE: an outer
INSERT OR IGNORE would turn a trigger's REPLACE into IGNORE and leave the
record at its old place.
"""

from __future__ import annotations

import sqlite3

VERSION = "v1"
PREFIX = "dvc_feed_"


def trigger_sql(table: str) -> list[tuple[str, str]]:
    """(name, CREATE statement) of the insert and update triggers of ``table``."""
    body = (f"DELETE FROM change_feed WHERE table_name = '{table}' AND record_id = NEW.id; "
            f"INSERT INTO change_feed (table_name, record_id, via) VALUES ('{table}', NEW.id, '');")
    return [(f"{PREFIX}{VERSION}_{table}_{action.lower()}",
             f'CREATE TRIGGER "{PREFIX}{VERSION}_{table}_{action.lower()}" AFTER {action} ON "{table}" '
             f"BEGIN {body} END")
            for action in ("INSERT", "UPDATE")]


def install_triggers(conn: sqlite3.Connection, tables: list[str]) -> int:
    """Create the missing triggers (and drop those of an older version); returns how many were made."""
    existing = {name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?", (PREFIX + "%",))}
    wanted = {name: sql for table in tables for name, sql in trigger_sql(table)}
    made = 0
    for name in sorted(existing - set(wanted)):
        conn.execute(f'DROP TRIGGER "{name}"')
    for name, sql in wanted.items():
        if name not in existing:
            conn.execute(sql)
            made += 1
    return made


def head(conn: sqlite3.Connection) -> int:
    """The newest feed number given out here (0 on a new file)."""
    row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'change_feed'").fetchone()
    return int(row[0]) if row else 0
