"""Developer tool: write the next migration from the difference between the tables and head.

    python -m dvc.store.revision "add volunteer nickname"

It builds a scratch database at the current head, lets Alembic compare it with
the SQLModel tables, numbers the new revision after the last one (0002, 0003…)
and moves SCHEMA_HEAD in dvc/store/migrate.py to it. Read the generated file:
it must hold only the change you meant.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from alembic import command

from dvc.store import migrate
from dvc.store.database import make_engine

VERSIONS = migrate.MIGRATIONS / "versions"
MIGRATE_PY = Path(migrate.__file__)


def next_rev_id() -> str:
    numbers = [int(m.group(1)) for p in VERSIONS.glob("*.py") if (m := re.match(r"(\d{4})_", p.name))]
    return f"{max(numbers, default=0) + 1:04d}"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print(__doc__)
        return 2
    rev_id = next_rev_id()
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(Path(tmp) / "scratch.db")
        migrate.upgrade(engine, None)
        cfg = migrate.alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.revision(cfg, message=argv[0], autogenerate=True, rev_id=rev_id)
        engine.dispose()
    source = MIGRATE_PY.read_text(encoding="utf-8")
    MIGRATE_PY.write_text(re.sub(r'SCHEMA_HEAD = "\w+"', f'SCHEMA_HEAD = "{rev_id}"', source), encoding="utf-8")
    print(f"SCHEMA_HEAD is now {rev_id}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
