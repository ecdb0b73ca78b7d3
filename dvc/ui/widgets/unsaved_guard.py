"""Esc (or Cancel, or the window's ×) on a form someone has typed into asks before throwing the typing away.

A desk is interrupted all day; an Esc meant for a popup or pressed out of habit
must not lose a half-written registration or need. A form that is as it was
opened closes at once, as before.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from dvc.i18n import translate


class UnsavedGuard(QObject):
    """Remembers what ``snapshot()`` gave when the form opened (or was last loaded); compares on closing.

    A close the program asks for (``close()``, the application quitting) does not ask: only a person's Esc,
    Cancel or the window's ×, which arrive as keys, clicks or a close from the window system.
    """

    def __init__(self, dialog: QDialog, snapshot: Callable[[], object]) -> None:
        super().__init__(dialog)
        self.dialog, self.snapshot = dialog, snapshot
        self._baseline = snapshot()
        self._quiet = False
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Close and watched is getattr(self, "dialog", None):
            self._quiet = not event.spontaneous()
        return False

    def reset(self) -> None:
        """The form now holds what it should start from (a record loaded into it)."""
        self._baseline = self.snapshot()

    def changed(self) -> bool:
        return self.snapshot() != self._baseline

    def may_close(self) -> bool:
        quiet, self._quiet = self._quiet, False
        return quiet or not self.changed() or ask_discard(self.dialog)


def ask_discard(parent: QDialog) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, parent.windowTitle(),
                      translate("UnsavedGuard", "What was typed here is not saved yet."),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(translate("UnsavedGuard", "Close and throw it away, or go back to the form?"))
    discard = box.addButton(translate("UnsavedGuard", "&Throw away and close"),
                            QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("UnsavedGuard", "&Back to the form"), QMessageBox.ButtonRole.RejectRole)
    # The safe answer is the default: Enter or a second Esc keeps the typing.
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard
