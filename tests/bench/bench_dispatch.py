"""A drill day's dispatch desk: send every confirmed team out with tools, print their 送り出し票, take them back.

Figures: time per departure and per return (each one transaction), the dispatch sheets for 100 teams (seconds,
size), and the safety lists the overdue flag and the closing check read with every team out.

Run: .venv/bin/python -m tests.bench dispatch
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import timedelta
from pathlib import Path

SHEETS = 100


def _ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:.0f} ms, worst {max(values) * 1000:.0f} ms"


def main() -> None:
    from sqlmodel import select

    from dvc.domain.timeutil import utcnow
    from dvc.domain.vocab import Outcome
    from dvc.services.dispatch import send_off as dispatch
    from dvc.services.dispatch import sheet as dispatch_sheet
    from dvc.services.dispatch import safety
    from dvc.services.matching import team_plan
    from dvc.services.dispatch import team_return
    from dvc.services.drill.scenario import DrillSpec, create_drill
    from dvc.services.core.workspace import open_workspace
    from dvc.store.tables import Equipment

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "drill.db"
        summary = create_drill(path, DrillSpec(volunteers=3000, needs=400, checked_in=1500, seed=5))
        with open_workspace(path) as ws:
            ws.operator = "訓練 管理者"
            started = time.perf_counter()
            confirmed = team_plan.apply_proposal(ws, day=summary.day)
            print(f"  {len(confirmed)} teams proposed and confirmed in {time.perf_counter() - started:.1f} s "
                  f"({summary.checked_in} checked in, {summary.needs} needs)")
            with ws.session() as s:
                items = [e for e in s.exec(select(Equipment).where(Equipment.consumable == False)).all()  # noqa: E712
                         if e.quantity_owned >= 50][:2]
            now = utcnow()
            departures = []
            for team_id in confirmed:
                lend = [dispatch.LoanRequest(e.id, 1) for e in items]
                started = time.perf_counter()
                try:
                    dispatch.dispatch_team(ws, team_id=team_id, loans=lend, at=now)
                except Exception:  # noqa: BLE001  (a store run dry: go without tools)
                    dispatch.dispatch_team(ws, team_id=team_id, at=now)
                departures.append(time.perf_counter() - started)
            print(f"  departure (team, {len(items)} loans, need 活動中): {_ms(departures)}")

            out = Path(tmp) / "sheets.pdf"
            started = time.perf_counter()
            pages = dispatch_sheet.print_sheets(ws, team_ids=confirmed[:SHEETS], out=out)
            print(f"  dispatch sheets for {pages} teams: {time.perf_counter() - started:.2f} s, "
                  f"{out.stat().st_size / 1e6:.1f} MB")

            later = now + timedelta(hours=5)
            for label, call in (("overdue_teams (every minute)", lambda: safety.overdue_teams(ws, now=later)),
                                ("closing_list", lambda: safety.closing_list(ws, day=summary.day, now=later))):
                runs = []
                for _ in range(5):
                    started = time.perf_counter()
                    call()
                    runs.append(time.perf_counter() - started)
                print(f"  {label} with {len(confirmed)} teams out: {_ms(runs)}")

            returns = []
            for team_id in confirmed:
                form = team_return.return_form(ws, team_id=team_id)
                report = team_return.ReturnReport(
                    outcome=Outcome.DONE, work_done="泥出し", hours=3.0,
                    loan_returns=[(loan.loan_id, loan.outstanding, 0, 0) for loan in form.loans])
                started = time.perf_counter()
                team_return.record_return(ws, team_id=team_id, report=report, at=later)
                returns.append(time.perf_counter() - started)
            print(f"  return (report, loans, need 完了, check-outs): {_ms(returns)}")
            closing = safety.closing_list(ws, day=summary.day, now=later)
            print(f"  closing: {len(closing.teams_out)} teams not back, {len(closing.people)} people still checked in "
                  f"(not placed in a team)")
