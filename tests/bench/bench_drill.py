"""How long a 100,000-volunteer drill takes to create (target: well under 60 s on 2 cores).

Run: .venv/bin/python -m tests.bench.bench_drill  (not collected by pytest: the name starts with bench_)
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from dvc.services.drill.scenario import DrillSpec, create_drill

SPEC = DrillSpec(volunteers=100_000, needs=5_000, checked_in=2_000, seed=1)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench-drill.db"
        started = time.perf_counter()
        summary = create_drill(path, SPEC)
        seconds = time.perf_counter() - started
        size_mb = path.stat().st_size / 1e6
    print(f"{summary.volunteers} volunteers, {summary.groups} groups, {summary.needs} needs, "
          f"{summary.attendance} attendance rows: {seconds:.1f} s ({size_mb:.0f} MB)")


if __name__ == "__main__":
    main()
