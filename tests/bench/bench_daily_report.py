"""The daily report (日報) on a center after months: 100,000 volunteers, 1,000,000 attendance rows.

Run: .venv/bin/python -m tests.bench daily_report
Goal (issue 7): the daily report in <= 2 s. Also timed: each file format, a 30-day
per-day report, and the dashboard's live figures and chart history.

Uses the check-in bench's drill database (made on first use, then reused).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import timedelta
from pathlib import Path

RUNS = 5


def _timed(label: str, call, goal_s: float = 0.0) -> object:  # noqa: ANN001
    seconds, result = [], None
    for _ in range(RUNS):
        started = time.perf_counter()
        result = call()
        seconds.append(time.perf_counter() - started)
    worst, median = max(seconds), statistics.median(seconds)
    verdict = f" ({'meets' if worst <= goal_s else 'MISSES'} the goal of {goal_s:.0f} s)" if goal_s else ""
    print(f"{label}: median {median:.3f} s, first {seconds[0]:.3f} s, worst {worst:.3f} s over {RUNS} runs{verdict}",
          flush=True)
    return result


def main() -> None:
    from dvc.domain.timeutil import local_day
    from dvc.services.head_office import dashboard
    from dvc.services.head_office.report_export import write_report
    from dvc.services.head_office.report_figures import build_report, daily_report
    from dvc.services.core.workspace import open_workspace
    from tests.bench.bench_checkin import database

    path = database()
    out = Path(tempfile.mkdtemp(prefix="dvc-bench-report-"))
    with open_workspace(path) as ws:
        with ws.session() as s:
            attendance = s.connection().exec_driver_sql("SELECT count(*) FROM attendance").scalar()
            volunteers = s.connection().exec_driver_sql("SELECT count(*) FROM volunteer").scalar()
            needs = s.connection().exec_driver_sql("SELECT count(*) FROM need").scalar()
        print(f"database: {volunteers:,} volunteers, {attendance:,} attendance rows, {needs:,} needs")
        day = local_day()
        report = _timed("daily report figures", lambda: daily_report(ws, day=day), 2.0)
        row = report.last
        print(f"   {day}: {row.volunteers.checked_in:,} checked in ({row.volunteers.first_time:,} first time), "
              f"{row.volunteers_total:,} check-ins since opening, {row.needs.open:,} needs open, "
              f"{row.needs.person_days_needed:,} volunteer-days needed")
        for kind in ("xlsx", "pdf", "csv"):
            _timed(f"daily report figures + .{kind} file",
                   lambda kind=kind: write_report(daily_report(ws, day=day), out / f"nippo.{kind}"), 2.0)
        _timed("30-day per-day report figures", lambda: build_report(ws, start=day - timedelta(days=29), end=day))
        _timed("30-day per-day report .xlsx",
               lambda: write_report(build_report(ws, start=day - timedelta(days=29), end=day), out / "range.xlsx"))
        _timed("dashboard live figures (at each announcement)", lambda: dashboard.live_figures(ws, day=day))
        start = dashboard.first_day(ws, today=day)
        _timed(f"dashboard chart history ({(day - start).days + 1} days, when the page is shown)",
               lambda: dashboard.history(ws, start=start, end=day))
    print(f"   files in {out}")
