"""A group's members are asked for contact consent, each of them (issue 18: they got it without a box to tick)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from sqlmodel import select

from dvc.store.tables import Volunteer
from dvc.ui.desks.reception.group_dialog import GroupRegistrationDialog
from dvc.ui.events import EventBus
from tests.ui.conftest import show_active
from tests.ui.polish.helpers import shot
from tests.ui.window_keys import press, type_text


def _fill(dialog, name: str, kana: str, born: str, phone: str, *, consents: bool) -> None:  # noqa: ANN001
    for key, text in (("name", name), ("kana", kana), ("birth_date", born), ("phone", phone)):
        dialog.form.edits[key].setFocus()
        type_text(text)
    box = dialog.form.checks["contact_consent"]
    assert box.isVisible() and not box.isChecked()  # asked, and not agreed before asking
    if consents:
        box.setFocus()
        press(Qt.Key.Key_Space)
    dialog.form.edits["phone"].setFocus()
    press(Qt.Key.Key_Return)  # adds the member


def test_each_member_says_whether_the_center_may_contact_them(qtbot, workspace):
    dialog = show_active(qtbot, GroupRegistrationDialog(workspace, EventBus(), day=date(2026, 8, 1)))
    dialog.group_edits["name"].setFocus()
    type_text("小金井テニス部")
    _fill(dialog, "山田 太郎", "やまだ たろう", "1980/1/2", "090-1234-5678", consents=True)
    _fill(dialog, "鈴木 花子", "すずき はなこ", "1990/4/1", "080-2345-6789", consents=False)
    shot(dialog, "group-dialog-contact-consent.png")
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result is not None
    with workspace.session() as s:
        asked = {v.name: v.contact_consent for v in s.exec(select(Volunteer)).all()}
    assert asked == {"山田 太郎": True, "鈴木 花子": False}
