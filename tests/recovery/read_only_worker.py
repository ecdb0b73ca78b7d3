"""Commands and the app's start on a folder that refuses writes; what each said (one JSON line).

    python -m tests.recovery.read_only_worker LOCKED_DIR WRITABLE_DIR CODE

Runs inside tests/recovery/sandbox.py's namespace, where LOCKED_DIR is bind-mounted read-only. LOCKED_DIR holds
center.db (closed); WRITABLE_DIR holds other.db, a database that can be written, to export into LOCKED_DIR.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import traceback
from pathlib import Path


def run(argv: list[str]) -> dict:
    from dvc.cli import main

    err, out = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        try:
            rc = main(argv)
        except BaseException:  # noqa: BLE001  (what a person would have seen)
            return {"rc": -1, "stderr": traceback.format_exc()}
    return {"rc": rc, "stderr": err.getvalue().strip()}


def gui_start(db: Path) -> list[str]:
    from PySide6.QtWidgets import QMessageBox

    from dvc.ui.app import ensure_application
    from dvc.ui.startup import open_existing

    ensure_application()
    shown: list[str] = []
    QMessageBox.warning = staticmethod(lambda parent, title, text, *a, **k: shown.append(text))
    try:
        ws = open_existing(db)
    except BaseException:  # noqa: BLE001
        return ["TRACEBACK " + traceback.format_exc()]
    if ws is not None:
        ws.close()
        shown.append("OPENED")
    return shown


def main(locked: str, writable: str, code: str) -> int:
    from dvc import i18n

    i18n.install("ja")
    locked_dir, writable_dir = Path(locked), Path(writable)
    db, other = locked_dir / "center.db", writable_dir / "other.db"
    result = {
        "info": run(["--db", str(db), "info", "--json"]),
        "checkin": run(["--db", str(db), "checkin", code]),
        "init": run(["--db", str(locked_dir / "new.db"), "init", "--council", "koganei"]),
        "report": run(["--db", str(other), "report", "daily", "--out", str(locked_dir / "nippo.xlsx")]),
        "backup": run(["--db", str(other), "backup", "--out", str(locked_dir / "copy.db")]),
        "gui": gui_start(db),
    }
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
