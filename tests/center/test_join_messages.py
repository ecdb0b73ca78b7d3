"""What a desk is told when joining cannot work: no network at all, nobody at the address (Japanese, exit 1)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from dvc.domain import join_code
from tests.center.laptops import ROOT, dvc, env
from tests.center.test_discovery import _namespace_ok


@pytest.mark.skipif(not _namespace_ok(), reason="needs root, unshare and ip (iproute2) for a network namespace")
def test_a_laptop_on_no_network_is_told_to_connect_first(tmp_path):
    # A network namespace with only its loopback: a laptop with Wi-Fi off and no cable.
    target = tmp_path / "new.db"
    script = (f"ip link set lo up && exec {sys.executable} -m dvc --db {target} join 192.168.1.20:47810 "
              f"--code {join_code.format_code(join_code.new_code())}")
    run_env = env()
    run_env["DVC_LANG"] = "ja"
    done = subprocess.run(["unshare", "-n", "sh", "-c", script], capture_output=True, text=True, cwd=ROOT,
                          env=run_env, timeout=60)
    assert done.returncode == 1, done.stderr
    assert "ネットワークにつながっていません" in done.stderr and "Traceback" not in done.stderr
    assert not target.exists()


def test_nobody_at_the_address_is_said_so(tmp_path):
    done = dvc("--db", str(tmp_path / "new.db"), "join", "127.0.0.1:9", "--code",
               join_code.format_code(join_code.new_code()), check=False)
    assert done.returncode == 1
    assert "No center hub answers at 127.0.0.1:9" in done.stderr and "Traceback" not in done.stderr
