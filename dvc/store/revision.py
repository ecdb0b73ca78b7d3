"""Developer tool: write a new migration from the difference between the tables and head.

    python -m dvc.store.revision "add volunteer nickname"

It builds a scratch database at the current head and lets Alembic compare it
with the SQLModel tables, so no developer database is needed.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from dvc.store import migrate
from dvc.store.database import make_engine


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print(__doc__)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(Path(tmp) / "scratch.db")
        migrate.upgrade(engine, None)
        cfg = migrate.alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.revision(cfg, message=argv[0], autogenerate=True)
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
