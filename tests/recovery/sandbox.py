"""A real full disk and a real read-only folder, made for one process without touching the machine.

``unshare --user --map-root-user --mount`` gives the process its own mount table (as a non-root user
too): there a tmpfs of a few hundred kilobytes is a disk that really fills up (writes fail with ENOSPC,
SQLite answers SQLITE_FULL), and a folder bind-mounted read-only really refuses writes (EROFS), even to
root, which ignores file permissions. Both vanish with the process. Where user namespaces are not allowed
the tests that need them are skipped and say so.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@functools.cache
def namespaces_work() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
                            "d=$(mktemp -d) && mount -t tmpfs -o size=64k tmpfs \"$d\" && umount \"$d\"; rc=$?; "
                            "rmdir \"$d\"; exit $rc"], capture_output=True)
    return probe.returncode == 0


needs_namespaces = pytest.mark.skipif(not namespaces_work(),
                                      reason="needs unshare --user --mount (user namespaces) for a real full disk")


def run_inside(module_args: list[str], *, tmpfs: Path | None = None, size_kb: int = 0,
               read_only: Path | None = None, timeout: float = 180) -> dict:
    """Run ``python -m tests.recovery.<module_args>`` with ``tmpfs`` mounted small or ``read_only`` bind-mounted
    read-only; it prints one JSON line last, which is returned."""
    steps = []
    if tmpfs is not None:
        tmpfs.mkdir(parents=True, exist_ok=True)
        steps.append(f'mount -t tmpfs -o size={size_kb}k tmpfs "{tmpfs}"')
    if read_only is not None:
        steps.append(f'mount --bind "{read_only}" "{read_only}" && mount -o remount,bind,ro "{read_only}"')
    script = " && ".join(steps + ['exec "$@"'])
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
    done = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script, "sh",
                           sys.executable, "-m", *module_args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=timeout)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, f"no result (exit {done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return json.loads(lines[-1])
