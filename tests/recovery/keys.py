"""Typing into a window the way a keyboard or a USB barcode scanner does: key events to the top-level window,
which Qt delivers to whatever field has the focus (not straight into one widget)."""

from __future__ import annotations


def scanner_types(window, text: str, *, enter: bool = True) -> None:  # noqa: ANN001  (a top-level QWidget)
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    handle = window.windowHandle()
    for ch in text:
        shift = Qt.KeyboardModifier.ShiftModifier if ch.isupper() else Qt.KeyboardModifier.NoModifier
        QTest.sendKeyEvent(QTest.KeyAction.Click, handle, Qt.Key(ord(ch.upper())), ch, shift)
    if enter:
        QTest.keyClick(handle, Qt.Key.Key_Return)
