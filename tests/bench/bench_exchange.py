"""Exchange bundles at scale: a 100,000-volunteer, 5,000-need drill sent whole to a second laptop.

Goals (issue 6): export ≤ 5 s, import into an empty database ≤ 10 s, re-import ≤ 3 s, peak memory ≤ 500 MB.
Each step runs in a fresh process so its peak resident memory (getrusage) is its own. CPU time is printed
beside the wall time: on a laptop busy with other work the wall time says more about the neighbours.

Run: .venv/bin/python -m tests.bench exchange
"""

from __future__ import annotations

import multiprocessing
import resource
import sys
import tempfile
import time
from pathlib import Path

from dvc.services.drill.scenario import DrillSpec, create_drill

SPEC = DrillSpec(volunteers=100_000, needs=5_000, seed=1)


def _peak_mb() -> float:
    """Peak resident memory of this process. On Linux from VmHWM: getrusage's figure survives exec and would
    report the parent's peak (the drill generator) for every step."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1 << 20) if sys.platform == "darwin" else peak / 1024


def _step(name: str, folder: str, queue) -> None:  # noqa: ANN001
    from dvc.services.exchange.bundle_export import export_bundle
    from dvc.services.exchange.bundle_import import import_bundle
    from dvc.services.core.workspace import open_workspace

    base = Path(folder)
    before = resource.getrusage(resource.RUSAGE_SELF)
    cpu_before = before.ru_utime + before.ru_stime  # the imports above are not the step's
    started = time.perf_counter()
    if name == "export":
        with open_workspace(base / "one.db") as ws:
            summary = export_bundle(ws, peer="koganei", out=base / "full.dvcx", full=True)
        detail = f"{summary.rows:,} records, {(base / 'full.dvcx').stat().st_size / 1e6:.1f} MB, encrypted"
    elif name == "export_block":
        with open_workspace(base / "one.db") as ws:
            summary = export_bundle(ws, peer="mitaka", out=base / "block.dvcx", full=True)
        detail = f"{summary.rows:,} records (consented volunteers, shared needs, lendable equipment)"
    else:
        with open_workspace(base / "two.db") as ws:
            summary = import_bundle(ws, path=base / "full.dvcx")
        t = summary.totals()
        detail = f"new {t.new:,}, updated {t.updated:,}, unchanged {t.unchanged:,}, conflicts {t.conflicts:,}"
    usage = resource.getrusage(resource.RUSAGE_SELF)
    detail += f"; CPU {usage.ru_utime + usage.ru_stime - cpu_before:.2f} s"
    queue.put((time.perf_counter() - started, _peak_mb(), detail))


def run_step(name: str, folder: Path) -> tuple[float, float, str]:
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    process = ctx.Process(target=_step, args=(name, str(folder), queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def prepare(folder: Path) -> None:
    from dvc.services.exchange.identity import own_identity, trust_peer
    from dvc.services.core.setup import create_database
    from dvc.services.staff.operators import sign_in_by_name
    from dvc.services.core.workspace import open_workspace

    started = time.perf_counter()
    create_drill(folder / "one.db", SPEC)
    print(f"   drill made in {time.perf_counter() - started:.1f} s", flush=True)
    head = "訓練 管理者"  # trusting is the center head's: each laptop's is signed in
    two = create_database(folder / "two.db", council="koganei", device_number=2, drill=True, operator_name=head)
    three = create_database(folder / "three.db", council="mitaka", drill=True, operator_name=head)
    with open_workspace(folder / "one.db") as one:
        for ws in (one, two, three):
            sign_in_by_name(ws, name=head)
        for other in (two, three):
            trust_peer(one, identity=own_identity(other))
            trust_peer(other, identity=own_identity(one))
    two.close()
    three.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        prepare(folder)
        goals = {"export": 5, "import": 10, "reimport": 3, "export_block": 5}
        labels = {"export": "export (full, same council)", "import": "import into an empty database",
                  "reimport": "re-import (nothing changes)", "export_block": "export for another council"}
        for step in ("export", "import", "reimport", "export_block"):
            seconds, peak, detail = run_step("import" if step == "reimport" else step, folder)
            cpu = float(detail.rsplit("CPU ", 1)[1].split()[0])
            verdict = "ok" if seconds <= goals[step] and peak <= 500 else (
                "over goal in wall time, within it in CPU time" if cpu <= goals[step] and peak <= 500 else "OVER GOAL")
            print(f"   {labels[step]}: {seconds:.2f} s (goal ≤ {goals[step]} s), peak {peak:.0f} MB — {detail} [{verdict}]",
                  flush=True)


if __name__ == "__main__":
    main()
