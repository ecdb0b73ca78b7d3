"""The group dialog on a 1366×768 laptop: every member field readable, Tab straight down the member's form."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dvc.ui.desks.reception.group_dialog import GroupRegistrationDialog
from dvc.ui.events import EventBus
from tests.reception.test_dialogs import show, type_and_tab, type_text
from tests.ui.conftest import japanese_app  # noqa: F401
from tests.ui.polish.helpers import shot

READABLE_CHARS = 16  # a name with a space, or a phone number with hyphens, and room to spare


def test_member_fields_are_readable_and_tab_goes_down_the_form(qtbot, workspace):  # noqa: ANN001
    dialog = GroupRegistrationDialog(workspace, EventBus(), day=date(2026, 8, 1))
    show(qtbot, dialog)
    assert dialog.width() <= 1366 and dialog.height() <= 768
    char = dialog.fontMetrics().horizontalAdvance("国")
    for key in ("name", "kana", "birth_date", "age", "phone", "email", "address"):
        assert dialog.form.edits[key].width() >= READABLE_CHARS * char, key
    shot(dialog, "group-dialog-empty.png")

    type_text(qtbot, dialog.group_edits["name"], "小金井テニス部")
    dialog.form.edits["name"].setFocus()
    order = []
    for _ in range(6):
        order.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    e = dialog.form.edits
    assert order == [e["name"], e["kana"], e["birth_date"], e["age"], dialog.form.gender, e["phone"]]

    for name, kana, born, phone in (("山田 太郎", "やまだ たろう", "1980/1/2", "090-1234-5678"),
                                    ("鈴木 花子", "すずき はなこ", "平成2年4月1日", "080-2345-6789")):
        e["name"].setFocus()
        type_and_tab(qtbot, name, kana, born, "", "")
        type_text(qtbot, QApplication.focusWidget(), phone)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert [m.name for m in dialog.members] == ["山田 太郎", "鈴木 花子"]
    # A member with a wrong birth date and no phone: the messages under the fields fit, the form scrolls if need be.
    e["name"].setFocus()
    type_and_tab(qtbot, "佐藤 一郎", "さとう いちろう", "1990/13/40")
    qtbot.keyClick(e["name"], Qt.Key.Key_Return)
    assert len(dialog.members) == 2 and dialog.form.errors["birth_date"].isVisible()
    assert dialog.form.errors["birth_date"].width() >= READABLE_CHARS * char
    shot(dialog, "group-dialog-two-members-and-a-problem.png")
