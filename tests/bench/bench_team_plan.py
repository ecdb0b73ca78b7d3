"""Matching on a saved drill day: 3,000 checked-in volunteers x 800 waiting needs (goal: proposal <= 1 s).

Run: .venv/bin/python -m tests.bench team_plan
Figures: the read-only proposal (`dvc match propose`: read the day, propose, codes), then saving it
(propose_and_save: the same plus ~800 Team and ~3,000 TeamMember rows with their audit rows), a re-propose
(which also tombstones the first one), the matching page's refresh (day_plan) and confirming every team.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import text
from sqlmodel import func, select

from dvc.services.matching import team_plan
from dvc.services.drill.scenario import DrillSpec, create_drill
from dvc.services.matching.proposal import load_instance, propose_teams
from dvc.services.core.workspace import open_workspace
from dvc.store.tables import AuditEvent

DAY = date(2025, 7, 10)
VOLUNTEERS, NEEDS, RUNS = 3000, 800, 3


def make_day(path: Path) -> None:
    create_drill(path, DrillSpec(volunteers=VOLUNTEERS, needs=NEEDS, checked_in=VOLUNTEERS, seed=7, day=DAY))
    ws = open_workspace(path)
    try:
        # The drill spreads its needs over their whole life; a morning of 800 waiting needs puts them all on the
        # board (継続 ones stay 継続).
        with ws.transaction() as s:
            s.execute(text("UPDATE need SET status = 'awaiting_match' WHERE status != 'continuing'"))
    finally:
        ws.close()


def timed(call, runs: int = RUNS) -> tuple[str, object]:
    """Median wall and CPU time: CPU shows the work when other processes share the machine."""
    walls, cpus, result = [], [], None
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        result = call()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return f"{statistics.median(walls) * 1000:.0f} ms wall, {statistics.median(cpus) * 1000:.0f} ms CPU", result


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "drill.db"
        start = time.perf_counter()
        make_day(path)
        print(f"drill day made in {time.perf_counter() - start:.1f} s; load average {os.getloadavg()[0]:.1f} "
              f"on {os.cpu_count()} cores")
        ws = open_workspace(path)
        try:
            with ws.session() as s:
                read, inst = timed(lambda: load_instance(s, DAY))
            print(f"{len(inst.volunteers)} volunteers free, {len(inst.needs)} needs waiting "
                  f"(asking {sum(n.headcount for n in inst.needs)})")
            print(f"   read the day (load_instance): {read}")
            wall, data = timed(lambda: propose_teams(ws, day=DAY))
            placed = sum(len(t["members"]) for t in data["teams"])
            print(f"   proposal, read-only (dvc match propose): {wall} (median of {RUNS}); "
                  f"{len(data['teams'])} teams, {placed} placed, {len(data['unfilled'])} needs short")
            for label in ("propose_and_save (first)", "propose_and_save (again: replaces the first)"):
                before = _audit_rows(ws)
                wall, plan = timed(lambda: team_plan.propose_and_save(ws, day=DAY), runs=1)
                print(f"   {label}: {wall}; {len(plan.teams)} teams, "
                      f"{sum(len(t.members) for t in plan.teams)} members, {_audit_rows(ws) - before} audit rows")
            wall, plan = timed(lambda: team_plan.day_plan(ws, day=DAY))
            broken = sum(bool(t.violations) for t in plan.teams)
            print(f"   day_plan (the page's refresh): {wall} (median of {RUNS}); teams with rule "
                  f"breaks: {broken}")
            wall, ids = timed(lambda: team_plan.confirm_teams(ws, day=DAY), runs=1)
            print(f"   confirm_teams (all {len(ids)}): {wall}")
        finally:
            ws.close()


def _audit_rows(ws) -> int:  # noqa: ANN001
    with ws.session() as s:
        return s.exec(select(func.count()).select_from(AuditEvent)).one()


if __name__ == "__main__":
    main()
