"""The reception desk on a disk that fills up while it is open: scan a code by key events, report what was shown.

    python -m tests.recovery.full_disk_gui_worker SOURCE_DIR DISK_DIR CODE SHOT.png

Runs inside tests/recovery/sandbox.py's namespace (DISK_DIR a small tmpfs). Prints one JSON line: the message
boxes shown, whether the person is checked in, and the file's state once the disk has room again.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

from tests.rawdb import copy_with_key
from tests.recovery.full_disk_worker import facts, fill_disk
from tests.recovery.keys import scanner_types


def main(source: str, disk: str, code: str, shot: str) -> int:
    from PySide6.QtWidgets import QMessageBox

    from dvc import i18n
    from dvc.services.core.workspace import open_workspace
    from dvc.ui import crash
    from dvc.ui.app import ensure_application
    from dvc.ui.main_window import MainWindow

    i18n.install("ja")
    app = ensure_application()
    crash.install()
    shown: list[str] = []
    QMessageBox.warning = staticmethod(lambda parent, title, text, *a, **k: shown.append(text))
    QMessageBox.critical = staticmethod(lambda parent, title, text, *a, **k: shown.append("CRASH " + text))
    db = Path(disk) / "center.db"
    copy_with_key(Path(source) / "center.db", db)
    ws = open_workspace(db)
    ws.operator = "山田 花子"
    window = MainWindow(ws)
    window.resize(1366, 768)
    window.show()
    window.show_desk(0)
    window.activateWindow()
    for _ in range(20):
        app.processEvents()
    reception = window.page("reception")
    filler = fill_disk(Path(disk), 0)
    reception.search_field.setFocus()
    scanner_types(window, code)
    for _ in range(50):
        app.processEvents()
    window.grab().save(shot)
    filler.unlink()
    result = {"shown": shown, "scan_field": reception.search_field.text()}
    window.close()
    ws.close()
    result["after"] = facts(db)
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
