"""A big number with a caption, for counts at the top of a desk and on head office's dashboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

STYLE = """
QFrame#figureCard { background: #f4f6f8; border: 1px solid #d0d5db; border-radius: 6px; }
QLabel#figureValue { color: #1f3a5f; }
QLabel#figureCaption { color: #333; }
"""
VALUE_SCALE = 2.0
WIDEST_VALUE = "8,888"  # every card fits this, so a row of cards lines up and a count never clips


class FigureCard(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setStyleSheet(STYLE)
        self.value_label = QLabel("", self)
        self.value_label.setObjectName("figureValue")
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The size in a QFont, not in the style sheet: layouts measure the font before a style sheet applies.
        font = self.value_label.font()
        font.setPointSizeF(font.pointSizeF() * VALUE_SCALE)
        font.setBold(True)
        self.value_label.setFont(font)
        self.value_label.setMinimumWidth(self.value_label.fontMetrics().horizontalAdvance(WIDEST_VALUE))
        self.caption_label = QLabel(caption, self)
        self.caption_label.setObjectName("figureCaption")
        self.caption_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)

    def set_value(self, value: int | str) -> None:
        self.value_label.setText(f"{value:,}" if isinstance(value, int) else value)

    def value_text(self) -> str:
        return self.value_label.text()
