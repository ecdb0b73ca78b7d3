"""Run one ``dvc`` command on a disk that is (nearly) full; report what it said and what the file holds after.

    python -m tests.recovery.full_disk_worker SCENARIO SOURCE_DIR DISK_DIR FREE_BYTES ARG...

Runs inside tests/recovery/sandbox.py's namespace, where DISK_DIR is a small tmpfs. The database (and its
backups/ folder) is copied from SOURCE_DIR onto it, the rest of the disk is filled up but FREE_BYTES, and the
command runs as `dvc` would (``dvc.cli.main``). Then the filler is removed and the database reopened: it
must open, pass integrity_check and show either the whole change or none of it. Prints one JSON line.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import sys
import traceback
from pathlib import Path

from tests.rawdb import copy_with_key
from tests.recovery.peek import peek


def fill_disk(folder: Path, free_bytes: int) -> Path:
    filler = folder / "filler"
    chunk = b"\0" * 65536
    with open(filler, "wb", buffering=0) as fh:
        try:
            while fh.write(chunk):
                pass
        except OSError:
            pass
    size = filler.stat().st_size
    os.truncate(filler, max(0, size - free_bytes))
    return filler


def facts(db: Path) -> dict:
    con = peek(db)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        out = {"integrity": con.execute("PRAGMA integrity_check").fetchone()[0],
               "revision": con.execute("SELECT version_num FROM alembic_version").fetchone()[0],
               "leftovers": sorted(t for t in tables if t.startswith("_alembic_tmp_"))}
        for table in ("volunteer", "attendance", "need", "exchange_bundle"):
            if table in tables:
                out[table] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        return out
    finally:
        con.close()


def main(scenario: str, source: str, disk: str, free: str, *args: str) -> int:
    source_dir, disk_dir = Path(source), Path(disk)
    db = disk_dir / "center.db"
    copy_with_key(source_dir / "center.db", db)
    argv = {"checkin": ["checkin", *args], "volunteers": ["volunteers", "import", *args, "--no-encrypt"],
            "exchange": ["exchange", "import", *args], "open": ["backup"]}[scenario]
    filler = fill_disk(disk_dir, int(free))
    err, out = io.StringIO(), io.StringIO()
    crashed = ""
    from dvc.cli import main as dvc_main

    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        try:
            rc = dvc_main(["--db", str(db), *argv])
        except BaseException:  # noqa: BLE001  (what a person would have seen)
            rc, crashed = -1, traceback.format_exc()
    filler.unlink()
    result = {"rc": rc, "stderr": err.getvalue().strip(), "traceback": crashed,
              "after_command": facts(db), "free": int(free)}
    from dvc.services.core.workspace import open_workspace

    try:
        open_workspace(db).close()  # with room again, the next start just works
        result["reopened"] = facts(db)
    except Exception as exc:  # noqa: BLE001
        result["reopen_error"] = f"{type(exc).__name__}: {exc}"
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
