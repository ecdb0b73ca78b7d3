"""A desk as its own process for the center tests: opens the database, keeps it in step with the hub (the same
Replicator the app runs), and does what the test writes on stdin, one JSON line back per command.

    ping | checkin PAYLOAD... | status | wait_in_step SECONDS | watch ID... | arrivals | quit
    propose VOLUNTEER NEED | confirm TEAM | team VOLUNTEER NEED | lend ITEM QUANTITY COUNCIL | apart

``propose`` puts a person on a need's proposed team (the team's id back), ``confirm`` confirms it, ``team`` does
both, and ``lend`` lends to another council, as the matching and equipment desks do: a refusal answers ok false
with the message, and each answer says how long it took. ``apart`` lists the open conflicts made apart as this desk's replication left them.

``watch`` names attendance ids to look out for; ``arrivals`` answers when each was first seen here (a poll
every 5 ms on a connection of its own, as a screen refreshed by the replicator would read it).
"""

from __future__ import annotations

import json
import sys
import threading
import time
import uuid
from pathlib import Path

from dvc.domain.messages import UserError
from tests.rawdb import raw_connect


def _propose(ws, volunteer: str, need: str) -> str:  # noqa: ANN001
    from dvc.services.matching import team_plan

    team_plan.move_member(ws, volunteer_id=uuid.UUID(volunteer), to_team_id=None, to_need_id=uuid.UUID(need))
    return next(t.id.hex for t in team_plan.day_plan(ws).teams if t.need_id == uuid.UUID(need))


def _confirm(ws, team: str) -> list[str]:  # noqa: ANN001
    from dvc.services.matching import team_plan

    return [t.hex for t in team_plan.confirm_teams(ws, team_ids=[uuid.UUID(team)], accept_warnings=True)]


def _lend(ws, item: str, quantity: str, council: str) -> str:  # noqa: ANN001
    from dvc.services.equipment import loans

    return loans.lend(ws, equipment_id=uuid.UUID(item), quantity=int(quantity), borrower_council=council).loan_id.hex


def _apart(ws) -> list[str]:  # noqa: ANN001
    con = raw_connect(ws.path, readonly=True)
    try:
        return sorted(r[0] for r in con.execute("SELECT key FROM apart_conflict WHERE closed_at IS NULL"))
    finally:
        con.close()


def _team(ws, volunteer: str, need: str) -> str:  # noqa: ANN001
    team = _propose(ws, volunteer, need)
    _confirm(ws, team)
    return team


DESK_ACTIONS = {"propose": _propose, "confirm": _confirm, "team": _team, "lend": _lend, "apart": _apart}


def main() -> int:
    import logging

    logging.basicConfig(stream=sys.stderr, level=logging.WARNING)
    from dvc.services.center.replicator import Replicator
    from dvc.services.core.workspace import open_workspace
    from dvc.services.reception import checkin

    ws = open_workspace(Path(sys.argv[1]))
    ws.operator = "訓練 管理者"  # the drill's center head: the desks' services record who did it
    replicator = Replicator(ws)
    started = replicator.start()
    watched: set[str] = set()
    seen_at: dict[str, float] = {}
    lock = threading.Lock()
    done = threading.Event()

    def watch() -> None:
        con = raw_connect(sys.argv[1], readonly=True)
        while not done.is_set():
            with lock:
                wanted = sorted(watched - set(seen_at))
            for start in range(0, len(wanted), 500):
                part = wanted[start:start + 500]
                rows = con.execute(f"SELECT id FROM attendance WHERE id IN ({','.join('?' * len(part))})", part)
                now = time.time()
                with lock:
                    for (rid,) in rows:
                        seen_at.setdefault(rid, now)
            time.sleep(0.005)
        con.close()

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()

    def answer(data: dict) -> None:
        sys.stdout.write(json.dumps(data) + "\n")
        sys.stdout.flush()

    try:
        for line in sys.stdin:
            words = line.split()
            if not words:
                continue
            command, args = words[0], words[1:]
            if command == "ping":
                answer({"ok": True, "replicating": started})
            elif command == "checkin":
                results = []
                for payload in args:
                    began = time.perf_counter()
                    result = checkin.check_in(ws, scanned=payload)
                    results.append({"result": result.result, "ms": (time.perf_counter() - began) * 1000,
                                    "at": time.time()})
                answer({"ok": True, "results": results})
            elif command == "status":
                answer({"ok": True, **replicator.status().as_dict()})
            elif command == "wait_in_step":
                answer({"ok": replicator.wait_in_step(float(args[0]))})
            elif command == "watch":
                with lock:
                    watched.update(args)
                answer({"ok": True})
            elif command == "arrivals":
                with lock:
                    answer({"ok": True, "arrivals": dict(seen_at)})
            elif command in DESK_ACTIONS:
                began = time.perf_counter()
                try:
                    value = DESK_ACTIONS[command](ws, *args)
                except UserError as exc:
                    answer({"ok": False, "message": exc.message(), "s": time.perf_counter() - began})
                else:
                    answer({"ok": True, "value": value, "s": time.perf_counter() - began})
            elif command == "quit":
                answer({"ok": True})
                break
            else:
                answer({"ok": False, "error": f"unknown command {command}"})
    finally:
        done.set()
        replicator.stop()
        ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
