"""Reception's printing buttons: the chosen person's intake sheet, blank sheets, name badges — always via a preview.

A widget of its own: the page places it and says who is chosen (``chosen_code``).
The PDF is written to the database's private preview folder and shown in the print
preview, where it can be printed or saved; it goes when the preview closes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QHBoxLayout, QInputDialog, QMessageBox, QProgressDialog, QPushButton, QWidget

from dvc.services.reception import intake_print
from dvc.services.core.workspace import Workspace
from dvc.ui.operations import run_operation
from dvc.ui.widgets import print_preview

DEFAULT_BLANK = 50
SHOW_PROGRESS_FROM = 20  # pages; fewer are written before anyone could read a progress bar


class PrintActions(QWidget):
    def __init__(self, ws: Workspace, chosen_code: Callable[[], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.chosen_code = chosen_code
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.sheet_button = QPushButton(self.tr("Print intake sheet (Ctrl+P)"), self)
        self.blank_button = QPushButton(self.tr("Blank intake sheets… (Ctrl+B)"), self)
        self.badge_button = QPushButton(self.tr("Name badges… (Ctrl+M)"), self)
        for button, slot, keys in ((self.sheet_button, self.print_sheet, "Ctrl+P"),
                                   (self.blank_button, self.print_blank, "Ctrl+B"),
                                   (self.badge_button, self.print_badges, "Ctrl+M")):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the keyboard
            button.clicked.connect(slot)
            row.addWidget(button)
            # Keyboard only: window-wide while reception is on screen.
            QShortcut(QKeySequence(keys), self, slot, context=Qt.ShortcutContext.WindowShortcut)

    def print_sheet(self) -> None:
        code = self.chosen_code()
        if code is None:
            QMessageBox.information(self, self.tr("Intake sheet"),
                                    self.tr("Choose a volunteer in the list first (search by name, then Down)."))
            return
        self._print(self.tr("Intake sheet {code}").format(code=code),
                    lambda out, progress: intake_print.print_intake(self.ws, out=out, codes=[code], progress=progress))

    def print_codes(self, codes: list[str]) -> None:
        """The sheets of people just registered, in one preview (a group's members one after another)."""
        title = (self.tr("Intake sheet {code}").format(code=codes[0]) if len(codes) == 1
                 else self.tr("{count} intake sheets").format(count=len(codes)))
        self._print(title, lambda out, progress: intake_print.print_intake(self.ws, out=out, codes=list(codes),
                                                                           progress=progress))

    def print_blank(self) -> None:
        count, ok = QInputDialog.getInt(
            self, self.tr("Blank intake sheets"),
            self.tr("How many blank sheets? Each gets a QR id of its own."),
            DEFAULT_BLANK, 1, intake_print.MAX_BLANK, 10)
        if ok:
            self._print(self.tr("{count} blank intake sheets").format(count=count),
                        lambda out, progress: intake_print.print_intake(self.ws, out=out, blank=count,
                                                                        progress=progress), personal=False)

    def print_badges(self) -> None:
        code = self.chosen_code()
        everyone = self.tr("Everyone checked in today")
        choices = [everyone] + ([self.tr("Only {code}").format(code=code)] if code else [])
        chosen, ok = QInputDialog.getItem(self, self.tr("Name badges"), self.tr("Badges for:"), choices, 0, False)
        if not ok:
            return
        if chosen == everyone:
            self._print(self.tr("Name badges of today"), lambda out, progress: intake_print.print_badges(
                self.ws, out=out, checked_in_today=True, progress=progress))
        else:
            self._print(self.tr("Name badge {code}").format(code=code), lambda out, progress: intake_print.print_badges(
                self.ws, out=out, codes=[code], progress=progress))

    def _print(self, title: str, write: Callable, *, personal: bool = True) -> None:  # noqa: ANN001
        with print_preview.temporary_pdf(self.ws, "dvc.pdf") as out:
            bar = _Progress(self, title)
            printed = run_operation(self, lambda: write(out, bar.update))
            bar.close()
            if printed is not None:
                print_preview.show_pdf_preview(self, out, title, personal=personal)


class _Progress:
    """A progress dialog for long prints (a box of blank sheets), shown only when there is something to watch."""

    def __init__(self, parent: QWidget, title: str) -> None:
        self.parent, self.title = parent, title
        self.dialog: QProgressDialog | None = None

    def update(self, done: int, total: int) -> None:
        if total < SHOW_PROGRESS_FROM:
            return
        if self.dialog is None:
            self.dialog = QProgressDialog(self.title, "", 0, total, self.parent)
            self.dialog.setCancelButton(None)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(0)
        self.dialog.setValue(done)
        QApplication.processEvents()

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
