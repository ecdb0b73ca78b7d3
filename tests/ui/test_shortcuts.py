"""Shortcuts keep the reach they were given (PySide6 drops ``context=`` when the slot is passed along)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QLineEdit

from dvc.ui.shortcuts import shortcut
from tests.ui.conftest import show_window


def test_a_field_shortcut_stays_on_its_field(qtbot):
    field = QLineEdit()
    qtbot.addWidget(field)
    hits: list[int] = []
    made = shortcut(Qt.Key.Key_Down, field, lambda: hits.append(1), context=Qt.ShortcutContext.WidgetShortcut)
    assert made.context() == Qt.ShortcutContext.WidgetShortcut


def test_desk_search_fields_keep_escape_and_down_to_themselves(qtbot, drill_workspace):
    window = show_window(qtbot, drill_workspace)
    for desk, field in (("reception", "search_field"), ("needs", "search"), ("dispatch", "scan_field")):
        widget = getattr(window.page(desk), field)
        found = [s for s in widget.findChildren(QShortcut)
                 if s.key().toString() in ("Down", "Esc")]
        assert found, desk
        assert {s.context() for s in found} == {Qt.ShortcutContext.WidgetShortcut}, desk
