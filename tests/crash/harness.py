"""Start a worker, kill it with SIGKILL at a random moment, and report what it had confirmed.

Each trial works in its own pytest folder (``tmp_path``); a passed trial's folder is emptied afterwards and a failed
one's kept, its path in the failure report (tests/crash/conftest.py)."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Trial:
    confirmed: list[str] = field(default_factory=list)
    killed: bool = False
    seconds_before_kill: float = 0.0


def _start(mode: str, db: Path, arg: Path, stderr: int = subprocess.DEVNULL) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "tests.crash.worker", mode, str(db), str(arg)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=stderr, text=True, env=env)
    assert proc.stdout is not None
    first = proc.stdout.readline().strip()
    if first != "READY":
        proc.kill()
        raise RuntimeError(f"worker did not start: {first!r}")
    return proc


def time_full_run(mode: str, db: Path, arg: Path) -> float:
    """Seconds from READY to the end of an undisturbed run: the window the kills are spread over."""
    proc = _start(mode, db, arg, stderr=subprocess.PIPE)
    start = time.perf_counter()
    _, err = proc.communicate(timeout=600)
    if proc.returncode != 0:
        raise RuntimeError(f"worker failed undisturbed (exit {proc.returncode}): {err[-2000:]}")
    return time.perf_counter() - start


def run_and_kill(mode: str, db: Path, arg: Path, *, rng: random.Random, longest: float) -> Trial:
    """Run the worker; SIGKILL it between 0 and ``longest`` seconds after it said READY."""
    proc = _start(mode, db, arg)
    trial = Trial()
    trial.seconds_before_kill = rng.uniform(0, longest)
    time.sleep(trial.seconds_before_kill)
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
        trial.killed = True
    out, _ = proc.communicate(timeout=60)
    trial.confirmed = [line.split(" ", 2)[1] for line in out.splitlines() if line.startswith("OK ")]
    return trial


def kill_a_copy(mode: str, fresh: Path, arg: Path, *, copy: Path, seed: int, seconds: float) -> Trial:
    """Copy ``fresh`` to ``copy``, run the worker on it and kill it at a random moment of its full run
    (``seconds``; a few kills land just after it ended); the copy must still pass SQLite's integrity check.
    An encrypted database is copied with its key file, so the worker opens the copy as dvc would."""
    from tests.rawdb import copy_with_key

    copy_with_key(fresh, copy)
    trial = run_and_kill(mode, copy, arg, rng=random.Random(seed), longest=seconds * 1.1)
    assert integrity(copy) == "ok"
    return trial


def integrity(db: Path) -> str:
    from tests.rawdb import raw_connect

    con = raw_connect(db)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()
