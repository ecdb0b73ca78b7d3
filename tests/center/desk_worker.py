"""A desk as its own process for the center tests: opens the database, keeps it in step with the hub (the same
Replicator the app runs), and does what the test writes on stdin, one JSON line back per command.

    ping | checkin PAYLOAD... | status | wait_in_step SECONDS | seen SECONDS | quit
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main() -> int:
    import logging

    logging.basicConfig(stream=sys.stderr, level=logging.WARNING)
    from dvc.services.center.replicator import Replicator
    from dvc.services.core.workspace import open_workspace
    from dvc.services.reception import checkin

    ws = open_workspace(Path(sys.argv[1]))
    replicator = Replicator(ws)
    started = replicator.start()
    arrivals: list[float] = []
    replicator.add_listener(lambda applied: arrivals.append(time.time()) if "attendance" in applied.tables else None)

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
            elif command == "arrivals":
                answer({"ok": True, "arrivals": arrivals})
            elif command == "quit":
                answer({"ok": True})
                break
            else:
                answer({"ok": False, "error": f"unknown command {command}"})
    finally:
        replicator.stop()
        ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
