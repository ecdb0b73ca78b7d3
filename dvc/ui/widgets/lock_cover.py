"""The opaque sheet laid over a window while the screen is locked: nothing of the desk shows through."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

STYLE = """
QWidget#lockCover { background: #1f3a5f; }
QWidget#lockCover QLabel { color: white; }
QWidget#lockCover QPushButton { font-size: 14pt; padding: 10px 24px; }
"""


class LockCover(QWidget):
    """Covers ``window`` whole (menus and status line too) and follows its size."""

    unlock_requested = Signal()

    def __init__(self, window: QWidget, *, minutes: int, place: str) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setStyleSheet(STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#1f3a5f"))
        self.setPalette(palette)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        title = QLabel(self.tr("Screen locked"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        why = self.tr("No one used this laptop for {minutes} minutes: the personal data is hidden.").format(
            minutes=minutes) if minutes else self.tr("The personal data is hidden.")
        body = QLabel(why + "\n" + self.tr("Press a key or click to sign in again."), self)
        body.setWordWrap(True)
        larger = body.font()
        larger.setPointSizeF(larger.pointSizeF() * 1.3)
        body.setFont(larger)
        where = QLabel(place, self)
        self.button = QPushButton(self.tr("Sign in to continue…"), self)
        self.button.setObjectName("unlockButton")
        self.button.clicked.connect(self.unlock_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (title, body, where):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        layout.addSpacing(16)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(watched.rect())
            self.raise_()
        elif event.type() == QEvent.Type.ChildAdded:
            self.raise_()  # a widget the window adds later must not come out on top
        return False

    def mousePressEvent(self, event) -> None:  # noqa: ANN001, N802
        self.unlock_requested.emit()
        event.accept()
