"""The center mode light in the status line of every screen: in step, N s behind, out of touch, or not in a center.

It only paints what the window's CenterLink reads from the sync thread's notes
once a second, so it never waits on the network. A click (or Enter, for the
keyboard) opens what to do next; the tooltip says it too. It takes no focus:
the scan field keeps the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from dvc.i18n import translate
from dvc.services.center import status as st
from dvc.services.center.status import PeerSync

DOT = "●"
STYLES = {
    st.IN_STEP: "color: #2e7d32;",
    st.BEHIND: "color: #9a5b00;",
    st.OUT_OF_TOUCH: "color: white; background: #b00020; font-weight: bold;",
    st.OFF: "color: #666;",
}
BASE = "QPushButton#syncLight {{ border: none; padding: 2px 10px; {look} }}"


class SyncLight(QPushButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncLight")
        self.setFlat(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.state = ""
        self.error = ""
        self.clicked.connect(self.explain)
        self.show_status(None)

    def show_status(self, status: PeerSync | None) -> None:
        state = status.state if status is not None else st.OFF
        lag = status.lag_seconds if status is not None else None
        error = status.error if status is not None and state != st.IN_STEP else ""
        text = f"{DOT} {st.label(state, lag, translate)}"
        if text == self.text() and state == self.state and error == self.error:
            return  # once a second: repaint only when it changed
        self.state, self.error = state, error
        self.setText(text)
        self.setStyleSheet(BASE.format(look=STYLES[state]))
        self.setToolTip(self.advice())

    def advice(self) -> str:
        lines = [st.advice(self.state, translate)]
        if self.error:
            lines.append(translate("errors", self.error))
        return "\n\n".join(lines)

    def explain(self) -> None:
        QMessageBox.information(self.window(), self.tr("Center mode"), f"{self.text()}\n\n{self.advice()}")
