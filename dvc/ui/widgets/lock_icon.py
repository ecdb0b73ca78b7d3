"""A padlock drawn with QPainter: the Japanese UI fonts have no emoji, so 🔒 would show as a box."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

LOCK_COLOR = QColor("#8a5a00")
_cache: dict[int, QIcon] = {}


def lock_icon(size: int = 16) -> QIcon:
    if size not in _cache:
        _cache[size] = QIcon(_draw(size))
    return _cache[size]


def _draw(size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 16
    pen = QPen(LOCK_COLOR, 1.8 * s)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    shackle = QPainterPath()
    shackle.moveTo(4.5 * s, 8 * s)
    shackle.lineTo(4.5 * s, 5.5 * s)
    shackle.arcTo(QRectF(4.5 * s, 1.5 * s, 7 * s, 7 * s), 180, -180)
    shackle.lineTo(11.5 * s, 8 * s)
    painter.drawPath(shackle)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(LOCK_COLOR)
    painter.drawRoundedRect(QRectF(2.5 * s, 7.5 * s, 11 * s, 7.5 * s), 1.5 * s, 1.5 * s)
    painter.setBrush(QColor("white"))
    painter.drawEllipse(QRectF(7 * s, 9.8 * s, 2 * s, 2 * s))
    painter.end()
    return pixmap
