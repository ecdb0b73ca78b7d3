"""A bar across the top of the screen that says something in one line: what it is, names, and where to go.

The names in the middle are shortened to fit (…); the start (a count) and the end (the way to the
desk that acts) are never cut. The overdue flag and the notice of conflicts made apart are such bars.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

PADDING = 32  # the style's 12 px each side and the button's frame


class OneLineBar(QPushButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # The scan fields keep the keyboard; the bar is for the mouse (each desk has a key for where it leads).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._parts: tuple[str, str, str] | None = None

    def say(self, head: str, names: str, tail: str) -> None:
        self._parts = (head, names, tail)
        self.setAccessibleName(head + names + tail)
        self._fit()

    def _fit(self) -> None:
        if not self._parts:
            return
        head, names, tail = self._parts
        metrics = self.fontMetrics()
        room = self.width() - PADDING - metrics.horizontalAdvance(head + tail)
        self.setText(head + metrics.elidedText(names, Qt.TextElideMode.ElideRight, max(room, 0)) + tail)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()
