"""Run inside a network namespace of its own (test_discovery.py): announce a hub on loopback and browse for it."""

from __future__ import annotations

import json
import os
import sys


def main() -> int:
    os.environ["DVC_DISCOVERY"] = "on"
    os.environ["DVC_DISCOVERY_INTERFACES"] = "127.0.0.1"
    from dvc.sync import discovery

    announcer = discovery.Announcer(hub="ab" * 16, council="koganei", short="KG", name="小金井市社会福祉協議会",
                                    drill=True, port=47811, addresses=["127.0.0.1"])
    try:
        found = discovery.browse(3.0)
    finally:
        announcer.close()
    print(json.dumps([{"hub": f.hub, "council": f.council, "name": f.name, "drill": f.drill, "address": f.address}
                      for f in found], ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
