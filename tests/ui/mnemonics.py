"""The Alt keys a window offers: two on one screen mean Alt+key reaches only one of them (issue 18)."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenuBar, QTabWidget, QWidget

_MARK = re.compile(r"&([^&])")


def _texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        return [widget.text()]
    if isinstance(widget, QGroupBox) and widget.isCheckable():
        return [widget.title()]
    if isinstance(widget, QTabWidget):
        return [widget.tabText(i) for i in range(widget.count()) if widget.isTabEnabled(i)]
    if isinstance(widget, QMenuBar):
        return [action.text() for action in widget.actions()]
    return []


def clashes(window: QWidget) -> dict[str, list[str]]:
    """Alt letters used more than once by what is shown in ``window``, with the texts that use them."""
    found: dict[str, list[str]] = defaultdict(list)
    for widget in (window, *window.findChildren(QWidget)):
        if not widget.isVisibleTo(window) and widget is not window:
            continue
        for text in _texts(widget):
            mark = _MARK.search(text.replace("&&", ""))
            if mark:
                found[mark.group(1).upper()].append(text)
    return {key: texts for key, texts in found.items() if len(texts) > 1}
