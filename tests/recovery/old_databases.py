"""Databases as an earlier dvc left them: at any older schema revision, with rows in every table.

Rows are made from each table's own columns (as the file has them at that revision), parents first, so
foreign keys point at real rows; text, numbers, dates and JSON get plain distinct values.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from dvc.store import migrate
from dvc.store.database import make_engine
from tests.recovery.peek import peek

NUMERIC = ("INT", "BOOL", "FLOAT", "REAL", "NUMERIC")


def revisions() -> list[str]:
    """Every revision, oldest first."""
    from alembic.script import ScriptDirectory

    return [r.revision for r in ScriptDirectory.from_config(migrate.alembic_config()).walk_revisions()][::-1]


def older_revisions() -> list[str]:
    return revisions()[:-1]


def database_at(path: Path, revision: str) -> Path:
    """An empty database at ``revision``, migrated the way dvc of that time did."""
    from alembic import command

    engine = make_engine(path)
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    engine.dispose()
    return path


def _value(table: str, name: str, kind: str, n: int) -> object:
    if any(k in kind for k in NUMERIC):
        return n
    if "JSON" in kind:
        return "[]"
    if "DATETIME" in kind:
        return (datetime(2025, 4, 1) + timedelta(seconds=n)).isoformat(sep=" ")
    if kind == "DATE":
        return (date(2025, 4, 1) + timedelta(days=n % 3000)).isoformat()
    return f"{table}-{name}-{n}"


def fill(path: Path, rows: dict[str, int] | None = None, *, default: int = 1) -> dict[str, int]:
    """Add ``rows[table]`` rows (``default`` for the others) to every table; returns each table's count."""
    rows = rows or {}
    con = peek(path, write=True)
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                                        " AND name != 'alembic_version'")]
    parents = {t: {r[2] for r in con.execute(f'PRAGMA foreign_key_list("{t}")')} - {t} for t in tables}
    made: dict[str, int] = {}
    base = 0
    while len(made) < len(tables):
        ready = [t for t in tables if t not in made and parents[t] <= made.keys()]
        assert ready, "foreign keys in a circle"
        for table in ready:
            count = rows.get(table, default)
            links = {r[3]: r[2] for r in con.execute(f'PRAGMA foreign_key_list("{table}")') if r[2] != table}
            columns = list(con.execute(f'PRAGMA table_info("{table}")'))
            filled = [c for c in columns if c[1] == "id" or c[1] in links or (c[3] and c[4] is None)]
            values = []
            for i in range(count):
                row = []
                for _cid, name, kind, _notnull, _default, _pk in filled:
                    kind = kind.upper()
                    if name == "id":
                        row.append(f"{tables.index(table) + 1:08x}{i:024x}" if "CHAR" in kind else base + i + 1)
                    elif name in links:
                        row.append(f"{tables.index(links[name]) + 1:08x}{i % made[links[name]]:024x}")
                    else:
                        row.append(_value(table, name, kind, i))
                values.append(row)
            names = ", ".join(f'"{c[1]}"' for c in filled)
            con.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(filled))})', values)
            made[table] = count
            base += count
    con.commit()
    counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    con.close()
    return counts


def counts(path: Path) -> dict[str, int]:
    con = peek(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'"
                                            " AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'")]
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        con.close()


def leftovers(path: Path) -> list[str]:
    con = peek(path)
    try:
        return [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE name LIKE '\\_alembic\\_tmp\\_%' ESCAPE '\\'")]
    finally:
        con.close()


def revision_of(path: Path) -> str:
    con = peek(path)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()
