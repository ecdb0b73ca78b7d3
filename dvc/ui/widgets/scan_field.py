"""The field a desk's USB scanner types into: a scan replaces whatever was left in it.

A code left in the field (after a registration, a search, a desk switch) used
to get the next scan appended — ``V-KG1-0001-6V-KG1-0001-6`` — and nobody was
checked in. On Enter, a run of keys that came as a scanner types them and is a
whole code (dvc's, or one from outside dvc that the desk must refuse) becomes
the field's whole text before the desk reads it. What a person types slowly
is left alone, and so is a run that is not a code (a name typed quickly).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from dvc.domain.scanned_text import looks_scanned
from dvc.ui.widgets.key_run import ENTER_KEYS, KeyRun

# Focus handed back by the desk itself (after a scan, a dialog, a desk switch): what is in the field is
# from before, so the next key replaces it. A click keeps the cursor where the person put it.
_HANDED_BACK = frozenset({Qt.FocusReason.OtherFocusReason, Qt.FocusReason.ActiveWindowFocusReason,
                          Qt.FocusReason.ShortcutFocusReason, Qt.FocusReason.PopupFocusReason})


class ScanField(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run = KeyRun()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in ENTER_KEYS:
            scanned = self.run.text.strip()
            if self.run.ended_just_now() and scanned != self.text().strip() and looks_scanned(scanned):
                self.setText(scanned)
            self.run.clear()
        else:
            self.run.feed(self, event, QLineEdit.text)
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.run.clear()  # a hand on the mouse: the keys before and after are no one run
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.run.clear()
        super().focusInEvent(event)
        if event.reason() in _HANDED_BACK and self.text():
            self.selectAll()
