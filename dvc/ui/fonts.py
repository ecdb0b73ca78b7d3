"""Making every screen draw Japanese with a real Japanese font, never boxes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from dvc.printing.fonts import find_japanese_font

# Installed on most Japanese Windows and Macs, used when no font file was found.
FALLBACK_FAMILIES = ("BIZ UDGothic", "Yu Gothic UI", "Meiryo UI", "Hiragino Sans", "Noto Sans CJK JP")
POINT_SIZE = 10


def japanese_family() -> str | None:
    font = find_japanese_font()
    if font is not None:
        font_id = QFontDatabase.addApplicationFont(str(font.path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            # A .ttc holds several faces; the finder names the one forms use too.
            return families[min(font.subfont_index, len(families) - 1)]
    installed = set(QFontDatabase.families())
    return next((family for family in FALLBACK_FAMILIES if family in installed), None)


def apply_japanese_font(app: QApplication) -> str | None:
    """Set the application font; returns the family chosen (None: Qt's default stays)."""
    family = japanese_family()
    if family is not None:
        font = QFont(family, POINT_SIZE)
        font.setStyleHint(QFont.StyleHint.SansSerif)
        app.setFont(font)
    return family
