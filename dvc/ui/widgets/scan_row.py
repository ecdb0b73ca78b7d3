"""The scan row of a desk: a large field a USB scanner types into, its button, and an optional answer line.

The scanner types its payload and Enter, so the field (scan_field.py: a scan
replaces what was left in it) keeps the keyboard: the button takes no focus
(its click must not steal the scanner's Enter), and Down walks from the field
into the desk's list. The desk gives the words and what
Enter, the button and Down do; the row only lays them out the same everywhere.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dvc.ui.shortcuts import shortcut
from dvc.ui.widgets.scan_field import ScanField

FIELD_FONT_SCALE = 1.4  # read from a step back, over a volunteer's shoulder
ANSWER_STYLE = "QLabel#scanAnswer { font-size: 12pt; padding: 4px; }"


class ScanRow(QWidget):
    def __init__(self, parent: QWidget, *, name: str, placeholder: str, button_text: str,
                 on_enter: Callable[[], object], on_down: Callable[[], object],
                 on_button: Callable[[], object] | None = None, with_answer: bool = False) -> None:
        super().__init__(parent)
        self.field = ScanField(self)
        self.field.setObjectName(name)
        self.field.setPlaceholderText(placeholder)
        self.field.setClearButtonEnabled(True)
        font = self.field.font()
        font.setPointSizeF(font.pointSizeF() * FIELD_FONT_SCALE)
        self.field.setFont(font)
        self.field.returnPressed.connect(on_enter)
        self.button = QPushButton(button_text, self)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(on_button or on_enter)
        shortcut(Qt.Key.Key_Down, self.field, on_down, context=Qt.ShortcutContext.WidgetShortcut)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        self.answer: QLabel | None = None
        if with_answer:
            self.answer = QLabel(self)
            self.answer.setObjectName("scanAnswer")
            self.answer.setStyleSheet(ANSWER_STYLE)
            self.answer.setWordWrap(True)
            self.answer.hide()  # shown with the answer to a scan, so an idle desk has no gap
            layout.addWidget(self.answer)

    def say(self, answer: str) -> None:
        """The answer to the last scan under the field; an empty answer hides the line."""
        if self.answer is not None:
            self.answer.setText(answer)
            self.answer.setVisible(bool(answer))
