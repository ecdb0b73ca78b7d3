"""Every desk's scan field, driven through the window as a USB scanner types (issue 18, items 4 and 5).

Item 5: a scan always replaces what was left in the field. Item 4: a code from
outside dvc (a web address's QR code, a JAN barcode) says so on the big panel
instead of leaving the previous person's answer there; the dispatch and
equipment desks say it the same way, in the words of what they scan.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from dvc.domain.qr import make_payload
from dvc.domain.vocab import TeamStatus
from dvc.services.equipment.items import ItemDraft, add_item
from dvc.services.reception import checkin, roster
from dvc.store.tables import Team
from tests.ui.dispatch.conftest import make_day
from tests.ui.window_keys import press, scan, type_text

SHOTS = Path(os.environ.get("DVC_SHOTS", "/tmp/desk-shots"))
URL = "https://www.city.koganei.lg.jp/kurashi/bousai/"
JAN = "4901234567894"


def shot(window, name: str) -> None:  # noqa: ANN001
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / f"{name}.png"))


def click_at_end(field) -> None:  # noqa: ANN001
    """A click into the field behind its text: the cursor goes to the end, nothing is selected."""
    QTest.mouseClick(field, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(field.width() - 40, field.height() // 2))


def person(ws, name: str):  # noqa: ANN001, ANN201
    return roster.volunteer_page(ws, search=name)[0]


def test_a_scan_replaces_what_was_left_in_the_reception_field(qtbot, drill_window, drill_workspace):
    window, page = drill_window, drill_window.page("reception")
    field = page.search_field
    first, second, third = (person(drill_workspace, n) for n in ("髙橋", "田中", "山田"))
    type_text(first.code)  # left there: typed, never entered (the issue: after a registration)
    press(Qt.Key.Key_F2)  # to the needs desk and back
    press(Qt.Key.Key_F1)
    assert field.hasFocus() and field.text() == first.code
    scan(first.code)
    assert page.last_result.result == checkin.CHECKED_IN and page.last_result.volunteer.code == first.code
    assert field.text() == ""

    type_text("山田")  # a search typed, then a click behind it: the cursor at its end
    click_at_end(field)
    assert field.cursorPosition() == len(field.text()) and not field.hasSelectedText()
    scan(make_payload("KG", "V", second.id))
    assert page.last_result.result == checkin.CHECKED_IN and page.last_result.volunteer.code == second.code

    # A person typing a code slowly, with a pause in the middle, keeps every key.
    type_text(third.code[:6])
    qtbot.wait(400)
    type_text(third.code[6:])
    press(Qt.Key.Key_Return)
    assert page.last_result.result == checkin.ALREADY_CHECKED_IN and page.last_result.volunteer.code == third.code


def test_a_scan_replaces_what_was_left_in_the_equipment_field(qtbot, real_window, workspace):
    item, _code = add_item(workspace, draft=ItemDraft(name="土のう袋", unit="枚", owned=500))
    other, other_code = add_item(workspace, draft=ItemDraft(name="スコップ", unit="本", owned=20))
    real_window.bus.announce("equipment")
    press(Qt.Key.Key_F5)
    page = real_window.page("equipment")
    assert page.scan_field.hasFocus()
    type_text(other_code)  # left in the field
    click_at_end(page.scan_field)
    scan(make_payload("KG", "E", item))
    assert page.scan_answer.text().startswith("土のう袋"), page.scan_answer.text()
    type_text("E-KG")
    press(Qt.Key.Key_F1)
    press(Qt.Key.Key_F5)
    scan(other_code)
    assert page.scan_answer.text().startswith("スコップ"), page.scan_answer.text()
    shot(real_window, "equipment_scan_after_leftover")


def test_a_web_address_or_a_product_barcode_says_it_is_not_a_dvc_sheet(qtbot, drill_window, drill_workspace):
    page = drill_window.page("reception")
    panel = page.result_panel
    target = person(drill_workspace, "髙橋")
    scan(target.code)
    assert panel.name_label.text() == "髙橋 美咲"
    scan(URL)
    assert page.last_result.result == checkin.INVALID and page.last_result.not_dvc
    assert panel.title_label.text() == "dvc の受付票ではありません" and panel.name_label.text() == ""
    assert "ウェブサイトのアドレス" in panel.detail_label.text() and panel.tone == "red"
    assert page.model.total() == 5  # not searched for
    qtbot.wait(100)
    shot(drill_window, "reception_not_a_dvc_sheet")
    press(Qt.Key.Key_F9)  # check-out mode answers the same
    scan(target.code)
    assert panel.title_label.text() == "帰着しました"
    scan(JAN)
    assert panel.title_label.text() == "dvc の受付票ではありません" and "商品のバーコード" in panel.detail_label.text()
    assert panel.name_label.text() == ""


def test_a_name_search_clears_the_previous_answer(qtbot, drill_window, drill_workspace):
    page = drill_window.page("reception")
    scan(person(drill_workspace, "髙橋").code)
    assert page.result_panel.tone == "green"
    type_text("yamada")
    press(Qt.Key.Key_Return)
    assert page.result_panel.tone == "idle" and page.result_panel.name_label.text() == ""


def test_the_dispatch_desk_says_big_a_web_address_or_a_barcode_is_not_a_dispatch_sheet(qtbot, real_window, workspace,
                                                                                       monkeypatch):
    boxes: list[str] = []
    monkeypatch.setattr("dvc.ui.operations.QMessageBox.warning", lambda _p, _t, text: boxes.append(text))
    day = make_day(workspace)
    with workspace.transaction() as s:
        s.get(Team, day.teams[0]).status = TeamStatus.RETURNED
    real_window.bus.announce("teams")
    press(Qt.Key.Key_F4)
    page = real_window.page("dispatch")
    row = page.scan_row
    assert page.scan_field.hasFocus()
    scan(day.codes[0])  # back already: an answer on the row, which the next scan replaces
    assert day.codes[0] in row.answer.text() and not row.title.isVisible()
    scan(URL)
    assert boxes == []  # no message box to close between two teams coming back
    assert row.title.isVisible() and row.title.text() == "dvc の送り出し票ではありません"
    assert "ウェブサイトのアドレス" in row.answer.text() and "送り出し票のQRコード" in row.answer.text()
    assert day.codes[0] not in row.answer.text() and row.tone == "not_dvc"
    assert page.scan_field.text() == "" and page.scan_field.hasFocus()
    shot(real_window, "dispatch_not_a_dvc_sheet")
    scan(JAN)
    assert row.title.text() == "dvc の送り出し票ではありません" and "商品のバーコード" in row.answer.text()
    scan(day.codes[0])  # a dispatch sheet again: the heading goes
    assert not row.title.isVisible() and day.codes[0] in row.answer.text() and row.tone == "plain"
    assert boxes == []


def test_the_equipment_desk_says_big_a_web_address_or_the_makers_barcode_is_not_its_label(qtbot, real_window,
                                                                                          workspace):
    item, code = add_item(workspace, draft=ItemDraft(name="高圧洗浄機", unit="台", owned=2))
    real_window.bus.announce("equipment")
    press(Qt.Key.Key_F5)
    page = real_window.page("equipment")
    row = page.scan_row
    scan(code)
    assert page.scan_answer.text().startswith("高圧洗浄機") and not row.title.isVisible()
    scan(JAN)  # the barcode the maker printed on the washer's box
    assert row.title.isVisible() and row.title.text() == "dvc の資機材ラベルではありません"
    assert "メーカーの商品バーコード" in row.answer.text() and "高圧洗浄機" not in row.answer.text()
    assert row.tone == "not_dvc"
    shot(real_window, "equipment_not_a_dvc_label")
    scan(URL)
    assert row.title.text() == "dvc の資機材ラベルではありません" and "ウェブサイトのアドレス" in row.answer.text()
    scan(make_payload("KG", "E", item))
    assert not row.title.isVisible() and page.scan_answer.text().startswith("高圧洗浄機")
