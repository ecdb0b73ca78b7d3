"""The bar that makes a drill database unmistakable: on top of every screen, never hidden."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

# Orange with black text: reads as a warning and stays legible on a dim projector.
STYLE = "QLabel#drillBanner { background: #ff9800; color: #000; font-weight: bold; padding: 6px; }"


class DrillBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drillBanner")
        self.setText(self.tr("DRILL MODE — this is training data"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(STYLE)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.setFont(font)
        self.setAccessibleName(self.text())
