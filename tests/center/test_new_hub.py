"""The hub's laptop lost for good: another desk becomes the hub, the rest join it again, and nothing that any desk
confirmed is lost (also what happened on the desks while there was no hub)."""

from __future__ import annotations

import json
import os
import signal

import pytest

from tests.center.laptops import HEAD, checksum, copy_as_laptop, dvc, scan_payloads, start_hub
from tests.rawdb import raw_connect


def _check_in(path, payloads) -> None:  # noqa: ANN001
    for payload in payloads:
        assert json.loads(dvc("--db", str(path), "checkin", payload, "--json").stdout)["result"] == "checked_in"


@pytest.mark.slow
def test_a_desk_becomes_the_new_hub_and_nothing_is_lost(tmp_path):
    from dvc.services.drill.scenario import DrillSpec, create_drill

    one, two, three = (tmp_path / f"desk{n}.db" for n in (1, 2, 3))
    create_drill(one, DrillSpec(volunteers=200, needs=10, checked_in=5, seed=3), replace=True)
    copy_as_laptop(one, two, 2)
    copy_as_laptop(one, three, 3)
    people = scan_payloads(one, 12)
    old = start_hub(one)
    for desk in (two, three):
        dvc("--db", str(desk), "join", old["address"], "--code", old["join_code"], "--operator", HEAD, "--no-sync")
    _check_in(two, people[0:2])
    _check_in(three, people[2:4])
    for desk in (two, three):
        dvc("--db", str(desk), "sync", "now")

    # The hub laptop is gone: its hub dies and nobody starts it again. The desks work on.
    os.kill(json.loads(dvc("--db", str(one), "hub", "status", "--json").stdout)["pid"], signal.SIGKILL)
    _check_in(two, people[4:6])
    _check_in(three, people[6:8])
    assert dvc("--db", str(two), "sync", "now", "--timeout", "3", check=False).returncode == 1

    new = json.loads(dvc("--db", str(two), "hub", "start", "--operator", HEAD, "--json").stdout)
    assert new["hub"] != old["hub"] and new["address"] != old["address"]
    joined = dvc("--db", str(three), "join", new["address"], "--code", new["join_code"], "--operator", HEAD,
                 "--json")
    assert json.loads(joined.stdout)["in_step"]
    _check_in(three, people[8:10])
    for desk in (three, two):
        dvc("--db", str(desk), "sync", "now")
    dvc("--db", str(three), "sync", "now")

    sums = [checksum(p) for p in (two, three, tmp_path / "desk2-hub.db")]
    assert len({s for s, _ in sums}) == 1
    report = json.loads(dvc("--db", str(three), "sync", "status", "--json").stdout)
    assert report["hub"]["device_id"] == new["hub"]
    
    from dvc.domain.qr import parse_payload
    from dvc.domain.timeutil import local_day
    from dvc.store.ids import attendance_id

    wanted = {attendance_id(parse_payload(p).record_id, local_day()).hex for p in people[:10]}
    for path in (two, three):
        con = raw_connect(path)
        have = {r[0] for r in con.execute("SELECT id FROM attendance")}
        con.close()
        assert wanted <= have
    dvc("--db", str(two), "hub", "stop", "--operator", HEAD)
