"""The keys typed in one quick run into one widget: how a USB barcode scanner's keys are told from a person's.

A scanner is a keyboard that types a whole code within a few milliseconds a
key and ends it with Enter; a person pauses longer between keys. A run starts
at the first key after a pause (or in another widget) and remembers what the
widget held before it, so that whoever reads the run can keep the scan and
drop what was there (a scan field) or put the widget back (a dialog's fields,
scan_guard.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

# A scanner types a whole payload within a few milliseconds a key; a person pauses longer than this.
BURST_GAP_S = 0.25
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
SHORTCUT_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                      | Qt.KeyboardModifier.MetaModifier)
LONGEST = 80  # a dvc QR payload is about 50 characters


class KeyRun:
    def __init__(self) -> None:
        self.text = ""
        self.widget: QWidget | None = None
        self.before: object = None  # the widget's value when the run began
        self._last_key = 0.0

    def feed(self, widget: QWidget, event: QKeyEvent, value_of: Callable[[QWidget], object]) -> None:
        """A key press other than Enter: part of the run, the start of a new one, or (Tab, arrows,
        Backspace, shortcuts: a person at the keyboard) the end of any run."""
        text = event.text()
        if not text or not text.isprintable() or event.modifiers() & SHORTCUT_MODIFIERS:
            self.clear()
            return
        now = time.monotonic()
        if not self.text or now - self._last_key > BURST_GAP_S or widget is not self.widget:
            self.text, self.widget, self.before = "", widget, value_of(widget)
        self.text = (self.text + text)[-LONGEST:]
        self._last_key = now

    def ended_just_now(self) -> bool:
        """Enter came as a scanner sends it: right after the run's last key."""
        return bool(self.text) and time.monotonic() - self._last_key <= BURST_GAP_S

    def clear(self) -> None:
        self.text = ""
