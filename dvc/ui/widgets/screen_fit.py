"""Dialog sizes that fit a 1366×768 laptop with its title bar and taskbar, the desks' smallest screen."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

# What a 768-pixel screen leaves a dialog's contents: a taskbar of about 40 pixels and a title bar of about
# 30 (issue 18: the group dialog asked for 760 and its buttons fell below the screen).
TALLEST = 680


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to ``width`` × ``height``, but no taller than a 768-pixel laptop leaves a dialog."""
    widget.resize(width, min(height, TALLEST))
