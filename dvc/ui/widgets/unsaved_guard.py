"""Esc (or Cancel, or the window's ×) on a form someone has typed into asks before throwing the typing away.

A desk is interrupted all day; an Esc meant for a popup or pressed out of habit
must not lose a half-written registration or need. A form that is as it was
opened closes at once, as before.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QMessageBox

from dvc.i18n import translate


class UnsavedGuard:
    """Remembers what ``snapshot()`` gave when the form opened (or was last loaded); compares on closing."""

    def __init__(self, dialog: QDialog, snapshot: Callable[[], object]) -> None:
        self.dialog, self.snapshot = dialog, snapshot
        self._baseline = snapshot()

    def reset(self) -> None:
        """The form now holds what it should start from (a record loaded into it)."""
        self._baseline = self.snapshot()

    def changed(self) -> bool:
        return self.snapshot() != self._baseline

    def may_close(self) -> bool:
        return not self.changed() or ask_discard(self.dialog)


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
