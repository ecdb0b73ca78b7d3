"""The recovery sheet in the settings: when it was printed, and printing a new one (which changes the key).

The sheet is made only to be printed: its PDF lives in a temporary folder that
goes when the preview closes, and the passphrase is shown nowhere else.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from dvc.domain.vocab import Role
from dvc.services.core.workspace import Workspace
from dvc.services.safekeeping import recovery_sheet
from dvc.services.staff import operators
from dvc.ui.dialogs.passphrase import unlocking
from dvc.ui.widgets.print_preview import show_pdf_preview, temporary_pdf

NOTE_STYLE = "color: #555;"
WARN_STYLE = "color: #b00020; font-weight: bold;"


class RecoverySheetBox(QGroupBox):
    """For the settings dialog: the state of the key and the sheet, and the one button (center head only)."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Encryption and recovery sheet"), parent)
        self.ws = ws
        self.state = QLabel(self)
        self.state.setObjectName("recoverySheetState")
        self.state.setWordWrap(True)
        self.button = QPushButton(self.tr("Print a new &recovery sheet (changes the key)…"), self)
        self.button.setObjectName("newRecoverySheet")
        self.button.clicked.connect(self.make_sheet)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.button)
        head = operators.RANK.get(ws.operator_role, -1) >= operators.RANK[Role.CENTER_HEAD]
        status = recovery_sheet.key_status(ws)
        self.button.setEnabled(head and status["encrypted"])
        if not head and status["encrypted"]:
            hint = QLabel(self.tr("Only the center head can print the recovery sheet."), self)
            hint.setStyleSheet(NOTE_STYLE)
            layout.addWidget(hint)
        self.refresh()

    def refresh(self) -> None:
        status = recovery_sheet.key_status(self.ws)
        if not status["encrypted"]:
            self.state.setText(self.tr("This drill database is not encrypted: it holds made-up people only."))
            self.state.setStyleSheet(NOTE_STYLE)
        elif status["made_at"]:
            self.state.setText(self.tr("The database and its backups are encrypted. Recovery sheet printed {when}; it "
                                       "is kept in the safe.").format(when=recovery_sheet.made_at_text(status["made_at"])))
            self.state.setStyleSheet("")
        else:
            self.state.setText(self.tr("The database and its backups are encrypted, but the recovery sheet has not "
                                       "been printed yet. Without it, nobody can open the backups on another laptop "
                                       "if this one is lost or breaks."))
            self.state.setStyleSheet(WARN_STYLE)

    def make_sheet(self) -> None:
        answer = QMessageBox.question(self, self.tr("New recovery sheet"), self.tr(
            "A new key and a new recovery sheet are made. Earlier sheets no longer open the database or its backups: "
            "shred them.\n\nHave the printer ready: the passphrase is shown only on this sheet. Print it, and keep it "
            "in the safe.\n\nGo ahead?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        made = unlocking(self, self.ws.path, lambda: recovery_sheet.new_recovery_key(self.ws))
        if made is None:
            return
        with temporary_pdf(self.ws, "recovery_sheet.pdf") as path:
            recovery_sheet.print_sheet(self.ws, made, path)
            show_pdf_preview(self, path, self.tr("Recovery sheet"))
        self.refresh()
