"""Each conflict made apart, on the screen of the desk that decides: the notice on the desk, F8 for the list, the
choice made with the keyboard (keys sent to the window, as a desk's keyboard sends them), and the notice gone.

Screenshots at 1366×768 go to DVC_SHOTS (default /tmp/apart-ui/shots).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from dvc.domain.vocab import NeedStatus, TeamStatus
from dvc.services.apart import watch
from dvc.services.equipment import stock
from dvc.services.reception import apart_choices, checkin
from dvc.store.tables import Need, Team, Volunteer
from dvc.ui import events
from dvc.ui.dialogs.apart_dialog import ApartDialog
from tests.apart import scenes
from tests.ui.conftest import japanese_app, show_window  # noqa: F401  (Japanese screens, as at the desk)
from tests.ui.dispatch.helpers import back_in_window, when_open

SHOTS = Path(os.environ.get("DVC_SHOTS", "/tmp/apart-ui/shots"))
DESK_KEYS = {"reception": Qt.Key.Key_F1, "needs": Qt.Key.Key_F2, "matching": Qt.Key.Key_F3, "equipment": Qt.Key.Key_F5}


def shot(widget, name: str) -> None:  # noqa: ANN001
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / name))


def key(k, widget=None) -> None:  # noqa: ANN001
    """A key as the keyboard sends it: to the widget that has the keyboard (or to ``widget``)."""
    target = widget or QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard"
    QTest.keyClick(target, k)
    QApplication.processEvents()


def on_desk(qtbot, ws, desk: str):  # noqa: ANN001, ANN201
    window = show_window(qtbot, ws)
    key(DESK_KEYS[desk], window.focusWidget() or window)
    page = window.page(desk)
    assert window.current_page() is page
    qtbot.waitUntil(page.apart_notice.isVisible)
    return window, page


def decide_by_keys(qtbot, window, page, name: str, *keys) -> ApartDialog:  # noqa: ANN001
    """F8 on the desk opens the list; the keys go to the dialog (Tab into the choices first); Enter decides."""
    seen: list[ApartDialog] = []

    def act(dialog: ApartDialog) -> None:
        assert dialog.list.hasFocus() and not dialog.decide_button.isEnabled()  # nothing chosen beforehand
        shot(dialog, f"{name}-list.png")
        key(Qt.Key.Key_Tab)
        for k in keys:
            if isinstance(k, str):
                QTest.keyClicks(QApplication.focusWidget(), k)
            else:
                key(k)
        shot(dialog, f"{name}-chosen.png")
        key(Qt.Key.Key_Return)
        seen.append(dialog)
        assert dialog.empty.isVisible(), "the list still shows something after the decision"
        shot(dialog, f"{name}-done.png")
        key(Qt.Key.Key_Escape)

    when_open(ApartDialog, act)
    key(Qt.Key.Key_F8, window.focusWidget() or window)
    qtbot.waitUntil(lambda: bool(seen) and QApplication.activeModalWidget() is None, timeout=10_000)
    back_in_window(qtbot, window)
    assert not page.apart_notice.isVisible()
    return seen[0]


def test_matching_sees_a_person_on_two_teams_and_keeps_them_on_one(qtbot, desks, tmp_path):
    one, two = desks
    made = scenes.person_on_two_teams(one, two, tmp_path)
    scenes.swap(one, two, tmp_path)
    window, page = on_desk(qtbot, one, "matching")
    assert "1 件" in page.apart_notice.text() and "佐藤 一郎" in page.apart_notice.text()
    shot(window, "matching-desk-notice.png")
    # The second choice (Down from the first, Space): keep them on the team made on laptop 2.
    decide_by_keys(qtbot, window, page, "matching-dialog", Qt.Key.Key_Down, Qt.Key.Key_Space)
    with one.session() as s:
        assert s.get(Team, made.teams[0]).status == TeamStatus.CANCELLED
        assert s.get(Team, made.teams[1]).status == TeamStatus.CONFIRMED
    shot(window, "matching-desk-settled.png")
    window.close()


def test_equipment_sees_stock_below_zero_and_corrects_a_loan(qtbot, desks, tmp_path):
    one, two = desks
    item, _first, _second = scenes.stock_below_zero(one, two, tmp_path)
    scenes.swap(one, two, tmp_path)
    window, page = on_desk(qtbot, one, "equipment")
    assert "一輪車" in page.apart_notice.text()
    shot(window, "equipment-desk-notice.png")
    # Third choice: the loan to 調布 was 1, not 3 (the number suggested is typed over to show the field works).
    decide_by_keys(qtbot, window, page, "equipment-dialog", Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Space,
                   Qt.Key.Key_Tab, Qt.Key.Key_Backspace, "1")
    row = next(r for r in stock.stock_rows(one) if r.id == item)
    assert (row.out, row.available) == (5, 0)
    window.close()


def test_reception_sees_one_person_registered_twice_and_merges(qtbot, desks, tmp_path):
    one, two = desks
    (kept, _), (gone, gone_code) = scenes.registered_twice(one, two)
    scenes.swap(one, two, tmp_path)
    window, page = on_desk(qtbot, one, "reception")
    assert page.search_field.hasFocus()  # the scanner's field keeps the keyboard under the notice
    shot(window, "reception-desk-notice-twice.png")
    decide_by_keys(qtbot, window, page, "reception-dialog-twice", Qt.Key.Key_Space)
    with one.session() as s:
        assert s.get(Volunteer, gone).merged_into == kept
    assert page.search_field.hasFocus()
    QTest.keyClicks(page.search_field, gone_code)  # the sheet printed at desk 2, scanned here
    key(Qt.Key.Key_Return)
    assert page.last_result.result == checkin.ALREADY_CHECKED_IN and page.last_result.volunteer.id == kept
    shot(window, "reception-desk-merged-sheet-scanned.png")
    window.close()


def test_reception_sees_the_daily_limit_passed_and_raises_it(qtbot, desks, tmp_path):
    one, two = desks
    scenes.limit_passed(one, two, tmp_path)
    scenes.swap(one, two, tmp_path)
    window, page = on_desk(qtbot, one, "reception")
    shot(window, "reception-desk-notice-limit.png")
    decide_by_keys(qtbot, window, page, "reception-dialog-limit", Qt.Key.Key_Down, Qt.Key.Key_Space)
    assert checkin.get_daily_capacity(one) == 4
    window.close()


def test_needs_sees_a_status_moved_two_ways_and_picks_one(qtbot, desks, tmp_path):
    one, two = desks
    need_id = scenes.need_moved_two_ways(one, two, tmp_path)
    scenes.swap(one, two, tmp_path)
    window, page = on_desk(qtbot, one, "needs")
    shot(window, "needs-desk-notice.png")
    decide_by_keys(qtbot, window, page, "needs-dialog", Qt.Key.Key_Space)  # the first: 保留
    with one.session() as s:
        assert s.get(Need, need_id).status == NeedStatus.ON_HOLD
    window.close()


def test_a_notice_goes_when_another_laptop_decided(qtbot, desks, tmp_path):
    one, two = desks
    scenes.registered_twice(one, two)
    scenes.swap(one, two, tmp_path)
    window, page = on_desk(qtbot, one, "reception")
    [conflict] = watch.open_conflicts(two, desk="reception")
    apart_choices.decide(two, key=conflict.key, choice="distinct")
    assert page.apart_notice.isVisible()  # not heard of yet: still shown, never silently dropped
    scenes.send(two, one, tmp_path)
    window.bus.announce(events.APART)  # what the exchange page announces after an import
    assert not page.apart_notice.isVisible()
    with one.session() as s:
        assert len(s.exec(select(Volunteer).where(Volunteer.deleted == False)).all()) == 2  # noqa: E712
    window.close()


def test_head_office_preview_and_import_say_what_the_desks_will_be_shown(qtbot, desks, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from dvc.services.exchange.bundle_export import export_bundle
    from dvc.ui.desks.head_office.exchange_page import ExchangeDialog
    from dvc.ui.events import EventBus

    one, two = desks
    scenes.registered_twice(one, two)
    bundle = tmp_path / "from-two.dvcx"
    export_bundle(two, peer="koganei", out=bundle)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bundle), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    bus = EventBus()
    heard: list[str] = []
    bus.changed.connect(heard.append)
    dialog = ExchangeDialog(one, bus)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    QTest.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # the Receive tab
    QTest.keyClick(dialog.import_.choose_button, Qt.Key.Key_Space)
    assert "食い違いが 1 件" in dialog.import_.source.text() and watch.open_conflicts(one) == []
    shot(dialog, "head-office-preview.png")
    QTest.keyClick(dialog.import_.apply_button, Qt.Key.Key_Space)
    assert "表示しました" in dialog.import_.source.text() and events.APART in heard
    assert len(watch.open_conflicts(one, desk="reception")) == 1
