"""`dvc screenshots OUTDIR`: a PNG of every desk screen and dialog, for the manual and for review."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QtMsgType, Qt, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from dvc.domain.messages import UserError
from dvc.services.safekeeping import backup
from dvc.services.staff import operators
from dvc.folders import paths
from dvc.services.core.workspace import open_workspace
from dvc.ui.app import LAPTOP_SIZE, ensure_application
from dvc.ui.desks import DESKS
from dvc.ui.widgets.status_line import StatusLine


def _needs_offscreen() -> bool:
    if QApplication.instance() is not None or "QT_QPA_PLATFORM" in os.environ:
        return False
    if sys.platform.startswith("linux"):
        return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return False


def _quiet_offscreen(mode: QtMsgType, context: object, message: str) -> None:
    # The offscreen platform warns about window hints it cannot apply: noise
    # for someone who only asked for pictures.
    if "propagateSizeHints" in message:
        return
    print(message, file=sys.stderr)


def _save(widget: QWidget, target: Path) -> Path:
    # Never on screen: no flicker on a desk laptop, and it works without a display.
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    widget.show()
    QApplication.processEvents()
    # What the desk loop would have done by now: widgets taken off screen with deleteLater are gone,
    # and the status line's clock (ticked by a real-time timer) shows this moment.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for line in widget.findChildren(StatusLine):
        line.tick()
    QApplication.processEvents()
    if not widget.grab().save(str(target)):
        raise OSError(f"could not write {target}")
    return target


def _sign_in_first_operator(ws) -> None:  # noqa: ANN001
    """The status line then shows a name, as on a desk in use (the copy only)."""
    for row in operators.list_operators(ws):
        try:
            operators.sign_in(ws, operator_id=row.id)
        except UserError:
            continue
        return


def save_screenshots(*, db_path: Path, outdir: Path, dialogs: bool = True,
                     pause: Callable[[], None] | None = None) -> list[Path]:
    """Photograph each desk at laptop size, then (``dialogs``) the dialogs and answers the manual explains.

    The pictures are taken on a copy in a temporary folder: the scenes scan, lend and sign in like
    staff would, and none of that may touch the real database, which is only read (and its lock released).
    ``pause`` runs between scenes (see screenshot_scenes.scenes).
    """
    if _needs_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        qInstallMessageHandler(_quiet_offscreen)
    ensure_application()
    from dvc.ui.dialogs.first_run import FirstRunDialog
    from dvc.ui.dialogs.settings import SettingsDialog
    from dvc.ui.main_window import MainWindow
    from dvc.ui.screenshot_scenes import scenes

    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="dvc-shots-") as tmp:
        copy = Path(tmp) / Path(db_path).name
        with open_workspace(db_path) as original:
            backup.make_backup(original, out=copy)
        with open_workspace(copy) as ws:
            _sign_in_first_operator(ws)
            window = MainWindow(ws)
            window.resize(*LAPTOP_SIZE)
            try:
                for number, desk in enumerate(DESKS, start=1):
                    window.show_desk(number - 1)
                    saved.append(_save(window, outdir / f"{number:02d}-{desk.key}.png"))
                settings = SettingsDialog(window, ws)
                saved.append(_save(settings, outdir / f"{len(DESKS) + 1:02d}-settings.png"))
                settings.close()
                first_run = FirstRunDialog(db_path=paths.default_db_path(), explicit_path=False)
                saved.append(_save(first_run, outdir / f"{len(DESKS) + 2:02d}-first-run.png"))
                first_run.close()
                first_run.deleteLater()
                if dialogs:
                    saved += scenes(window, outdir, _save, pause)
            finally:
                window.close()
                window.deleteLater()
                QApplication.processEvents()
    return saved
