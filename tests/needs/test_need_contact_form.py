"""A need's phone and addresses are stored in one form however typed, as a volunteer's are (issue 18)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlmodel import select

from dvc.store.tables import Need
from dvc.ui.desks.needs.intake_form import NeedForm
from dvc.ui.events import EventBus
from tests.ui.conftest import show_active
from tests.ui.window_keys import press, type_text


def test_full_width_phone_and_address_are_stored_half_width(qtbot, workspace):
    form = show_active(qtbot, NeedForm(workspace, EventBus()))
    for field, text in ((form.requester_name, "山田　花子"), (form.requester_phone, "０４２（３８１）１２３４"),
                        (form.requester_address, "緑町２－３－４"), (form.site_address, "本町１－２－３　　２階")):
        field.setFocus()
        type_text(text)
    next(iter(form.work_checks.values())).setChecked(True)
    form.site_address.setFocus()
    press(Qt.Key.Key_Return)  # 保存, the default button
    assert not form.isVisible()
    with workspace.session() as s:
        need = s.exec(select(Need)).one()
    assert need.requester_name == "山田 花子"
    assert need.requester_phone == "042-381-1234"
    assert need.requester_address == "緑町2-3-4"
    assert need.site_address == "本町1-2-3 2階"
