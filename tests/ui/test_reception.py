"""Reception's scan/search field: what a barcode scanner and a person type."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dvc.services.reception import roster
from dvc.store.tables import Volunteer
from dvc.ui import events


def _reception(window):
    window.show_desk(0)
    return window.page("reception")


def test_scanning_a_code_and_enter_checks_in_and_clears_the_field(qtbot, drill_window, drill_workspace):
    reception = _reception(drill_window)
    assert reception.model.total() == 5
    target = roster.volunteer_page(drill_workspace, search="髙橋")[0]
    assert not target.checked_in
    qtbot.keyClicks(reception.search_field, target.code)
    qtbot.keyClick(reception.search_field, Qt.Key.Key_Return)
    assert reception.last_result.result == "checked_in"
    assert reception.result_panel.name_label.text() == "髙橋 美咲"
    # Ready for the next scan: empty field, keyboard still there.
    assert reception.search_field.text() == "" and reception.search_field.hasFocus()
    # The counts follow a moment later, after the answer is on screen.
    qtbot.waitUntil(lambda: reception.cards.checked_in.value_text() == "4")
    assert [r.checked_in for r in reception.model.loaded_rows() if r.code == target.code] == [True]


def test_searching_by_name(qtbot, drill_window):
    reception = _reception(drill_window)
    reception.search_field.setText("山田")  # typed through the IME, which QTest cannot drive
    qtbot.keyClick(reception.search_field, Qt.Key.Key_Return)
    assert [r.name for r in reception.model.loaded_rows()] == ["山田 太郎"]
    assert "山田" in reception.result_label.text()


def test_no_match_says_so(qtbot, drill_window):
    reception = _reception(drill_window)
    reception.search_field.setText("存在しない人")
    qtbot.keyClick(reception.search_field, Qt.Key.Key_Enter)
    assert reception.list.is_showing_empty()
    assert "存在しない人" in reception.list.empty_label.text()


def test_an_unknown_code_is_answered_in_red(qtbot, drill_window):
    from dvc.domain.codes import make_code

    reception = _reception(drill_window)
    qtbot.keyClicks(reception.search_field, make_code("V", "KG", 1, 9999))
    qtbot.keyClick(reception.search_field, Qt.Key.Key_Enter)
    assert reception.last_result.result == "unknown"
    assert reception.result_panel.tone == "red"
    assert reception.model.total() == 5  # the roster was not filtered by the scan


def test_escape_clears_the_search(qtbot, drill_window):
    reception = _reception(drill_window)
    qtbot.keyClicks(reception.search_field, "zzz")
    qtbot.keyClick(reception.search_field, Qt.Key.Key_Return)
    assert reception.model.total() == 0
    qtbot.keyClick(reception.search_field, Qt.Key.Key_Escape)
    assert reception.search_field.text() == ""
    assert reception.model.total() == 5


def test_down_arrow_walks_into_the_results(qtbot, drill_window):
    reception = _reception(drill_window)
    reception.search_field.setFocus()
    qtbot.keyClick(reception.search_field, Qt.Key.Key_Down)
    assert reception.list.view.hasFocus()
    assert reception.list.view.currentIndex().row() == 0


def test_counts_of_today(drill_window):
    c = _reception(drill_window).cards
    values = [card.value_text() for card in
              (c.checked_in, c.individual, c.in_group, c.first_time, c.repeat, c.on_site, c.registered)]
    assert values == ["3", "3", "0", "1", "2", "3", "5"]


def test_an_announcement_refreshes_the_roster(drill_window, drill_workspace):
    reception = _reception(drill_window)
    with drill_workspace.transaction() as s:
        s.add(Volunteer(code=drill_workspace.new_codes(s, "V")[0], name="新人 一郎", kana="しんじん いちろう"))
    assert reception.model.total() == 5
    drill_window.bus.announce(events.VOLUNTEERS)
    assert reception.model.total() == 6
    assert reception.cards.registered.value_text() == "6"


def test_hidden_desks_refresh_when_shown(drill_window, drill_workspace):
    needs = drill_window.page("needs")
    drill_window.show_desk(1)
    before = needs.model.total()
    drill_window.show_desk(0)
    from dvc.store.tables import Need

    with drill_workspace.transaction() as s:
        s.add(Need(code=drill_workspace.new_codes(s, "N")[0], district="東町"))
    drill_window.bus.announce(events.NEEDS)
    assert needs.model.total() == before  # not on screen: nothing read yet
    drill_window.show_desk(1)
    assert needs.model.total() == before + 1


def test_needs_status_filter(drill_window):
    drill_window.show_desk(1)
    needs = drill_window.page("needs")
    needs.set_filter("done")
    assert [r.status for r in needs.model.loaded_rows()] == ["done"]
    needs.set_filter("open")
    assert needs.model.total() == 5
    needs.set_filter("on_hold")
    assert needs.list.is_showing_empty()
    assert needs.list.empty_label.text() == "この条件に合うニーズはありません。"
    assert needs.cards["awaiting_match"].value_text() == "2"
