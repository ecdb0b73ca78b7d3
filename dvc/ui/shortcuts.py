"""Keyboard shortcuts with the reach they were given.

PySide6 (6.11) drops ``context=`` when ``QShortcut`` is also given the slot: the shortcut then works
window-wide, so Escape or Down meant for one search field also fired in the list beside it. Making the
shortcut first and connecting afterwards keeps the context.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def shortcut(keys: QKeySequence | QKeySequence.StandardKey | Qt.Key | str, parent: QWidget, slot: Callable[[], object],
             context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> QShortcut:
    made = QShortcut(QKeySequence(keys), parent, context=context)
    made.activated.connect(slot)
    return made
