"""The dispatch desk on a big day: 300 teams (200 out, 50 of them late, 100 ready), in the real main window.

Run: .venv/bin/python -m tests.bench dispatch_desk
Figures: the desk's refresh (every minute and at each team change while on screen), the overdue bar's check
(every minute on every screen), and opening the closing check; each wall and CPU time.
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from tests.bench.bench_team_plan import timed

DAYS_OF_THREE = 100  # tests.ui.dispatch.conftest.make_day makes three confirmed teams a call
PASSPHRASE = "bench-start-passphrase"  # a council's database is encrypted; no keyring here, so a start-up passphrase


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from dvc import i18n
    from dvc.services.dispatch import send_off as dispatch
    from dvc.services.core.setup import create_database
    from dvc.services.staff.operators import sign_in_by_name
    from dvc.ui.desks.dispatch.closing_dialog import ClosingDialog
    from dvc.ui.main_window import MainWindow
    from tests.ui.dispatch.conftest import make_day

    i18n.install("ja")
    with tempfile.TemporaryDirectory() as tmp:
        ws = create_database(Path(tmp) / "center.db", council="koganei", operator_name="bench",
                             start_passphrase=os.environ.get("DVC_PASSPHRASE", PASSPHRASE))
        sign_in_by_name(ws, name="bench")  # the center head, as the first-run dialog leaves it
        try:
            start = time.perf_counter()
            now = datetime.now(timezone.utc)
            for n in range(DAYS_OF_THREE):
                day = make_day(ws)
                for team_id in day.teams[:2]:  # the third stays ready to leave
                    late = n % 4 == 0
                    dispatch.dispatch_team(ws, team_id=team_id, at=now - timedelta(hours=4),
                                           expected_back_at=now + (timedelta(minutes=-20) if late else timedelta(hours=1)))
            print(f"day made in {time.perf_counter() - start:.1f} s; load average {os.getloadavg()[0]:.1f} "
                  f"on {os.cpu_count()} cores")
            window = MainWindow(ws)
            window.resize(1366, 768)
            window.show()
            page = window.page("dispatch")
            window.show_desk(window.pages.index(page))

            def refresh() -> None:
                page.refresh()
                app.processEvents()

            print(f"desk refresh ({page.model.rowCount()} teams, {page.late.value_text()} late): {timed(refresh)[0]}")
            figure, _ = timed(window.overdue_flag.check)
            print(f"overdue bar check ({len(window.overdue_flag.teams)} late): {figure}")

            def closing() -> None:
                dialog = ClosingDialog(ws, window)
                dialog.close()
                dialog.deleteLater()

            print(f"closing check opened: {timed(closing)[0]}")
            window.close()
        finally:
            ws.close()
