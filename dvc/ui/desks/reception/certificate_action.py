"""Reception's button for the chosen volunteer's ボランティア活動証明書, shown in the print preview.

A widget of its own, like the printing buttons beside it: the page places it
and says who is chosen (``chosen_code``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QWidget

from dvc.services.reception import certificate
from dvc.services.core.workspace import Workspace
from dvc.ui.operations import run_operation
from dvc.ui.widgets import print_preview

KEYS = "Ctrl+Shift+P"  # beside Ctrl+P, the intake sheet of the same person


class CertificateAction(QWidget):
    def __init__(self, ws: Workspace, chosen_code: Callable[[], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.chosen_code = chosen_code
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton(self.tr("Activity certificate (Ctrl+Shift+P)"), self)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the keyboard
        self.button.clicked.connect(self.print_certificate)
        row.addWidget(self.button)
        QShortcut(QKeySequence(KEYS), self, self.print_certificate, context=Qt.ShortcutContext.WindowShortcut)

    def print_certificate(self) -> None:
        code = self.chosen_code()
        if code is None:
            QMessageBox.information(self, self.tr("Activity certificate"),
                                    self.tr("Choose a volunteer in the list first (search by name, then Down)."))
            return
        with print_preview.temporary_pdf(self.ws, f"certificate_{code}.pdf") as out:
            done = run_operation(self, lambda: certificate.print_certificate(self.ws, code=code, out=out))
            if done is not None:
                print_preview.show_pdf_preview(self, out, self.tr("Activity certificate {code}").format(code=code))
