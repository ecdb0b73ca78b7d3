"""What the dispatch desk's GUI tests share: the window on the desk, modal dialogs driven by keyboard, shots.

Screenshots go to DVC_SHOTS (default /tmp/dispatch-ui/shots) at 1366×768.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from dvc.services.dispatch import send_off as dispatch
from dvc.services.equipment import stock
from tests.ui.conftest import show_window

SHOTS = Path(os.environ.get("DVC_SHOTS", "/tmp/dispatch-ui/shots"))
DISPATCH_KEY, RECEPTION_KEY, NEEDS_KEY, MATCHING_KEY = Qt.Key.Key_F4, Qt.Key.Key_F1, Qt.Key.Key_F2, Qt.Key.Key_F3


def shot(widget, name: str) -> None:  # noqa: ANN001
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def when_open(kind: type, act, name: str | None = None) -> list:  # noqa: ANN001
    """Run ``act(dialog)`` once a modal ``kind`` dialog is open (``act`` must close it); returns what ran."""
    seen: list = []

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, attempt)
            return
        dialog.activateWindow()  # shortcuts (Alt+letter) reach the active window only
        QApplication.processEvents()
        if name:
            shot(dialog, name)
        seen.append(dialog)
        try:
            act(dialog)
        finally:
            if dialog.isVisible():  # a failed check must not leave a modal dialog waiting for ever
                dialog.reject()

    QTimer.singleShot(0, attempt)
    return seen


def open_desk(qtbot, workspace):  # noqa: ANN001, ANN201
    window = show_window(qtbot, workspace)
    qtbot.keyClick(window, DISPATCH_KEY)
    page = window.page("dispatch")
    assert window.current_page() is page and page.scan_field.hasFocus()
    return window, page


def back_in_window(qtbot, window) -> None:  # noqa: ANN001
    """The offscreen platform leaves no window active when a modal dialog closes; a desktop gives it back."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def scan(qtbot, page, text: str) -> None:  # noqa: ANN001
    back_in_window(qtbot, page.window())
    assert page.scan_field.hasFocus()
    qtbot.keyClicks(page.scan_field, text)
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)


def stock_of(ws, item_id):  # noqa: ANN001, ANN201
    return next(r for r in stock.stock_rows(ws) if r.id == item_id)


def send_out_late(ws, team_id, *, hours_ago: float = 4, late_minutes: int = 35) -> None:  # noqa: ANN001
    """A departure recorded earlier in the day whose expected return has passed."""
    now = datetime.now(timezone.utc)
    dispatch.dispatch_team(ws, team_id=team_id, at=now - timedelta(hours=hours_ago),
                           expected_back_at=now - timedelta(minutes=late_minutes))
