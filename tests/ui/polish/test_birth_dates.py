"""A birth date typed with the IME on reads as with it off: H28・3・3 is H28/3/3 (issue 18: one was refused)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dvc.ui.desks.reception.registration_dialog import RegistrationDialog
from dvc.ui.events import EventBus
from tests.ui.conftest import show_active
from tests.ui.window_keys import press, type_text


@pytest.mark.parametrize("typed", ["H28/3/3", "H28.3.3", "H28・3・3", "Ｈ２８・３・３", "H28。3。3"])
def test_the_registration_form_reads_heisei_dates_however_typed(qtbot, workspace, typed):
    dialog = show_active(qtbot, RegistrationDialog(workspace, EventBus()))
    field = dialog.form.edits["birth_date"]
    field.setFocus()
    type_text(typed)
    press(Qt.Key.Key_Tab)
    assert dialog.form.person().birth_date is not None
    assert dialog.form.birth_hint.text().startswith("平成28年3月3日")
    assert not dialog.form.errors["birth_date"].isVisible()
