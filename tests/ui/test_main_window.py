"""The main window driven by the keyboard, as a desk uses it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dvc.ui.desks import DESKS
from dvc.ui.main_window import DESK_KEYS
from dvc.ui.widgets.drill_banner import DrillBanner


def test_function_keys_switch_desks(qtbot, drill_window):
    order = list(range(len(DESKS)))
    for index in order[::-1] + order:
        qtbot.keyClick(drill_window, DESK_KEYS[index])
        assert drill_window.stack.currentIndex() == index
        assert drill_window.navigation.currentRow() == index
        assert drill_window.current_page() is drill_window.page(DESKS[index].key)


def test_function_keys_work_while_typing_in_the_search_field(qtbot, drill_window):
    reception = drill_window.page("reception")
    qtbot.keyClicks(reception.search_field, "V-KG1-00")  # QTest types ASCII only
    qtbot.keyClick(reception.search_field, Qt.Key.Key_F3)
    assert drill_window.current_page() is drill_window.page("matching")


def test_navigation_shows_the_shortcut_and_japanese_names(drill_window):
    labels = [drill_window.navigation.item(i).text() for i in range(drill_window.navigation.count())]
    assert labels == ["F1  受付", "F2  ニーズ", "F3  マッチング", "F4  送り出し", "F5  資機材", "F6  総務"]


def test_drill_banner_on_a_drill_database(drill_window):
    banner = drill_window.findChild(DrillBanner)
    assert banner is not None and banner.isVisible()
    assert "訓練モード" in banner.text()
    assert "訓練" in drill_window.windowTitle()
    # Above the pages: it stays whichever desk is shown.
    for index in range(len(DESKS)):
        drill_window.show_desk(index)
        assert banner.isVisible() and banner.geometry().bottom() <= drill_window.stack.geometry().top()


def test_no_banner_on_a_real_database(real_window):
    assert real_window.findChild(DrillBanner) is None
    assert "訓練" not in real_window.windowTitle()


def test_status_bar_names_council_laptop_operator_and_file(real_window, workspace):
    line = real_window.status_line
    assert line.council.text() == "小金井市社会福祉協議会"
    assert line.device.text() == "1号機"
    assert "山田 花子" in line.operator.text()
    assert workspace.path.name in line.database.text()
    assert line.clock.text().count(":") == 2


def test_operator_not_chosen_yet(drill_window):
    assert drill_window.status_line.operator.text() == "担当者：未選択"


def test_reception_search_field_has_the_focus(qtbot, drill_window):
    reception = drill_window.page("reception")
    qtbot.keyClick(drill_window, Qt.Key.Key_F2)
    qtbot.keyClick(drill_window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is reception.search_field)


def test_every_desk_has_real_numbers(drill_window):
    for index in range(len(DESKS)):
        drill_window.show_desk(index)
    assert drill_window.page("reception").cards.registered.value_text() == "5"
    assert drill_window.page("needs").model.total() == 6
    assert drill_window.page("matching").people_model.total() == 2
    assert drill_window.page("dispatch").model.rowCount() == 1
    assert drill_window.page("equipment").model.rowCount() == 2
    assert drill_window.page("head_office").teams["out"].value_text() == "1"


def test_empty_database_shows_helpful_lines(real_window):
    for index in range(len(DESKS)):
        real_window.show_desk(index)
    lists = [
        real_window.page("reception").list, real_window.page("needs").list, real_window.page("matching").needs,
        real_window.page("matching").people, real_window.page("dispatch").list, real_window.page("equipment").list,
    ]
    for widget in lists:
        assert widget.is_showing_empty()
        assert widget.empty_label.text().endswith("。")
