"""The scan row of a desk: a large field a USB scanner types into, its button, and an optional answer line.

The scanner types its payload and Enter, so the field (scan_field.py: a scan
replaces what was left in it) keeps the keyboard: the button takes no focus
(its click must not steal the scanner's Enter), and Down walks from the field
into the desk's list. The desk gives the words and what
Enter, the button and Down do; the row only lays them out the same everywhere.

The answer line under the field (``with_answer``) says what the scan did. A
code from outside dvc (a web address's QR code, a shop's barcode) is said
there big and red in place of the last answer, in the words of what the desk
scans (dvc/domain/foreign_scan.py), as reception's panel says it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dvc.domain.foreign_scan import NotDvcScan
from dvc.domain.messages import UserError
from dvc.i18n import translate
from dvc.ui.operations import run_operation
from dvc.ui.shortcuts import shortcut
from dvc.ui.widgets.scan_field import ScanField

T = TypeVar("T")
FIELD_FONT_SCALE = 1.4  # read from a step back, over a volunteer's shoulder
TITLE_FONT_SCALE = 1.8  # the heading of a code from outside dvc: as large as reception's panel says it
ANSWER_STYLE = "QLabel#scanAnswer { font-size: 12pt; padding: 4px; }"
PLAIN, FOUND, REFUSED, NOT_DVC = "plain", "found", "refused", "not_dvc"
TONE_STYLES = {
    PLAIN: "",
    FOUND: "QLabel#scanAnswer { color: #1f3a5f; font-weight: bold; }",
    REFUSED: "QLabel#scanAnswer { color: #b3261e; font-weight: bold; }",
    NOT_DVC: "QFrame#scanAnswerBox { background: #fdeaea; border: 3px solid #c62828; border-radius: 8px; }"
             "QLabel#scanAnswerTitle { color: #c62828; } QLabel#scanAnswer { color: #222; }",
}


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
        self.title: QLabel | None = None
        self.tone = PLAIN
        if with_answer:
            self._build_answer(layout)

    def _build_answer(self, layout: QVBoxLayout) -> None:
        self.box = QFrame(self)
        self.box.setObjectName("scanAnswerBox")
        column = QVBoxLayout(self.box)
        column.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.box)
        self.title.setObjectName("scanAnswerTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * TITLE_FONT_SCALE)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.hide()
        self.answer = QLabel(self.box)
        self.answer.setObjectName("scanAnswer")
        self.answer.setWordWrap(True)
        self.answer.hide()
        column.addWidget(self.title)
        column.addWidget(self.answer)
        self.box.setStyleSheet(ANSWER_STYLE)
        self.box.hide()  # shown with the answer to a scan, so an idle desk has no gap
        layout.addWidget(self.box)

    def say(self, answer: str, *, tone: str = PLAIN, title: str = "") -> None:
        """The answer to the last scan under the field; an empty answer hides the line."""
        if self.answer is None or self.title is None:
            return
        if tone != self.tone:
            self.tone = tone
            self.box.setStyleSheet(ANSWER_STYLE + TONE_STYLES[tone])
            self.box.layout().setContentsMargins(*((14, 8, 14, 8) if tone == NOT_DVC else (0, 0, 0, 0)))
        self.title.setText(title)
        self.title.setVisible(bool(title))
        self.answer.setText(answer)
        self.answer.setVisible(bool(answer))
        self.box.setVisible(bool(answer or title))

    def say_not_dvc(self, error: NotDvcScan) -> None:
        """A code from outside dvc: the last answer gives way to a big heading and what to scan instead."""
        self.say(error.message(translate), tone=NOT_DVC, title=error.title(translate))

    def look_up(self, call: Callable[[], T], *, refusals_on_row: bool = False) -> T | None:
        """The desk's look-up of what was scanned, or None with the reason said.

        A code from outside dvc is said big on the row. Another refusal (a volunteer's sheet at dispatch, an
        unknown code) clears the row and shows as every screen shows one, or in red on the row
        (``refusals_on_row``, for a desk that answers every scan there).
        """
        refused: list[UserError] = []

        def attempt() -> T | None:
            try:
                return call()
            except NotDvcScan as exc:
                refused.append(exc)
            except UserError as exc:
                if not refusals_on_row:
                    raise
                refused.append(exc)
            return None

        result = run_operation(self, attempt)
        if refused and isinstance(refused[0], NotDvcScan):
            self.say_not_dvc(refused[0])
        elif refused:
            self.say(refused[0].message(translate), tone=REFUSED)
        elif result is None:
            self.say("")
        return result
