"""Closing the window while people are out, and Esc on a half-filled form, ask first (issue 18).

Keys go to the window as a keyboard sends them; Enter and Esc on the question are the safe answers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from dvc.services.dispatch import send_off as dispatch
from dvc.services.dispatch import team_return
from dvc.ui.desks.dispatch.report_dialog import ActivityReportDialog
from dvc.ui.desks.needs.intake_form import NeedForm
from dvc.ui.events import EventBus
from tests.ui.conftest import show_active, show_window
from tests.ui.dispatch.conftest import make_day
from tests.ui.window_keys import give_up_after, press, type_text, when_shown

SHOTS = Path("/tmp/walkin/shots")
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def _question():  # noqa: ANN202
    modal = QApplication.activeModalWidget()
    return modal if isinstance(modal, QMessageBox) else None


def _answer(key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier, *, seen: list, shot: str = "") -> None:  # noqa: ANN001
    def act(box: QMessageBox) -> None:
        seen.append(box.text())
        if shot:
            SHOTS.mkdir(parents=True, exist_ok=True)
            box.grab().save(str(SHOTS / shot))
        press(key, modifier)
    when_shown(_question, act)


def test_quitting_with_people_out_asks_and_enter_keeps_dvc_open(qtbot, workspace):
    day = make_day(workspace)  # nine people checked in, three teams confirmed
    dispatch.dispatch_team(workspace, team_id=day.teams[0])
    window = show_window(qtbot, workspace)
    give_up_after(10_000, window)
    seen: list = []
    _answer(Qt.Key.Key_Return, seen=seen, shot="quit-question.png")
    press(Qt.Key.Key_Q, CTRL, window)
    assert seen == ["戻っていないチーム：1\n受付済みで帰着していない人：7人"]
    assert window.isVisible()

    window.activateWindow()
    _answer(Qt.Key.Key_Q, ALT, seen=seen)
    press(Qt.Key.Key_Q, CTRL, window)
    assert len(seen) == 2 and not window.isVisible()


def test_quitting_with_everyone_back_asks_nothing(qtbot, workspace):
    window = show_window(qtbot, workspace)
    give_up_after(5000, window)
    press(Qt.Key.Key_Q, CTRL, window)
    assert not window.isVisible()


class _WindowManagerClose(QCloseEvent):
    """The × of the title bar or Alt+F4: the window system's close (the offscreen platform sends none)."""

    def spontaneous(self) -> bool:
        return True


def test_the_window_managers_close_asks_too(qtbot, workspace):
    make_day(workspace)
    window = show_window(qtbot, workspace)
    give_up_after(5000, window)
    seen: list = []
    _answer(Qt.Key.Key_Escape, seen=seen)
    event = _WindowManagerClose()
    window.closeEvent(event)
    assert seen and not event.isAccepted()


def test_esc_on_a_half_filled_need_asks_and_keeps_the_typing(qtbot, workspace):
    form = show_active(qtbot, NeedForm(workspace, EventBus()))
    give_up_after(8000, form)
    press(Qt.Key.Key_Escape)  # nothing typed yet: closes at once
    assert not form.isVisible()

    form = show_active(qtbot, NeedForm(workspace, EventBus()))
    form.requester_name.setFocus()
    type_text("山田 花子")
    seen: list = []
    _answer(Qt.Key.Key_Return, seen=seen, shot="need-form-esc-question.png")
    press(Qt.Key.Key_Escape)
    assert seen == ["入力した内容はまだ保存されていません。"]
    assert form.isVisible() and form.requester_name.text() == "山田 花子"
    form.activateWindow()
    _answer(Qt.Key.Key_T, ALT, seen=seen)
    press(Qt.Key.Key_Escape)
    assert len(seen) == 2 and not form.isVisible()


def test_esc_on_an_activity_report_with_work_written_asks(qtbot, workspace):
    day = make_day(workspace)
    dispatch.dispatch_team(workspace, team_id=day.teams[0])
    form = team_return.return_form(workspace, team_id=day.teams[0])
    dialog = show_active(qtbot, ActivityReportDialog(None, form, submit=lambda report: None))
    give_up_after(8000, dialog)
    dialog.work_done.setFocus()
    type_text("1階の泥出し")
    seen: list = []
    _answer(Qt.Key.Key_Escape, seen=seen)  # Esc on the question too: back to the report
    press(Qt.Key.Key_Escape, target=dialog)
    assert seen and dialog.isVisible() and dialog.work_done.toPlainText() == "1階の泥出し"
