"""The hub started again while something looks at whether it runs: `hub_control.in_use` (the desk's replicator,
the hub screen, `dvc hub status`) holds the replica's lock for a moment, and a hub starting in that moment waits
for it instead of stopping (under load the moment stretches, and every kill of the hub-failure test risked it)."""

from __future__ import annotations

import threading
import time

from filelock import FileLock

from dvc.services.center import hub_control
from dvc.services.center.replica import replica_path
from dvc.store.lock import lock_path
from tests.center.laptops import HEAD, dvc, start_hub


def test_a_hub_started_while_its_lock_is_looked_at_waits_and_serves(tmp_path):
    from dvc.services.drill.scenario import DrillSpec, create_drill

    desk = tmp_path / "desk1.db"
    create_drill(desk, DrillSpec(volunteers=30, needs=2, checked_in=0, seed=3), replace=True)
    start_hub(desk)
    dvc("--db", str(desk), "hub", "stop", "--operator", HEAD)
    replica = replica_path(desk)
    assert not hub_control.hub_running(replica)

    probe = FileLock(str(lock_path(replica)), timeout=0)
    probe.acquire()  # a status check, slowed down: longer than the hub takes to reach its database
    answers: list = []
    starting = threading.Thread(target=lambda: answers.append(_spawn(replica)))
    began = time.monotonic()
    starting.start()
    try:
        time.sleep(6.0)
    finally:
        probe.release()  # filelock's locks belong to their thread: released here, where it was taken
    starting.join(90)
    try:
        ready = answers[0]
        assert not isinstance(ready, Exception), ready  # before: "The center hub did not start"
        assert time.monotonic() - began >= 5.5  # it waited for the lock rather than stopping
        assert ready["pid"] and hub_control.hub_status(desk).running
    finally:
        dvc("--db", str(desk), "hub", "stop", "--operator", HEAD, check=False)


def _spawn(replica):  # noqa: ANN001, ANN202
    try:
        return hub_control.spawn_hub(replica)
    except Exception as exc:  # noqa: BLE001 - shown by the test's assertion
        return exc
