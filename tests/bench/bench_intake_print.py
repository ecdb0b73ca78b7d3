"""1,000 intake sheets to one PDF through the service, as `dvc print intake` does (goal: under 10 s).

Run: .venv/bin/python -m tests.bench intake_print
Registered volunteers' sheets (read from the database, QR, Japanese text, drill
marks), 1,000 blank sheets, and 1,000 name badges (100 pages of 10).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

SHEETS = 1_000


def main() -> None:
    import os

    from dvc.services.reception import intake_print
    from dvc.services.drill.scenario import DrillSpec, create_drill
    from dvc.services.core.workspace import open_workspace

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "drill.db"
        create_drill(db, DrillSpec(volunteers=SHEETS, needs=10, checked_in=SHEETS, seed=4))
        with open_workspace(db) as ws:
            print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
            runs = (
                ("registered volunteers' sheets", lambda out: intake_print.print_intake(ws, out=out, all_volunteers=True)),
                ("blank sheets", lambda out: intake_print.print_intake(ws, out=out, blank=SHEETS)),
                ("name badges of today", lambda out: intake_print.print_badges(ws, out=out, checked_in_today=True)),
            )
            for label, run in runs:
                out = Path(tmp) / "out.pdf"
                started, cpu = time.perf_counter(), time.process_time()
                printed = run(out)
                seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
                verdict = "meets" if seconds < 10 else "MISSES"
                # CPU time too: on a busy machine the wall clock also counts other programs' turns.
                print(f"{printed.records:,} {label}: {printed.pages:,} pages in {seconds:.2f} s "
                      f"({cpu:.2f} s CPU), {out.stat().st_size / 1e6:.1f} MB ({verdict} the 10 s goal)")


if __name__ == "__main__":
    main()
