"""Unexpected errors: logged with their traceback, shown to staff as a calm Japanese message.

Every confirmed change is already committed to the database when it is
confirmed, so the message can say that the work is safe.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from dvc.i18n import translate
from dvc.services.core.logs import configure

log = logging.getLogger("dvc.ui")
_showing = False
_log_file: Path | None = None


def _hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    global _showing
    log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, error, tb)))
    if issubclass(kind, KeyboardInterrupt) or QApplication.instance() is None or _showing:
        sys.__excepthook__(kind, error, tb)
        return
    _showing = True
    try:
        from dvc.services.core.storage_errors import explain

        storage = explain(error) if isinstance(error, Exception) else None
        if storage is not None:
            # Not "something went wrong inside dvc": the disk or the file said no, and there is a next step.
            QMessageBox.warning(QApplication.activeWindow(), QCoreApplication.translate("operations", "dvc"),
                                storage.message(translate))
            return
        QMessageBox.critical(
            QApplication.activeWindow(),
            QCoreApplication.translate("crash", "Unexpected error"),
            QCoreApplication.translate(
                "crash",
                "Something went wrong inside dvc: {error}\n\n"
                "Everything that was confirmed is saved. You can go on working; if it happens again, "
                "restart dvc and give this file to whoever looks after it:\n{log}",
            ).format(error=f"{kind.__name__}: {error}", log=str(_log_file)),
        )
    finally:
        _showing = False


def install() -> None:
    global _log_file
    _log_file = configure()
    sys.excepthook = _hook
