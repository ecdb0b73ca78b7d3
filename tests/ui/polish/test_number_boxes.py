"""Number boxes take full-width digits, as a Japanese IME types them (issue 18: they were ignored)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dvc.ui.desks.needs.intake_form import NeedForm
from dvc.ui.events import EventBus
from dvc.ui.widgets.number_box import DecimalBox
from tests.ui.conftest import show_active
from tests.ui.window_keys import press, type_text


def test_the_needs_form_takes_full_width_volunteers_needed(qtbot, workspace):
    form = show_active(qtbot, NeedForm(workspace, EventBus()))
    form.headcount.setFocus()
    form.headcount.selectAll()
    type_text("１２")
    press(Qt.Key.Key_Tab)
    assert form.headcount.value() == 12
    assert form.headcount.text() == "12"


def test_a_decimal_box_takes_a_full_width_point(qtbot):
    box = show_active(qtbot, DecimalBox())
    box.setRange(0, 24)
    box.setFocus()
    box.selectAll()
    type_text("２．５")
    press(Qt.Key.Key_Tab)
    assert box.value() == 2.5
