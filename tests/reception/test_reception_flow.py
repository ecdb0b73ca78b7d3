"""The reception desk as a person uses it: print the sheets, scan each QR read back from the PDF, see the answer.

Set DVC_TEST_SHOTS=folder to keep the screenshots and rendered pages for a look.
"""

from __future__ import annotations

import os
import shutil
import uuid
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from dvc.domain.qr import make_payload, parse_payload
from dvc.domain.timeutil import fiscal_year, local_day
from dvc.domain.volunteer_input import VolunteerInput
from dvc.services.reception import checkin
from dvc.services.reception import intake_print
from dvc.services.reception import registration
from dvc.services.reception import roster
from dvc.services.reception import today_list
from dvc.services.drill.scenario import DrillSpec, create_drill
from dvc.services.core.workspace import open_workspace
from dvc.store.tables import Volunteer
from dvc.ui.desks.reception import dialogs
from dvc.ui.widgets import print_preview
from tests.reception.pdf_tools import page_images, qr_texts
from tests.ui.conftest import japanese_app, show_window  # noqa: F401  (Japanese screens, as at the desk)


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("DVC_TEST_SHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def desk(qtbot, tmp_path, monkeypatch):
    """A drill of 12 volunteers (nobody in yet) plus a junior-high pupil and an uninsured adult, on screen."""
    db = tmp_path / "drill.db"
    create_drill(db, DrillSpec(volunteers=12, needs=1, checked_in=0, seed=5))
    ws = open_workspace(db)
    ws.operator = "訓練 太郎"
    today = local_day()
    with ws.transaction() as s:
        codes = ws.new_codes(s, "V", 2)
        s.add(Volunteer(code=codes[0], name="中学 花子", kana="ちゅうがく はなこ", birth_date=date(today.year - 13, 1, 5),
                        insurance_fiscal_year=fiscal_year(today)))
        s.add(Volunteer(code=codes[1], name="保険 未加入", kana="ほけん みかにゅう", age=40))
    window = show_window(qtbot, ws)
    window.show_desk(0)
    page = window.page("reception")
    printed: list[Path] = []

    def capture(parent, pdf, title=None, **_kw):  # noqa: ANN001, ANN202
        copy = tmp_path / f"preview-{len(printed)}.pdf"
        shutil.copy(pdf, copy)  # the preview's folder goes when it closes
        printed.append(copy)

    monkeypatch.setattr(print_preview, "show_pdf_preview", capture)
    yield ws, window, page, printed
    window.close()
    ws.close()


def scan(qtbot, page, payload: str):  # noqa: ANN201
    assert page.search_field.hasFocus()
    qtbot.keyClicks(page.search_field, payload)
    qtbot.keyClick(page.search_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page._stale)  # counts and lists caught up
    assert page.search_field.text() == "" and page.search_field.hasFocus()
    return page.last_result


def snap(qtbot, widget, path: Path) -> None:  # noqa: ANN001
    qtbot.wait(20)  # pending layout and paint first: the picture shows what a person would see
    widget.grab().save(str(path))


def save_pages(pdf: Path, folder: Path, stem: str, count: int = 1) -> None:
    for number, image in enumerate(page_images(pdf, dpi=100)[:count], start=1):
        image.save(folder / f"{stem}-{number}.png")


def test_print_scan_every_sheet_then_check_out(qtbot, desk, shots, tmp_path):
    ws, window, page, printed = desk
    people = roster.volunteer_page(ws, limit=100)
    sheets = tmp_path / "sheets.pdf"
    intake_print.print_intake(ws, out=sheets, codes=[p.code for p in people])
    save_pages(sheets, shots, "pdf-intake-sheet", 2)
    payloads = [texts[0] for texts in qr_texts(sheets)]
    assert len(payloads) == len(people) == 14
    by_id = {p.id: p for p in people}
    for payload in payloads:
        result = scan(qtbot, page, payload)
        person = by_id[parse_payload(payload).record_id]
        assert result.result == "checked_in" and page.result_panel.tone == "green"
        assert page.result_panel.name_label.text() == person.name
        assert page.result_panel.title_label.text() == "受付しました"
        if person.name == "中学 花子":
            assert page.result_panel.warning_texts() == ["未成年（18歳未満）", "保護者の同意なし", "中学生以下：保護者の同伴が必要"]
            snap(qtbot, window, shots / "reception-green-warnings.png")
        if person.name == "保険 未加入":
            assert page.result_panel.warning_texts() == ["保険未加入（今年度）"]
    assert page.cards.checked_in.value_text() == "14"
    assert today_list.count_today(ws) == 14

    again = scan(qtbot, page, payloads[0])
    assert again.result == "already_checked_in" and page.result_panel.tone == "blue"
    snap(qtbot, window, shots / "reception-blue.png")
    assert today_list.count_today(ws) == 14  # no second row

    qtbot.keyClick(page.search_field, Qt.Key.Key_F9)
    assert page.check_out_mode and page.check_out_radio.isChecked()
    out = scan(qtbot, page, payloads[1])
    assert out.result == "checked_out" and page.result_panel.title_label.text() == "帰着しました"
    snap(qtbot, window, shots / "reception-checked-out.png")
    assert page.cards.on_site.value_text() == "13"
    qtbot.keyClick(page.search_field, Qt.Key.Key_F9)
    assert not page.check_out_mode

    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.today.model.total() == 14)
    assert page.today.model.row_at(0).checked_out_at is None  # the latest arrival first
    snap(qtbot, window, shots / "reception-today-list.png")


def test_blank_sheets_open_registration_and_then_check_in(qtbot, desk, shots, monkeypatch):
    ws, window, page, printed = desk
    monkeypatch.setattr("dvc.ui.desks.reception.print_actions.QInputDialog.getInt",
                        lambda *args, **kwargs: (2, True))
    qtbot.keyClick(page.search_field, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # keyboard only
    [blank_pdf] = printed
    save_pages(blank_pdf, shots, "pdf-blank-sheet")
    payloads = [texts[0] for texts in qr_texts(blank_pdf)]
    assert [parse_payload(p).kind for p in payloads] == ["S", "S"]

    # Whatever the desk opens on this signal (the registration form), here the person fills the sheet in.
    page.registration_requested.disconnect()
    requested: list[uuid.UUID] = []

    def register(sheet_id: uuid.UUID) -> None:
        requested.append(sheet_id)
        if len(requested) == 1:
            registration.register_individual(ws, data=VolunteerInput(
                name="白紙 記入", kana="はくし きにゅう", age=30, phone="090-1111-2222",
                insurance_fiscal_year=fiscal_year(local_day())), intake_sheet_id=sheet_id)

    page.registration_requested.connect(register)
    first = scan(qtbot, page, payloads[0])
    assert requested == [parse_payload(payloads[0]).record_id]
    assert first.result == "checked_in" and page.result_panel.name_label.text() == "白紙 記入"

    with qtbot.waitSignal(page.registration_requested) as signal:
        second = scan(qtbot, page, payloads[1])
    assert signal.args == [parse_payload(payloads[1]).record_id]
    assert second.result == "unregistered" and page.result_panel.tone == "orange"
    snap(qtbot, window, shots / "reception-orange-blank.png")


def test_foreign_garbage_and_the_daily_limit(qtbot, desk, shots, monkeypatch):
    ws, window, page, printed = desk
    people = roster.volunteer_page(ws, limit=3)
    foreign = scan(qtbot, page, make_payload("MT", "V", uuid.uuid4()))
    assert foreign.result == "unknown" and page.result_panel.tone == "red"
    assert "MT" in page.result_panel.detail_label.text()
    snap(qtbot, window, shots / "reception-red-foreign.png")
    truncated = scan(qtbot, page, make_payload("KG", "V", people[0].id)[:-5])
    assert truncated.result == "invalid" and page.result_panel.tone == "red"
    snap(qtbot, window, shots / "reception-red-invalid.png")

    monkeypatch.setattr(dialogs, "ask_capacity", lambda parent, current: 1)
    qtbot.mouseClick(page.capacity_button, Qt.MouseButton.LeftButton)
    assert checkin.get_daily_capacity(ws) == 1
    assert "上限 1" in page.cards.checked_in.caption_label.text()
    assert scan(qtbot, page, people[0].code).result == "checked_in"

    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm_over_capacity", lambda parent, result: asked.append(result.result) or False)
    declined = scan(qtbot, page, people[1].code)
    assert asked == ["over_capacity"] and declined.result == "over_capacity"
    assert page.result_panel.tone == "orange" and today_list.count_today(ws) == 1
    snap(qtbot, window, shots / "reception-over-capacity-declined.png")
    box = dialogs.OverCapacityBox(window, declined)
    assert box.defaultButton() is box.no_button  # a scanner's Enter never says yes
    box.show()
    snap(qtbot, box, shots / "reception-capacity-dialog.png")
    box.close()
    window.activateWindow()  # the box shown by hand above took the keyboard; in use it is modal inside the scan
    qtbot.waitUntil(window.isActiveWindow)
    page.back_to_field()

    monkeypatch.setattr(dialogs, "confirm_over_capacity", lambda parent, result: True)
    assert scan(qtbot, page, people[1].code).result == "checked_in"
    assert today_list.count_today(ws) == 2


def test_forgot_the_sheet_search_by_name_and_enter_on_the_row(qtbot, desk, shots):
    ws, window, page, printed = desk
    page.search_field.setText("中学")  # typed through the IME, which QTest cannot drive
    qtbot.keyClick(page.search_field, Qt.Key.Key_Return)
    assert page.model.total() == 1
    qtbot.keyClick(page.search_field, Qt.Key.Key_Down)
    assert page.list.view.hasFocus()
    qtbot.keyClick(page.list.view, Qt.Key.Key_Return)
    assert page.last_result.result == "checked_in" and page.result_panel.name_label.text() == "中学 花子"
    assert page.search_field.hasFocus()
    qtbot.waitUntil(lambda: page.model.row_at(0).checked_in)
    snap(qtbot, window, shots / "reception-search-checked-in.png")
    # The same person chosen, the intake sheet printed from the button: its QR is theirs.
    page.list.view.selectRow(0)
    qtbot.keyClick(page.list.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    [sheet] = printed
    assert parse_payload(qr_texts(sheet)[0][0]).record_id == page.model.row_at(0).id
