"""Center mode with real processes on loopback: what two desks did before they joined the hub is found by the
replication's own check on both desks, as the same list, without anyone running a command."""

from __future__ import annotations

import sqlite3
import time

from dvc.domain.vocab import NeedStatus
from dvc.services.core.workspace import open_workspace
from dvc.services.needs import progress
from tests.apart import scenes
from tests.center.laptops import HEAD, Desk, copy_as_laptop, dvc, start_hub


def listed(path) -> list[tuple[str, str]]:
    """The list as the replication left it: read straight from the file, no check run here."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sorted(con.execute("SELECT kind, key FROM apart_conflict WHERE closed_at IS NULL").fetchall())
    finally:
        con.close()


def test_a_double_registration_and_a_need_moved_two_ways_reach_both_desks_through_the_hub(tmp_path):
    from dvc.services.drill.scenario import DrillSpec, create_drill

    first, second = tmp_path / "desk1.db", tmp_path / "desk2.db"
    create_drill(first, DrillSpec(volunteers=60, needs=6, checked_in=0, seed=8), replace=True)
    copy_as_laptop(first, second, 2)
    for path, status in ((first, NeedStatus.ON_HOLD), (second, NeedStatus.CANCELLED)):  # the two laptops, apart
        with open_workspace(path) as ws:
            ws.operator = HEAD
            scenes.register(ws)
            need = next(n for n in progress_needs(ws) if n[1] == NeedStatus.AWAITING_MATCH)
            progress.change_status(ws, need_id=need[0], to=status, reason="離れている間に")
    hub = start_hub(first)
    try:
        dvc("--db", str(second), "join", hub["address"], "--code", hub["join_code"], "--operator", HEAD, "--no-sync")
        one, two = Desk(first), Desk(second)
        try:
            assert one.ask("wait_in_step", 60)["ok"] and two.ask("wait_in_step", 60)["ok"]
            # Laptop 2's rows reach laptop 1 on one of its next pulls (every ≤ 2 s), its check right after.
            deadline = time.monotonic() + 30
            while len(listed(first)) < 2 and time.monotonic() < deadline:
                time.sleep(0.2)
        finally:
            one.close()
            two.close()
    finally:
        dvc("--db", str(first), "hub", "stop", "--operator", HEAD, check=False)
    found = listed(first)
    assert [kind for kind, _key in found] == ["need", "person"]
    assert listed(second) == found


def progress_needs(ws) -> list[tuple]:
    from sqlmodel import select

    from dvc.store.tables import Need

    with ws.session() as s:
        return sorted(s.exec(select(Need.id, Need.status, Need.code)).all(), key=lambda n: n[2])
