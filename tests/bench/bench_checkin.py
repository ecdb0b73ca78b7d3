"""Check-in latency on a center after months of operation: 100,000 volunteers, 1,000,000 attendance rows.

Run: .venv/bin/python -m tests.bench checkin
Goals (issue 3): through the service p99 <= 20 ms; through the GUI scan field (keys typed by a
"scanner" + Enter until the answer is painted) p99 <= 50 ms.

The drill database is kept in the temp folder and reused by later runs. Past days'
attendance is added with sqlite3's executemany, in the form the ORM stores it.
Every run checks in people who are not yet checked in today, so it keeps working
on a reused file (today's rows grow by a few hundred a run).
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

DB = Path(tempfile.gettempdir()) / "dvc-bench" / "checkin-100k-1m.db"
VOLUNTEERS = 100_000
ATTENDANCE = 1_000_000
PER_PAST_DAY = 5_000
FIRST_PAST_DAY = 30  # days before the drill day, clear of the drill's own recent attendance
SERVICE_SCANS = 500
GUI_SCANS = 200


def _attendance_count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM attendance").fetchone()[0]
    finally:
        con.close()


def _fill_past_days(path: Path, connect=sqlite3.connect) -> None:  # noqa: ANN001
    """Add attendance rows over past days until the table holds ATTENDANCE rows (``connect``: an encrypted file's)."""
    from dvc.store.ids import attendance_id

    con = connect(path)
    rng = random.Random(3)
    try:
        drill_day = date.fromisoformat(con.execute("SELECT value FROM setting WHERE key = 'drill.day'").fetchone()[0])
        origin, device = con.execute("SELECT origin, device_number FROM attendance LIMIT 1").fetchone()
        ids = [row[0] for row in con.execute("SELECT id FROM volunteer")]
        missing = ATTENDANCE - con.execute("SELECT count(*) FROM attendance").fetchone()[0]
        offset = FIRST_PAST_DAY
        while missing > 0:
            day = drill_day - timedelta(days=offset)
            chosen = rng.sample(ids, min(PER_PAST_DAY, missing))
            rows = []
            for index, volunteer in enumerate(chosen):
                arrived = f"{day - timedelta(days=1)} 23:{30 + index % 30:02d}:00.000000"  # 8:30-9:00 in Tokyo
                left = f"{day} 07:{index % 60:02d}:00.000000"
                stamp = f"{1_700_000_000_000 + offset:015d}-{index:06d}-bench"
                rows.append((attendance_id(_uuid(volunteer), day).hex, origin, stamp, 0, volunteer, day.isoformat(),
                             arrived, left, 0, device, None))
            # OR IGNORE: a drill row may already hold that (volunteer, day).
            con.executemany("INSERT OR IGNORE INTO attendance VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            con.commit()
            # Counted, not taken from total_changes: the change feed's triggers write a row for each one added.
            missing = ATTENDANCE - con.execute("SELECT count(*) FROM attendance").fetchone()[0]
            offset += 1
    finally:
        con.close()


def _uuid(hex_text: str):  # noqa: ANN202
    import uuid

    return uuid.UUID(hex=hex_text)


def make_drill(path: Path) -> None:
    """The drill the check-in benches start from, before its past days are added."""
    from dvc.services.drill.scenario import DrillSpec, create_drill

    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    create_drill(path, DrillSpec(volunteers=VOLUNTEERS, needs=500, checked_in=1_500, seed=11), replace=True)
    print(f"made the drill {path} in {time.perf_counter() - started:.1f} s")


def database() -> Path:
    from dvc.services.core.setup import is_drill_file

    if not (DB.exists() and is_drill_file(DB)):
        make_drill(DB)
    else:
        print(f"reusing {DB}")
    if _attendance_count(DB) < ATTENDANCE:
        started = time.perf_counter()
        _fill_past_days(DB)
        print(f"filled past days to {ATTENDANCE:,} attendance rows in {time.perf_counter() - started:.1f} s")
    return DB


def _not_yet_here(ws, count: int, rng: random.Random) -> list:  # noqa: ANN001
    from sqlalchemy import text

    from dvc.domain.timeutil import local_day

    with ws.session() as s:
        rows = s.execute(text(
            "SELECT id FROM volunteer WHERE id NOT IN (SELECT volunteer_id FROM attendance WHERE day = :day)"
        ), {"day": local_day().isoformat()}).all()
    return [_uuid(r[0]) for r in rng.sample(rows, count)]


def _figures(label: str, seconds: list[float], goal_ms: float) -> None:
    """Percentiles; ``goal_ms`` 0 means no goal to compare with."""
    ms = sorted(s * 1000 for s in seconds)
    p50 = statistics.median(ms)
    p99 = ms[min(len(ms) - 1, round(0.99 * (len(ms) - 1)))]
    goal = f" ({'meets' if p99 <= goal_ms else 'MISSES'} the p99 goal of {goal_ms:.0f} ms)" if goal_ms else ""
    print(f"{label}: n={len(ms)} p50 {p50:.1f} ms, p95 {ms[round(0.95 * (len(ms) - 1))]:.1f} ms, "
          f"p99 {p99:.1f} ms, max {ms[-1]:.1f} ms{goal}")


def disk_floor(folder: Path) -> None:
    """A bare one-row commit with the same durability (WAL, synchronous=FULL) on the same disk: what fsync costs here."""
    path = folder / "fsync-floor.db"
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=FULL")
        con.execute("CREATE TABLE IF NOT EXISTS t (x)")
        seconds = []
        for n in range(200):
            started = time.perf_counter()
            con.execute("INSERT INTO t VALUES (?)", (n,))
            con.commit()
            seconds.append(time.perf_counter() - started)
    finally:
        con.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    _figures("disk floor: bare SQLite commit, WAL + synchronous=FULL", seconds, 0)


def service_latency(ws, rng: random.Random) -> None:  # noqa: ANN001
    from dvc.domain.qr import make_payload
    from dvc.services.reception import checkin

    people = _not_yet_here(ws, SERVICE_SCANS, rng)
    short = ws.identity.council_short
    timings = {"check in (new)": [], "scan again (already)": [], "check out": []}
    for person in people:
        payload = make_payload(short, "V", person)
        for label, call in (("check in (new)", checkin.check_in), ("scan again (already)", checkin.check_in),
                            ("check out", checkin.check_out)):
            started = time.perf_counter()
            result = call(ws, scanned=payload)
            timings[label].append(time.perf_counter() - started)
            assert result.ok, result
    for label, seconds in timings.items():
        _figures(f"service, {label}", seconds, 20)


def gui_latency(ws, rng: random.Random) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from dvc import i18n
    from dvc.domain.qr import make_payload
    from dvc.ui.app import LAPTOP_SIZE, ensure_application
    from dvc.ui.fonts import apply_japanese_font
    from dvc.ui.main_window import MainWindow

    i18n.install("ja")
    app = ensure_application()
    apply_japanese_font(app)
    window = MainWindow(ws)
    window.resize(*LAPTOP_SIZE)
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.show_desk(0)
    page = window.page("reception")
    field = page.search_field
    app.processEvents()
    refreshes: list[float] = []
    refresh = page.refresh

    def timed_refresh() -> None:
        started = time.perf_counter()
        refresh()
        refreshes.append(time.perf_counter() - started)

    page.refresh = timed_refresh
    seconds = []
    for person in _not_yet_here(ws, GUI_SCANS, rng):
        payload = make_payload(ws.identity.council_short, "V", person)
        started = time.perf_counter()
        QTest.keyClicks(field, payload)
        QTest.keyClick(field, Qt.Key.Key_Return)
        app.processEvents()  # the answer painted
        seconds.append(time.perf_counter() - started)
        assert page.last_result is not None and page.last_result.result == "checked_in", page.last_result
        # A person takes a second or two to step up: the counts and lists refresh in between.
        while page._stale:
            QTest.qWait(5)
    _figures("GUI scan field (38 keys + Enter until the answer is painted)", seconds, 50)
    _figures("GUI refresh after a scan (counts, today's list, roster row; runs after the answer)", refreshes, 0)
    window.close()


def main() -> None:
    """Figures are flushed as they come: with PySide6 6.12.0 on Python 3.11 a long GUI run can abort at exit
    (every Signal.emit drops a reference to True; see the report of issue 3), and buffered lines would be lost."""
    import sys

    from dvc.services.core.workspace import open_workspace

    sys.stdout.reconfigure(line_buffering=True)
    path = database()
    with open_workspace(path) as ws:
        with ws.session() as s:
            from sqlalchemy import text

            volunteers = s.execute(text("SELECT count(*) FROM volunteer")).scalar_one()
            attendance = s.execute(text("SELECT count(*) FROM attendance")).scalar_one()
        print(f"database: {volunteers:,} volunteers, {attendance:,} attendance rows; "
              f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (other programs' work shows in the tails)")
        rng = random.Random()
        disk_floor(path.parent)
        service_latency(ws, rng)
        gui_latency(ws, rng)


if __name__ == "__main__":
    main()
