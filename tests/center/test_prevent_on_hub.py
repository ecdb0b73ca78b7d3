"""Prevention while connected (services/apart/prevent.py, services/center/hub_checks.py): with real hub and desk
processes on loopback, two desks putting one person on a team, or lending the last wheelbarrows, at the same
moment: the hub lets one through and the other desk is refused. With the hub not answering (stopped with SIGSTOP,
so every question waits for its timeout) both desks go on after about a second, and the check after the merge
lists what they did apart once the hub answers again."""

from __future__ import annotations

import os
import signal
import time

import pytest

from tests.center.laptops import HEAD, Desk, copy_as_laptop, dvc, start_hub
from tests.rawdb import raw_connect


@pytest.fixture
def two_desks(tmp_path):
    """Laptops 1 (with the hub) and 2 in step; two people checked in, four needs waiting, two items of 5."""
    from dvc.services.core.workspace import open_workspace
    from dvc.services.drill.scenario import DrillSpec, create_drill
    from dvc.services.equipment import items
    from dvc.services.reception import checkin
    from tests.apart import scenes

    first, second = tmp_path / "desk1.db", tmp_path / "desk2.db"
    create_drill(first, DrillSpec(volunteers=40, needs=4, checked_in=0, seed=8), replace=True)
    with open_workspace(first) as ws:
        ws.operator = HEAD
        people = [scenes.register(ws, scenes.person(name=name, kana=kana, birth=birth, phone=phone))
                  for name, kana, birth, phone in (("佐藤 一郎", "さとう いちろう", "1975-05-05", "090-1111-2222"),
                                                   ("鈴木 二郎", "すずき じろう", "1982-06-06", "090-3333-4444"))]
        for _vid, code in people:
            assert checkin.check_in(ws, scanned=code).ok
        needs = [scenes.need(ws, site=f"本町{n}-1") for n in range(1, 5)]
        kit = [items.add_item(ws, draft=items.ItemDraft(name=name, unit="台", owned=5, lendable_to_block=True))[0]
               for name in ("試験用一輪車", "試験用洗浄機")]
    copy_as_laptop(first, second, 2)
    hub = start_hub(first)
    desks = []
    try:
        dvc("--db", str(second), "join", hub["address"], "--code", hub["join_code"], "--operator", HEAD,
            "--no-sync")
        desks = [Desk(first), Desk(second)]
        for desk in desks:
            assert desk.ask("wait_in_step", 60)["ok"]
        yield desks, [p[0].hex for p in people], [n.hex for n in needs], [k.hex for k in kit], tmp_path
    finally:
        for desk in desks:
            desk.close()
        dvc("--db", str(first), "hub", "stop", "--operator", HEAD, check=False)


def _both_at_once(desks, *commands) -> list[dict]:  # noqa: ANN001
    """Each desk given its command in the same moment (neither has heard of the other's yet)."""
    import json

    for desk, command in zip(desks, commands):
        desk.process.stdin.write(command + "\n")
        desk.process.stdin.flush()
    return [json.loads(desk.process.stdout.readline()) for desk in desks]


def _confirmed_teams_of(path, volunteer: str) -> int:  # noqa: ANN001
    con = raw_connect(path, readonly=True)
    try:
        return con.execute("SELECT count(*) FROM team_member m JOIN team t ON t.id = m.team_id WHERE "
                           "m.volunteer_id = ? AND m.deleted = 0 AND t.deleted = 0 AND t.status IN ('confirmed', "
                           "'dispatched')", (volunteer,)).fetchone()[0]
    finally:
        con.close()


def _hub_pid(path) -> int:  # noqa: ANN001
    import json

    return json.loads(dvc("--db", str(path), "hub", "status", "--json").stdout)["pid"]


def test_one_person_one_team_and_no_stock_below_zero_while_connected_and_after_the_hub_stops(two_desks):
    desks, people, needs, kit, folder = two_desks
    paths = [folder / "desk1.db", folder / "desk2.db", folder / "desk1-hub.db"]

    # Connected: the same person on a team at both desks, at once; the last wheelbarrows lent at both.
    teams = _both_at_once(desks, f"team {people[0]} {needs[0]}", f"team {people[0]} {needs[1]}")
    assert sorted(t["ok"] for t in teams) == [False, True], teams
    refused = next(t for t in teams if not t["ok"])
    assert "Nothing was confirmed" in refused["message"] or "two teams" in refused["message"], refused
    lent = _both_at_once(desks, f"lend {kit[0]} 4 mitaka", f"lend {kit[0]} 3 chofu")
    assert sorted(r["ok"] for r in lent) == [False, True], lent
    refused = next(r for r in lent if not r["ok"])
    assert "Nothing was lent" in refused["message"] or "available" in refused["message"], refused
    for desk in desks:
        assert desk.ask("wait_in_step", 60)["ok"]

    # The hub stops answering (SIGSTOP: questions wait for the timeout): both desks go on, each within ~1 s.
    pid = _hub_pid(folder / "desk1.db")
    os.kill(pid, signal.SIGSTOP)
    try:
        teams = _both_at_once(desks, f"team {people[1]} {needs[2]}", f"team {people[1]} {needs[3]}")
        lent_apart = _both_at_once(desks, f"lend {kit[1]} 4 mitaka", f"lend {kit[1]} 3 chofu")
    finally:
        os.kill(pid, signal.SIGCONT)
    assert all(t["ok"] for t in teams), teams
    assert all(r["ok"] for r in lent_apart), lent_apart
    assert max(r["s"] for r in teams + lent_apart) < 2.5, (teams, lent_apart)

    # Once the hub answers again the rounds meet and both desks list what was done apart; nothing from the
    # connected part: one confirmed team holds the first person, and no wheelbarrow is lent twice.
    wanted = {f"teams:{people[1]}", f"stock:{kit[1]}"}
    lists, keys = [], []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        lists = [desk.ask("apart")["value"] for desk in desks]
        keys = [{k.rsplit(":", 1)[0] if k.startswith("teams:") else k for k in found} for found in lists]
        if all(wanted <= k for k in keys):
            break
        time.sleep(0.3)
    assert all(wanted <= k for k in keys), lists
    assert all(f"stock:{kit[0]}" not in found for found in lists), lists
    for path in paths:
        assert _confirmed_teams_of(path, people[0]) == 1, path
        assert _confirmed_teams_of(path, people[1]) == 2, path
