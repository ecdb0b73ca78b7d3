"""From a database path to an open workspace: open it, make the drill, or ask on first start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QWidget

from dvc.folders import paths
from dvc.services.core import preview_files
from dvc.services.core.workspace import DamagedDatabase, Workspace, open_workspace
from dvc.ui.dialogs.first_run import DRILL, FirstRunDialog
from dvc.ui.dialogs.passphrase import unlocking
from dvc.ui.operations import run_operation

# The drill a laptop gets on first use: a morning at a mid-sized center.
DRILL_VOLUNTEERS = 300
DRILL_NEEDS = 60


def create_drill_database(path: Path, parent: QWidget | None = None) -> bool:
    """Make the drill database behind a progress bar; False if it was refused."""
    from dvc.services.drill.scenario import DrillSpec, create_drill

    progress = QProgressDialog(QCoreApplication.translate("startup", "Preparing the drill database…"), "", 0, 0, parent)
    progress.setWindowTitle(QCoreApplication.translate("startup", "Drill"))
    progress.setCancelButton(None)  # a half-made drill database is worse than waiting a few seconds
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(0)

    def report(done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done)
        QApplication.processEvents()

    spec = DrillSpec(volunteers=DRILL_VOLUNTEERS, needs=DRILL_NEEDS)
    try:
        made = run_operation(parent, lambda: create_drill(path, spec, replace=False, progress=report))
    finally:
        progress.close()
    return made is not None


def _open_converting(path: Path, parent: QWidget | None) -> Workspace:
    """Open the database; a plain one from an earlier dvc is encrypted first, behind a notice (it can take minutes)."""
    from dvc.services.keys import conversion

    if not conversion.needed(path):
        return open_workspace(path)
    progress = QProgressDialog(QCoreApplication.translate(
        "startup", "Encrypting the database (once, after the update). This can take a few minutes; do not switch "
                   "the laptop off."), "", 0, 0, parent)
    progress.setWindowTitle(QCoreApplication.translate("startup", "Encryption"))
    progress.setCancelButton(None)  # stopping half-way is safe, but the desks need the database either way
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(0)
    progress.show()
    QApplication.processEvents()
    try:
        return open_workspace(path)
    finally:
        progress.close()


def open_drill(path: Path, parent: QWidget | None = None) -> Workspace | None:
    if not path.exists() and not create_drill_database(path, parent):
        return None
    return open_existing(path, parent)


def open_existing(path: Path, parent: QWidget | None = None) -> Workspace | None:
    """Open the database, asking for its passphrase as often as it needs one (see dialogs/passphrase.py);
    a damaged one gets the offer to put back its latest good backup."""
    damaged: list[DamagedDatabase] = []

    def attempt() -> Workspace | None:
        from dvc.services.core.storage_errors import explain

        try:
            return _open_converting(path, parent)
        except DamagedDatabase as exc:
            damaged.append(exc)
            return None
        except Exception as exc:  # a full disk, a read-only folder: shown as the operation helper shows them
            storage = explain(exc, path=path)
            if storage is None:
                raise
            raise storage from None

    ws = unlocking(parent, path, attempt)
    if damaged:
        from dvc.ui.dialogs.damaged_database import offer_restore

        return offer_restore(damaged[0].path, parent)
    return ws


def open_for_gui(*, db_path: Path, drill: bool, explicit_path: bool, parent: QWidget | None = None) -> Workspace | None:
    """The workspace the main window will show, or None if the user gave up or it was refused.

    Print previews a crashed or killed window left beside the database go now: the database is open for
    writing, so no other dvc is showing one of them.
    """
    ws = _open_for_gui(db_path=db_path, drill=drill, explicit_path=explicit_path, parent=parent)
    if ws is not None:
        preview_files.clear_leftovers(ws.path)
    return ws


def _open_for_gui(*, db_path: Path, drill: bool, explicit_path: bool, parent: QWidget | None) -> Workspace | None:
    if drill:
        return open_drill(db_path, parent)
    if db_path.exists():
        return open_existing(db_path, parent)
    dialog = FirstRunDialog(db_path=db_path, explicit_path=explicit_path, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if dialog.choice == DRILL:
        return open_drill(paths.drill_db_path(), parent)
    return dialog.workspace
