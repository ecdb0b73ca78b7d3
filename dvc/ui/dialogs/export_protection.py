"""Before a file leaves dvc: encrypt it (a typed or a made passphrase), or, for a file without personal data, not.

A file holding names and phones is only ever written as an AES-256 zip from
the GUI; the plain choice is offered only where the caller says the file holds
no personal data. A made passphrase is shown once, after the file is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QRadioButton, QVBoxLayout,
    QWidget,
)

from dvc.domain.messages import UserError
from dvc.i18n import translate
from dvc.services.safekeeping import protected_file

TYPED, MADE, PLAIN = 0, 1, 2


@dataclass(frozen=True)
class Protection:
    passphrase: str | None  # None: unencrypted, chosen for a file without personal data
    generated: bool = False


class ExportProtectionDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, personal: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protect the file"))
        self.protection: Protection | None = None
        intro = QLabel(self.tr(
            "This file holds names and contact details. It is saved as a zip encrypted with AES-256: open it with "
            "7-Zip or another archiver and the passphrase. Windows Explorer alone cannot open it."
        ) if personal else self.tr(
            "This file holds no personal data: it may be saved unencrypted, or encrypted like the others."), self)
        intro.setWordWrap(True)
        self.choices = QButtonGroup(self)
        self.typed = QRadioButton(self.tr("&Type a passphrase (at least {n} characters)").format(
            n=protected_file.MIN_LENGTH), self)
        self.made = QRadioButton(self.tr("&Make one for me (shown once, after saving)"), self)
        self.first = QLineEdit(self)
        self.second = QLineEdit(self)
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textEdited.connect(lambda _t: self.typed.setChecked(True))
        fields = QFormLayout()
        fields.setContentsMargins(24, 0, 0, 0)
        fields.addRow(self.tr("&Passphrase:"), self.first)
        fields.addRow(self.tr("A&gain:"), self.second)
        self.error = QLabel(self)
        self.error.setStyleSheet("QLabel { color: #b00020; }")
        self.error.setWordWrap(True)
        self.error.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.typed)
        layout.addLayout(fields)
        layout.addWidget(self.made)
        self.choices.addButton(self.typed, TYPED)
        self.choices.addButton(self.made, MADE)
        self.plain = None
        if not personal:
            self.plain = QRadioButton(self.tr("&Unencrypted (no personal data)"), self)
            self.choices.addButton(self.plain, PLAIN)
            layout.addWidget(self.plain)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.typed if personal else self.plain).setChecked(True)
        if personal:
            self.first.setFocus()
        self.setMinimumWidth(520)

    def accept(self) -> None:
        choice = self.choices.checkedId()
        if choice == PLAIN:
            self.protection = Protection(None)
        elif choice == MADE:
            self.protection = Protection(protected_file.generate_passphrase(), generated=True)
        else:
            if self.first.text() != self.second.text():
                return self._refuse(self.tr("The two passphrases differ."), self.second)
            try:
                self.protection = Protection(protected_file.clean_passphrase(self.first.text()))
            except UserError as exc:
                return self._refuse(exc.message(translate), self.first)
        super().accept()

    def _refuse(self, text: str, field: QLineEdit) -> None:
        self.error.setText(text)
        self.error.show()
        field.selectAll()
        field.setFocus()


def ask_protection(parent: QWidget | None, *, personal: bool = True) -> Protection | None:
    """The user's choice, or None if they cancelled."""
    dialog = ExportProtectionDialog(parent, personal=personal)
    return dialog.protection if dialog.exec() == QDialog.DialogCode.Accepted else None


def save_name(suggested: str | Path, protection: Protection) -> str:
    """The name offered in the save dialog: the encrypted file ends in .zip."""
    return str(protected_file.protected_path(suggested)) if protection.passphrase else str(suggested)


def tell_written(parent: QWidget | None, protection: Protection, path: Path, *, summary: str = "") -> None:
    """After saving: what went in (``summary``), where the file is and, for a made passphrase, the passphrase — once."""
    box = QMessageBox(parent)
    box.setWindowTitle(translate("ExportProtection", "File saved"))
    if protection.passphrase is None:
        box.setText(translate("ExportProtection", "Saved unencrypted:\n{path}").format(path=path))
    elif protection.generated:
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(translate("ExportProtection", "Saved encrypted:\n{path}\n\nPassphrase (shown only now: write it down; "
                                                  "tell it to the recipient by phone, not in the same e-mail):")
                    .format(path=path))
        box.setInformativeText(f"<p style='font-size:20pt; font-family:monospace'>{protection.passphrase}</p>")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    else:
        box.setText(translate("ExportProtection", "Saved encrypted:\n{path}\n\nOpen it with 7-Zip or another archiver "
                                                  "and the passphrase you typed.").format(path=path))
    if summary:
        box.setText(summary + "\n\n" + box.text())
    box.exec()
