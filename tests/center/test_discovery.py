"""The hub announced with mDNS/DNS-SD and found by browsing, in a network namespace of the test's own (only its
loopback, with multicast on), so nothing reaches the real LAN."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from tests.center.laptops import ROOT, env


def _namespace_ok() -> bool:
    if os.geteuid() != 0 or not shutil.which("unshare") or not shutil.which("ip"):
        return False
    return subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0


@pytest.mark.skipif(not _namespace_ok(), reason="needs root, unshare and ip (iproute2) for a network namespace")
def test_a_hub_announced_on_the_lan_is_found():
    script = ("ip link set lo up && ip link set lo multicast on && ip route add 224.0.0.0/4 dev lo && "
              f"exec {sys.executable} -m tests.center.discovery_probe")
    done = subprocess.run(["unshare", "-n", "sh", "-c", script], capture_output=True, text=True, cwd=ROOT, env=env(),
                          timeout=60)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found == [{"hub": "ab" * 16, "council": "koganei", "name": "小金井市社会福祉協議会", "drill": True,
                      "address": "127.0.0.1:47811"}]


def test_discovery_is_off_in_the_tests():
    from dvc.sync import discovery

    assert not discovery.enabled()
    assert discovery.browse(0.1) == []
