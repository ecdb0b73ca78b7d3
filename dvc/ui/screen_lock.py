"""The inactivity lock: no key or mouse for N minutes and every window is covered; unlocking is signing in.

Watched app-wide (an event filter on the application), so input in any desk or
dialog counts. While locked, no key reaches a hidden field: a USB barcode
scanner types like a keyboard, and its scan must neither check someone in
behind the cover nor vanish. The keys are collected until the burst ends (a
pause, or the scanner's Enter), then the sign-in prompt opens and says what was
read and that it was not used — scan again after signing in.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Qt
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from dvc.services.staff import screen_lock
from dvc.services.core.workspace import Workspace
from dvc.ui import events
from dvc.ui.events import EventBus
from dvc.ui.widgets.lock_cover import LockCover

ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                      QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.InputMethod})
KEYS = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
                  QEvent.Type.Shortcut, QEvent.Type.InputMethod})
BURST_END_MS = 300  # a scanner types a code in well under this; a person's next key comes later
SHOWN_SCAN = 64  # a QR payload is about 50 characters


class ScreenLock(QObject):
    def __init__(self, window: QWidget, ws: Workspace, bus: EventBus, *, interval_ms: int | None = None) -> None:
        super().__init__(window)
        self.window, self.ws, self.bus = window, ws, bus
        self.locked = False
        self.idle_minutes = 0  # why the screen locked: after this many idle minutes, or 0 by hand (Ctrl+Shift+L)
        self.covers: list[LockCover] = []
        self.prompt: QDialog | None = None
        self.typed: list[str] = []
        self._fixed_interval = interval_ms
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self._idle_check)
        self._last_input = time.monotonic()
        self.burst = QTimer(self)
        self.burst.setSingleShot(True)
        self.burst.setInterval(BURST_END_MS)
        self.burst.timeout.connect(self.ask_to_unlock)
        self.reload()
        bus.changed.connect(self._on_change)
        QApplication.instance().installEventFilter(self)

    # The setting.

    def reload(self) -> None:
        """Read the minutes again (after the settings changed) and start counting from now."""
        self.minutes = screen_lock.lock_minutes(self.ws)
        interval = self._fixed_interval if self._fixed_interval is not None else self.minutes * 60_000
        self.interval_ms = max(interval, 0)
        if interval > 0 and not self.locked:
            self._last_input = time.monotonic()
            self.idle.start(self.interval_ms)
        else:
            self.idle.stop()

    def use_interval(self, ms: int | None) -> None:
        """A fixed interval in milliseconds instead of the setting's minutes (tests, demonstrations)."""
        self._fixed_interval = ms
        self.reload()

    def _on_change(self, topic: str) -> None:
        if topic == events.SETTINGS:
            self.reload()

    # Watching.

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if not self.locked:
            if kind in ACTIVITY:
                # Only a time stamp here: restarting a timer at every mouse move costs more than the event itself.
                self._last_input = time.monotonic()
            return False
        if kind in KEYS and not self._belongs_to_prompt(watched):
            if kind == QEvent.Type.KeyPress:
                self._collect(event)
            return True  # swallowed: nothing behind the cover takes keys or shortcuts
        if kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self._cover(watched)  # a message that pops up while locked is hidden too
        return False

    def _idle_check(self) -> None:
        if self.interval_ms <= 0 or self.locked:
            return
        left = self.interval_ms - int((time.monotonic() - self._last_input) * 1000)
        if left > 0:
            self.idle.start(left)  # input came meanwhile: wait for the rest of the idle time
        else:
            self.lock(idle_minutes=self.minutes if self._fixed_interval is None else 0)

    def _collect(self, event) -> None:  # noqa: ANN001
        if self.prompt is not None:
            return
        if event.text() and event.text().isprintable():
            self.typed.append(event.text())
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.burst.stop()
            QTimer.singleShot(0, self.ask_to_unlock)
        else:
            self.burst.start()

    def _belongs_to_prompt(self, obj: QObject) -> bool:
        if self.prompt is None:
            return False
        # A key from the keyboard reaches the QWindow (not a widget) first, and only then the focus widget:
        # the prompt's window must count as the prompt, or none of its keys get through.
        widget = _widget_of(obj) if isinstance(obj, QWindow) else obj
        if not isinstance(widget, QWidget):
            return False
        while widget is not None:  # across windows: the prompt's own messages (a wrong PIN) count as the prompt
            if widget is self.prompt:
                return True
            widget = widget.parentWidget()
        return False

    # Locking and unlocking.

    def lock(self, *, idle_minutes: int = 0) -> None:
        """Cover every window now; ``idle_minutes`` says on the cover how long nobody used the laptop (0: by hand)."""
        if self.locked:
            return
        self.locked = True
        self.idle_minutes = idle_minutes
        self.idle.stop()
        self.typed.clear()
        for window in QApplication.topLevelWidgets():
            if window.isVisible():
                self._cover(window)
        if self.covers:
            self.covers[-1].setFocus(Qt.FocusReason.OtherFocusReason)

    def _cover(self, window: QWidget) -> None:
        if isinstance(window, LockCover) or self._belongs_to_prompt(window) or any(c.parentWidget() is window
                                                                                  for c in self.covers):
            return
        ident = self.ws.identity
        place = self.tr("{council}, laptop {number}").format(council=ident.council_name, number=ident.device_number)
        cover = LockCover(window, minutes=self.idle_minutes, place=place)
        cover.unlock_requested.connect(self.ask_to_unlock)
        cover.destroyed.connect(lambda _o=None, c=cover: self.covers.remove(c) if c in self.covers else None)
        self.covers.append(cover)

    def scanned_text(self) -> str:
        return "".join(self.typed).strip()

    def ask_to_unlock(self) -> bool:
        """The sign-in prompt over the top window; True once someone signed in."""
        from dvc.ui.dialogs.sign_in import SignInDialog

        if not self.locked or self.prompt is not None:
            return False
        read = self.scanned_text()
        self.typed.clear()
        notice = ""
        if len(read) > 3:  # more than a key pressed to wake the screen: a scan or typing, say so
            shown = read if len(read) <= SHOWN_SCAN else read[:SHOWN_SCAN] + "…"
            notice = self.tr("Read while the screen was locked: {text}\nIt was not used. Sign in, then scan "
                             "or type it again.").format(text=shown)
        parent = QApplication.activeModalWidget() or self.window
        self.prompt = SignInDialog(self.ws, parent, notice=notice, allow_new=False)
        self.prompt.setWindowTitle(self.tr("Sign in to unlock"))
        try:
            accepted = self.prompt.exec() == QDialog.DialogCode.Accepted
        finally:
            self.prompt.deleteLater()
            self.prompt = None
        if accepted:
            self.unlock()
        return accepted

    def unlock(self) -> None:
        for cover in list(self.covers):
            cover.hide()
            cover.deleteLater()
        self.covers.clear()
        self.locked = False
        status = getattr(self.window, "status_line", None)
        if status is not None:
            status.set_operator(self.ws.operator)
        self.bus.announce(events.OPERATOR)
        self.reload()


def _widget_of(window: QWindow) -> QWidget | None:
    """The top-level widget a QWindow belongs to (Qt keeps that link private)."""
    return next((w for w in QApplication.topLevelWidgets() if w.windowHandle() is window), None)
