"""Keys as a keyboard or a USB barcode scanner sends them: to the window that has the focus, never to one widget.

A real key press reaches the QWindow first, which hands it on to its focus
widget, so an application event filter sees the window before the widget.
QTest on a QWidget skips that step: issue 18's screen lock passed such tests
and ignored every real key. Everything here goes through the QWindow, the way
the platform delivers keys (QTest's QWindow overloads feed the window system
interface), Japanese text included.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Qt
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def focus_window() -> QWindow:
    window = QGuiApplication.focusWindow()
    if window is None:
        # When a message box closes, a window manager gives the focus back to the window under it; the
        # offscreen platform leaves no window focused. Do what the window manager would.
        below = QApplication.activeModalWidget() or next(
            (w for w in reversed(QApplication.topLevelWidgets()) if w.isVisible() and w.isWindow()), None)
        if below is not None:
            below.activateWindow()
            QApplication.processEvents()
            window = QGuiApplication.focusWindow()
    assert window is not None, "no window has the keyboard focus"
    return window


def _window(target: QWidget | QWindow | None) -> QWindow:
    if target is None:
        return focus_window()
    if isinstance(target, QWidget):
        handle = target.window().windowHandle()
        assert handle is not None, "the widget's window is not shown"
        return handle
    return target


def _key_of(ch: str) -> Qt.Key:
    # Qt's key codes for ASCII are the upper-case characters; other text (Japanese) travels as the text alone.
    if ch.isascii() and ch.isprintable():
        return Qt.Key(ord(ch.upper()))
    return Qt.Key.Key_unknown


def type_text(text: str, target: QWidget | QWindow | None = None) -> None:
    """Each character as one key press and release to the focus window (or ``target``'s window)."""
    window = _window(target)
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, window, _key_of(ch), ch, NO_MODIFIER)


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER, target: QWidget | QWindow | None = None) -> None:
    QTest.keyClick(_window(target), key, modifier)


def scan(payload: str, target: QWidget | QWindow | None = None) -> None:
    """A USB scanner: the payload's characters at once, then Enter."""
    type_text(payload, target)
    press(Qt.Key.Key_Return, target=target)


def when_shown(find: Callable[[], QWidget | None], act: Callable[[QWidget], object], *, every_ms: int = 30,
               tries: int = 200) -> None:
    """Run ``act`` once ``find`` returns a shown, active window (or the open popup menu): for the event loop
    of a modal dialog or a menu."""
    def attempt(left: int) -> None:
        widget = find()
        ready = widget is not None and widget.isVisible() and (
            QApplication.activeWindow() is widget.window() or QApplication.activePopupWidget() is widget)
        if ready:
            act(widget)
        elif left > 0:
            QTimer.singleShot(every_ms, lambda: attempt(left - 1))
    QTimer.singleShot(every_ms, lambda: attempt(tries))


def give_up_after(ms: int, owner: QWidget) -> QTimer:
    """Close every modal window still open after ``ms``: a test of keys that go nowhere fails instead of hanging.

    The timer belongs to ``owner`` (the test's window), so it dies with it.
    """
    timer = QTimer(owner)
    timer.setInterval(100)

    def close_one() -> None:
        modal = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if modal is None:
            timer.stop()
        else:
            # done(), not reject(): a form with typing in it would ask 'not saved' and keep the test waiting.
            modal.done(QDialog.DialogCode.Rejected) if isinstance(modal, QDialog) else modal.close()
    timer.timeout.connect(close_one)
    QTimer.singleShot(ms, owner, timer.start)
    return timer
