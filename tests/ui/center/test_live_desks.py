"""Two desks of one center, live: a real hub process on loopback, desk A this test's MainWindow, desk B a `dvc`
process. A check-in made on B shows on A's reception list and among A's matching desk's people within a few
seconds; with the hub stopped A's light goes red (out of touch, after 30 s), with it started again back to in step.
A round that changed the list of what the laptops did apart announces it, so the desks' notices look again."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from dvc.domain.qr import parse_payload
from dvc.services.center import status as st
from dvc.services.center.replicator import Replicator
from dvc.services.center.status import RoundApplied
from dvc.ui import events
from dvc.ui.center_link import CenterLink
from dvc.ui.events import EventBus
from dvc.ui.main_window import MainWindow
from tests.center.laptops import HEAD, copy_as_laptop, dvc, scan_payloads, start_hub
from tests.ui.center.conftest import make_laptops, open_desk, press, shown
from tests.ui.center.test_hub_screen import SHOTS

SEEN_MS = 10_000  # "within a few seconds", with room for a busy 2-core machine
RED_MS = int((st.OUT_OF_TOUCH_S + 25) * 1000)  # the light goes red 30 s after the hub's last answer
BACK_MS = 45_000  # the hub process starting again, then a round


def _code_of(path: Path, payload: str) -> str:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT code FROM volunteer WHERE id = ?", (parse_payload(payload).record_id.hex,)
                           ).fetchone()[0]
    finally:
        con.close()


def _codes(model, column: int) -> set[str]:  # noqa: ANN001 - a PagedTableModel
    return {model.display(row, column) for row in model.loaded_rows()}


@pytest.fixture
def two_desks(tmp_path, monkeypatch):
    """Laptop 1 runs the hub; laptop 2 (desk A, opened by the test) and laptop 3 (desk B, `dvc` commands signed
    in through DVC_OPERATOR as a script at a desk would be) joined it."""
    monkeypatch.setenv("DVC_OPERATOR", HEAD)  # the drill's center head has no PIN (DVC_PIN stays unset)
    one, two = make_laptops(tmp_path)
    three = tmp_path / "desk3.db"
    copy_as_laptop(one, three, 3)
    hub = start_hub(one)
    try:
        dvc("--db", str(two), "join", hub["address"], "--code", hub["join_code"], "--no-sync")
        dvc("--db", str(three), "join", hub["address"], "--code", hub["join_code"], "--timeout", "120")
        yield one, two, three, hub
    finally:
        dvc("--db", str(one), "hub", "stop", check=False)


def test_a_check_in_on_another_desk_shows_here_and_the_light_follows_the_hub(qtbot, two_desks):
    one, two, three, hub = two_desks
    ws = open_desk(two)
    replicator = Replicator(ws)
    replicator.start()  # as dvc/ui/app.py does
    try:
        window = shown(qtbot, MainWindow(ws, replicator=replicator), (1366, 768))
        qtbot.waitUntil(lambda: window.sync_light.state == st.IN_STEP, timeout=30_000)
        reception = window.page("reception")
        reception.tabs.setCurrentWidget(reception.today)  # 本日の受付: who arrived, the latest first
        qtbot.waitUntil(lambda: reception.today.isVisible())
        payload = scan_payloads(three, 1)[0]
        code = _code_of(three, payload)
        assert code not in _codes(reception.today.model, reception.today.model.COL_CODE)

        # Desk B checks the person in and sends it to the hub, as its app would right after the scan.
        done = json.loads(dvc("--db", str(three), "checkin", payload, "--json").stdout)
        assert done["result"] == "checked_in" and done["volunteer"]["code"] == code
        dvc("--db", str(three), "sync", "now", "--timeout", "60")
        sent = time.monotonic()
        qtbot.waitUntil(lambda: code in _codes(reception.today.model, reception.today.model.COL_CODE),
                        timeout=SEEN_MS)
        seen_after = time.monotonic() - sent

        press(Qt.Key.Key_F3)  # the matching desk: the person is ready to be put in a team
        matching = window.page("matching")
        assert window.current_page() is matching
        qtbot.waitUntil(lambda: code in _codes(matching.people_model, matching.people_model.COL_CODE),
                        timeout=SEEN_MS)
        press(Qt.Key.Key_F1)

        # The hub stops (its laptop shut down): desk A works on, and its light goes red with what to do.
        dvc("--db", str(one), "hub", "stop")
        stopped = time.monotonic()
        qtbot.waitUntil(lambda: window.sync_light.state == st.OUT_OF_TOUCH, timeout=RED_MS)
        red_after = time.monotonic() - stopped
        assert red_after >= st.OUT_OF_TOUCH_S - 3  # not red at the first missed pull
        light = window.sync_light
        assert "ハブと連絡が取れません" in light.text() and "#b00020" in light.styleSheet()
        assert "Wi-Fi" in light.toolTip() and "新しいハブ" in light.toolTip()
        SHOTS.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(SHOTS / "live-out-of-touch.png"))

        # The hub comes back where it was: the light is green again without anyone touching desk A.
        dvc("--db", str(one), "hub", "start", "--listen", hub["address"])
        qtbot.waitUntil(lambda: window.sync_light.state == st.IN_STEP, timeout=BACK_MS)
        assert "同期済み" in window.sync_light.text()
        window.grab().save(str(SHOTS / "live-in-step.png"))
        print(f"\ncheck-in seen on desk A {seen_after:.2f} s after desk B sent it; red {red_after:.1f} s "
              "after the hub stopped")
        window.close()
    finally:
        replicator.stop()
        ws.close()


def test_a_round_that_changed_what_was_done_apart_announces_it(qtbot, tmp_path):
    one, _two = make_laptops(tmp_path)
    ws = open_desk(one)
    try:
        bus = EventBus()
        link = CenterLink(ws, bus, Replicator(ws))  # never started: the round is told as the sync thread tells it
        heard: list[str] = []
        bus.changed.connect(heard.append)
        # The round's own rows were all seen before (nothing for the screens) but its check changed the list.
        link._from_sync_thread(RoundApplied(tables=frozenset(), changed=0, conflicts=0, apart=True))
        qtbot.waitUntil(lambda: events.APART in heard, timeout=5_000)
        heard.clear()
        link._from_sync_thread(RoundApplied(tables=frozenset({"attendance"}), changed=1, conflicts=0))
        qtbot.waitUntil(lambda: events.ATTENDANCE in heard, timeout=5_000)
        assert events.APART not in heard
    finally:
        ws.close()

