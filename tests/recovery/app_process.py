"""Another dvc program with the database open, as the app is during the day: a real process holding the lock."""

from __future__ import annotations

import os
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_HOLD = """
import sys
from dvc.services.core.workspace import open_workspace
from dvc.services.reception.checkin import check_in
ws = open_workspace(sys.argv[1])
ws.operator = "受付 担当"
for code in sys.argv[2:]:
    check_in(ws, scanned=code)  # committed, and still in the -wal file while the app is open
print("READY", flush=True)
sys.stdin.read()  # open until the test lets go
ws.close()
"""


@contextmanager
def app_open(db: Path, *check_in_codes: str):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-c", _HOLD, str(db), *check_in_codes], cwd=ROOT, env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline().strip()
        assert line == "READY", f"the app did not open the database: {line!r}"
        yield proc
    finally:
        proc.stdin.close()
        proc.wait(timeout=60)
