"""At start-up, when the database file cannot be read: offer to put back the latest good backup.

The damaged file is not deleted: restoring moves it (with its -wal) into backups/, where whoever looks
after dvc can still try to save something from it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from dvc.domain.timeutil import to_local
from dvc.services.core.workspace import Workspace, open_workspace
from dvc.services.safekeeping.backup import GoodBackup, backup_dir, latest_good_backup, restore
from dvc.ui.operations import run_operation


class DamagedDatabaseDialog(QMessageBox):
    """Says the file is damaged; with a good backup, its one default button puts that backup back."""

    def __init__(self, *, db_path: Path, backup: GoodBackup | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backup = backup
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("The database is damaged"))
        self.setText(self.tr("The database cannot be opened: the file is damaged.\n{path}").format(path=db_path))
        if backup is None:
            self.setInformativeText(self.tr(
                "No good backup of it was found in {folder}. Do not delete the file: close dvc and ask whoever "
                "looks after it. A backup on a USB stick can be put back with 'dvc restore'.").format(
                folder=backup_dir(db_path)))
            self.restore_button = None
            self.close_button = self.addButton(self.tr("Close dvc"), QMessageBox.ButtonRole.RejectRole)
            self.setDefaultButton(self.close_button)
            return
        made = to_local(backup.made_at)
        self.setInformativeText(self.tr(
            "The latest good backup was made on {day} at {time}:\n{file}\n\n"
            "Put it back and open it? What was entered after {time} is not in it. "
            "The damaged file is kept in the backups folder, not deleted.").format(
            day=f"{made:%Y/%m/%d}", time=f"{made:%H:%M}", file=backup.path.name))
        self.restore_button = self.addButton(self.tr("Restore the latest good backup"),
                                             QMessageBox.ButtonRole.AcceptRole)
        self.close_button = self.addButton(self.tr("Close dvc"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.restore_button)
        self.setEscapeButton(self.close_button)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        # A message box wraps at a narrow width; a path and a file name read better on wider lines.
        for name in ("qt_msgbox_label", "qt_msgbox_informativelabel"):
            label = self.findChild(QLabel, name)
            if label is not None:
                label.setMinimumWidth(480)
        super().showEvent(event)

    def wants_restore(self) -> bool:
        return self.restore_button is not None and self.clickedButton() is self.restore_button


def offer_restore(db_path: Path, parent: QWidget | None = None) -> Workspace | None:
    """Show the offer; the workspace of the restored database, or None if dvc should close."""
    dialog = DamagedDatabaseDialog(db_path=db_path, backup=latest_good_backup(db_path), parent=parent)
    dialog.exec()
    if not dialog.wants_restore():
        return None
    backup = dialog.backup
    if run_operation(parent, lambda: restore(backup.path, db_path) or True) is None:
        return None
    return run_operation(parent, lambda: open_workspace(db_path))
