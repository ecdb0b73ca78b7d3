"""One scan row for reception and dispatch: Enter, the button and Down each reach the desk; the field keeps focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from dvc.ui.widgets.scan_row import ScanRow
from tests.ui.conftest import japanese_app, show_window  # noqa: F401
from tests.ui.dispatch.helpers import DISPATCH_KEY, RECEPTION_KEY
from tests.ui.polish.helpers import shot


def test_enter_button_and_down_reach_the_desk_and_the_answer_line_hides_when_empty(qtbot):  # noqa: ANN001
    calls: list[str] = []
    host = QWidget()
    qtbot.addWidget(host)
    row = ScanRow(host, name="testScan", placeholder="code", button_text="Open",
                  on_enter=lambda: calls.append("enter"), on_button=lambda: calls.append("button"),
                  on_down=lambda: calls.append("down"), with_answer=True)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()  # shortcuts (Down) reach the active window only
    qtbot.waitUntil(host.isActiveWindow)
    row.field.setFocus()
    qtbot.keyClicks(row.field, "DVC1-KG-T-1")
    qtbot.keyClick(row.field, Qt.Key.Key_Return)
    qtbot.keyClick(row.field, Qt.Key.Key_Down)
    qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)
    assert calls == ["enter", "down", "button"]
    assert row.field.hasFocus()  # the button takes no focus: the scanner's next Enter stays in the field
    assert row.answer.isHidden()
    row.say("T-1 is back")
    assert row.answer.isVisible() and row.answer.text() == "T-1 is back"
    row.say("")
    assert row.answer.isHidden()


def test_both_desks_use_the_row_and_open_with_the_keyboard_in_it(qtbot, workspace):  # noqa: ANN001
    window = show_window(qtbot, workspace)
    for key, name, field in ((RECEPTION_KEY, "reception", "search_field"), (DISPATCH_KEY, "dispatch", "scan_field")):
        qtbot.keyClick(window, key)
        page = window.page(name)
        assert isinstance(page.scan_row, ScanRow) and getattr(page, field) is page.scan_row.field
        assert page.scan_row.field.hasFocus()
        shot(window, f"scan-row-{name}.png")
