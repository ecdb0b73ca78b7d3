"""A one-line label for a name, which is cut with "…" to the room it gets instead of widening its window.

A QLabel asks its layout for the width of its whole text: a 100-character name
on the scan panel asked for 2,500 pixels, and the main window grew to 3,100, so
every desk's controls went off screen. This label asks for its text's width as
a wish (size hint) but needs only a few characters (minimum size hint); what
does not fit is cut with "…", and the whole text is in the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

FEWEST_CHARS = 6  # what the label may be squeezed to: a surname and "…"
MOST_WISHED_CHARS = 40  # the width it asks for at most, so a dialog sized to its contents stays on screen


class ElidedLabel(QLabel):
    def __init__(self, parent: QWidget | None = None, *, text: str = "") -> None:
        super().__init__(parent)
        self._whole = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def text(self) -> str:
        """The whole text, not the cut one on screen."""
        return self._whole

    def setText(self, text: str) -> None:  # noqa: N802
        self._whole = text
        self.updateGeometry()
        self._cut()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        margins = self.contentsMargins()
        fewest = self.fontMetrics().horizontalAdvance("国" * FEWEST_CHARS) + margins.left() + margins.right()
        return QSize(min(hint.width(), fewest), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        margins = self.contentsMargins()
        whole = self.fontMetrics().horizontalAdvance(self._whole) + margins.left() + margins.right()
        most = self.fontMetrics().horizontalAdvance("国" * MOST_WISHED_CHARS) + margins.left() + margins.right()
        return QSize(max(min(whole, most), self.minimumSizeHint().width()), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._cut()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()
            self._cut()

    def _cut(self) -> None:
        room = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._whole, Qt.TextElideMode.ElideRight, max(room, 0))
        if shown != super().text():
            super().setText(shown)
        self.setToolTip(self._whole if shown != self._whole else "")
