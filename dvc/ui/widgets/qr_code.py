"""A QR code on screen, in whole pixels per module so a phone or a desk's scanner held to the screen reads it."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from dvc.printing.qr import QUIET_ZONE, qr_matrix


class QrCode(QWidget):
    def __init__(self, size: int = 220, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._side = size
        self._text = ""
        self._matrix: list[list[bool]] = []
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._side, self._side)

    def set_text(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self._matrix = qr_matrix(text) if text else []
            self.update()

    def text(self) -> str:
        return self._text

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        if not self._matrix:
            return
        painter = QPainter(self)
        count = len(self._matrix) + 2 * QUIET_ZONE
        module = max(1, min(self.width(), self.height()) // count)  # whole pixels: no blurred edges
        side = module * count
        left, top = (self.width() - side) // 2, (self.height() - side) // 2
        painter.fillRect(QRect(left, top, side, side), QColor("white"))
        for row, line in enumerate(self._matrix):
            for col, dark in enumerate(line):
                if dark:
                    painter.fillRect(QRect(left + (col + QUIET_ZONE) * module, top + (row + QUIET_ZONE) * module,
                                           module, module), Qt.GlobalColor.black)
        painter.end()
