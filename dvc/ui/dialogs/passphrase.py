"""Asking for a passphrase at start-up: to unlock an encrypted database, or to choose one for this laptop.

Only on a laptop where the operating system cannot keep the key (no Windows
account store, no desktop keyring), or on a new laptop before the recovery
passphrase has been typed once. A USB barcode scanner reads the recovery
sheet's QR code into the field like a keyboard; its Enter confirms.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.i18n import translate
from dvc.services.keys import custody, recovery
from dvc.ui.operations import run_operation

T = TypeVar("T")
ERROR_STYLE = "QLabel { color: #b00020; }"


class PassphraseDialog(QDialog):
    """One field (unlock) or two (choose a new start-up passphrase)."""

    def __init__(self, parent: QWidget | None, *, path: Path, choose: bool, error: str = "") -> None:
        super().__init__(parent)
        self.choose = choose
        self.setWindowTitle(self.tr("Encrypted database"))
        if choose:
            text = self.tr("The database holds personal data and is encrypted. This laptop has no safe place of its "
                           "own for the key, so choose a start-up passphrase: it is asked each time dvc starts here. "
                           "Tell it only to the staff who open dvc on this laptop.")
        else:
            text = self.tr("{name} is encrypted and this laptop cannot unlock it by itself.\nEnter the start-up "
                           "passphrase, or the recovery passphrase from the recovery sheet kept in the safe (you may "
                           "also scan its QR code).").format(name=path.name)
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        self.first = QLineEdit(self)
        self.first.setObjectName("passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit(self)
        self.second.setObjectName("passphraseAgain")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.first)
        if choose:
            form.addRow(self.tr("A&gain:"), self.second)
        else:
            self.second.hide()
        self.error = QLabel(error, self)
        self.error.setObjectName("passphraseError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(bool(error))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.first.setFocus()

    def passphrase(self) -> str:
        return self.first.text().strip()

    def accept(self) -> None:
        try:
            if self.choose:
                custody.check_start_passphrase(self.first.text())
                if self.first.text() != self.second.text():
                    raise UserError(QT_TRANSLATE_NOOP("errors", "The two passphrases differ; nothing was written."))
            elif not self.passphrase():
                return
        except UserError as exc:
            self.error.setText(exc.message(translate))
            self.error.show()
            return
        super().accept()


def unlocking(parent: QWidget | None, path: Path, call: Callable[[], T]) -> T | None:
    """Run ``call`` (which opens ``path``), asking for a passphrase as often as the database needs one.

    None if the user gave up, or after any other refusal has been shown.
    """
    error = ""
    while True:
        try:
            return call()
        except custody.StartPassphraseNeeded:
            dialog = PassphraseDialog(parent, path=path, choose=True)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            custody.use_start_passphrase(dialog.passphrase())
        except (custody.KeyNeeded, custody.WrongPassphrase) as exc:
            if isinstance(exc, custody.WrongPassphrase):
                error = exc.message(translate)
            dialog = PassphraseDialog(parent, path=path, choose=False, error=error)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            given = dialog.passphrase()
            try:
                custody.unlock(path, passphrase=given)
            except custody.WrongPassphrase as wrong:
                error = wrong.message(translate)
                continue
            if not recovery.looks_like_recovery(given):
                custody.use_start_passphrase(given)  # kept for this session: a rekey seals the new key with it
            error = ""
        except UserError:
            return run_operation(parent, call)
