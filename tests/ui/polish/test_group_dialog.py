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


def test_on_site_enrolment_under_the_members_notes_enrols_those_members(qtbot, workspace):  # noqa: ANN001
    """Issue 18, item 3: the button under members 1–3's notes set the insurance of the empty member form."""
    from PySide6.QtTest import QTest
    from sqlmodel import select

    from dvc.domain.timeutil import fiscal_year
    from dvc.store.tables import Volunteer
    from tests.ui.window_keys import press, type_text as type_keys

    day = date(2026, 8, 1)
    dialog = GroupRegistrationDialog(workspace, EventBus(), day=day)
    show(qtbot, dialog)
    type_keys("小金井テニス部")
    press(Qt.Key.Key_Tab)
    e = dialog.form.edits
    for name, kana, born, phone in (("山田 太郎", "やまだ たろう", "1980/1/2", "090-1234-5678"),
                                    ("鈴木 花子", "すずき はなこ", "1990/4/1", "080-2345-6789"),
                                    ("佐藤 一郎", "さとう いちろう", "1975/5/5", "070-3456-7890")):
        e["name"].setFocus()
        for text in (name, kana, born):
            type_keys(text)
            press(Qt.Key.Key_Tab)
        press(Qt.Key.Key_Tab)  # age: the birth date is given
        press(Qt.Key.Key_Tab)  # gender
        type_keys(phone)
        press(Qt.Key.Key_Return)  # adds the member, the form is empty again
    assert len(dialog.members) == 3 and dialog.form.is_empty()
    dialog.update_rules()
    button = dialog.rules.on_site_button
    assert button.isVisible()
    said = button.text()
    shot(dialog, "group-dialog-three-uninsured.png")
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert all(m.insured_on_site and m.insurance_fiscal_year == fiscal_year(day) for m in dialog.members)
    assert "3 人" in said, said  # the button says it is for all three
    assert dialog.form.insurance.currentIndex() == 0  # the empty member form is left as it was
    assert not button.isVisible()
    shot(dialog, "group-dialog-enrolled-on-site.png")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # register the group
    assert dialog.result is not None and not dialog.isVisible()  # result: the RegisteredGroup
    with workspace.session() as s:
        saved = s.exec(select(Volunteer).where(Volunteer.group_id.is_not(None))).all()
    assert sorted((v.name, v.insured_on_site, v.insurance_fiscal_year) for v in saved) == [
        ("佐藤 一郎", True, 2026), ("山田 太郎", True, 2026), ("鈴木 花子", True, 2026)]
