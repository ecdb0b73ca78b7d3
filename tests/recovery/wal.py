"""A database whose -wal file still holds committed check-ins, as a laptop that lost power mid-morning leaves it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.recovery.peek import peek

ROOT = Path(__file__).resolve().parents[2]

_CHECK_IN_AND_VANISH = """
import os, sys
from dvc.services.core.workspace import open_workspace
from dvc.services.reception.checkin import check_in
ws = open_workspace(sys.argv[1])
ws.operator = "crash test"
for code in sys.argv[2:]:
    check_in(ws, scanned=code, confirm_over_capacity=True)
os._exit(0)  # no close, no checkpoint: the check-ins stay in the -wal file
"""


def check_in_and_vanish(db: Path, codes: list[str]) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-c", _CHECK_IN_AND_VANISH, str(db), *codes], check=True, cwd=ROOT, env=env)
    wal = Path(str(db) + "-wal")
    assert wal.exists() and wal.stat().st_size > 0, "the check-ins should be in the -wal file"


def attendance(db: Path) -> int:
    """Attendance rows as SQLite reads the file: main file and its -wal together."""
    con = peek(db)
    try:
        return con.execute("SELECT count(*) FROM attendance").fetchone()[0]
    finally:
        con.close()


def codes_not_checked_in(db: Path, count: int) -> list[str]:
    con = peek(db)
    try:
        return [r[0] for r in con.execute(
            "SELECT code FROM volunteer WHERE id NOT IN (SELECT volunteer_id FROM attendance) ORDER BY code LIMIT ?",
            (count,))]
    finally:
        con.close()
