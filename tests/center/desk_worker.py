"""A desk as its own process for the center tests: opens the database, keeps it in step with the hub (the same
Replicator the app runs), and does what the test writes on stdin, one JSON line back per command.

    ping | checkin PAYLOAD... | status | wait_in_step SECONDS | watch ID... | arrivals | quit

``watch`` names attendance ids to look out for; ``arrivals`` answers when each was first seen here (a poll
every 5 ms on a connection of its own, as a screen refreshed by the replicator would read it).
"""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path
from tests.rawdb import raw_connect


def main() -> int:
    import logging

    logging.basicConfig(stream=sys.stderr, level=logging.WARNING)
    from dvc.services.center.replicator import Replicator
    from dvc.services.core.workspace import open_workspace
    from dvc.services.reception import checkin

    ws = open_workspace(Path(sys.argv[1]))
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
