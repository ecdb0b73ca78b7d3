"""Cold start on a 100,000-volunteer drill: from a new process to the main window shown with its first desk filled.

Run: .venv/bin/python -m tests.bench cold_start
The drill database is kept in the temp folder and reused by later runs (making it takes a while).
Each start is a fresh Python process, as when a person double-clicks dvc.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 3
ROOT = Path(__file__).resolve().parents[2]
DB = Path(tempfile.gettempdir()) / "dvc-bench" / "cold-start-100k.db"


def drill_database() -> Path:
    from dvc.services.drill.scenario import DrillSpec, create_drill
    from dvc.services.core.setup import is_drill_file

    if DB.exists() and is_drill_file(DB):
        print(f"reusing {DB}")
        return DB
    DB.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    create_drill(DB, DrillSpec(volunteers=100_000, needs=5_000, checked_in=2_000), replace=True)
    print(f"made {DB} in {time.perf_counter() - started:.1f} s")
    return DB


def child(db: Path) -> None:
    """In the new process: what `dvc --drill` does, minus waiting for a person."""
    started = time.perf_counter()
    from PySide6.QtTest import QTest

    from dvc.services.core.workspace import open_workspace
    from dvc.ui.app import LAPTOP_SIZE, ensure_application
    from dvc.ui.main_window import MainWindow

    app = ensure_application()
    imported = time.perf_counter()
    ws = open_workspace(db)
    opened = time.perf_counter()
    window = MainWindow(ws)
    window.resize(*LAPTOP_SIZE)
    window.show()
    QTest.qWaitForWindowExposed(window)
    app.processEvents()
    rows = window.current_page().model.rowCount()
    shown = time.perf_counter()
    print(json.dumps({"imports": imported - started, "open": opened - imported, "window": shown - opened,
                      "rows": rows}), flush=True)
    window.close()
    ws.close()


def one_start(db: Path) -> tuple[float, dict]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "tests.bench.bench_cold_start", "--child", str(db)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    seconds = time.perf_counter() - started
    proc.communicate()
    if proc.returncode != 0 or not line:
        raise RuntimeError(f"the child exited with {proc.returncode}")
    return seconds, json.loads(line)


def main() -> None:
    db = drill_database()
    times = []
    for run in range(1, RUNS + 1):
        seconds, parts = one_start(db)
        times.append(seconds)
        print(f"start {run}: {seconds:.2f} s to the window shown with {parts['rows']} volunteers listed "
              f"(imports and QApplication {parts['imports']:.2f} s, open database {parts['open']:.2f} s, "
              f"build and show window {parts['window']:.2f} s)", flush=True)
    print(f"cold start, 100,000 volunteers: median {statistics.median(times):.2f} s, best {min(times):.2f} s")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        child(Path(sys.argv[2]))
    else:
        main()
