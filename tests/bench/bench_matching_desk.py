"""The matching desk on a big morning: 3,000 checked-in volunteers x 800 waiting needs, in the real main window.

Run: .venv/bin/python -m tests.bench matching_desk
Figures: the page's refresh after a proposal (day plan, both waiting lists, the teams tree), building the tree
alone, and one edit as staff make it (a member taken out and put back: the service call, the announcement and
the page's re-read, which keeps the day's people and the unchanged teams: services/day_facts.py), each wall and
CPU time.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from tests.bench.bench_team_plan import NEEDS, VOLUNTEERS, timed


def make_today(path: Path) -> None:
    """As bench_team_plan's day, but today: the desk works on today's check-ins."""
    from dvc.services.drill.scenario import DrillSpec, create_drill
    from dvc.services.core.workspace import open_workspace

    create_drill(path, DrillSpec(volunteers=VOLUNTEERS, needs=NEEDS, checked_in=VOLUNTEERS, seed=7))
    ws = open_workspace(path)
    try:
        with ws.transaction() as s:
            s.execute(text("UPDATE need SET status = 'awaiting_match' WHERE status != 'continuing'"))
    finally:
        ws.close()


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from dvc import i18n
    from dvc.services.matching import team_plan
    from dvc.services.core.workspace import open_workspace
    from dvc.ui.main_window import MainWindow

    i18n.install("ja")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "drill.db"
        start = time.perf_counter()
        make_today(path)
        print(f"drill day made in {time.perf_counter() - start:.1f} s; load average {os.getloadavg()[0]:.1f} "
              f"on {os.cpu_count()} cores")
        ws = open_workspace(path)
        try:
            window = MainWindow(ws)
            window.resize(1366, 768)
            window.show()
            page = window.page("matching")
            window.show_desk(window.pages.index(page))
            figure, plan = timed(lambda: team_plan.propose_and_save(ws), runs=1)
            print(f"proposal saved: {len(plan.teams)} teams, {sum(len(t.members) for t in plan.teams)} people "
                  f"({figure})")

            def refresh() -> None:
                page.refresh()
                app.processEvents()

            print(f"page refresh (day plan, waiting lists, tree): {timed(refresh)[0]}")
            def whole_tree() -> None:
                page.panel.tree_model.set_teams(())  # else an unchanged plan replaces no row at all
                page.panel.show_plan(plan)

            print(f"teams tree alone, built whole: {timed(whole_tree)[0]}")
            team = plan.teams[0]
            member = next(m for m in team.members if m.volunteer_id != team.leader_id)

            def edit() -> None:
                page.panel.select(volunteer_id=member.volunteer_id)
                page.plan_actions.take_out()
                page.plan_actions.undo()
                app.processEvents()

            print(f"one edit and its undo, each with the page's re-read: {timed(edit)[0]}")
            window.close()
        finally:
            ws.close()
