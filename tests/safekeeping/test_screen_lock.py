"""The inactivity lock: covers every window after a (here tiny) idle time; a scan while locked opens the prompt."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlmodel import func, select

from dvc.domain.messages import UserError
from dvc.domain.vocab import Role
from dvc.services.staff import operators
from dvc.services.staff import screen_lock
from dvc.store.tables import Attendance
from dvc.ui.dialogs.settings import SettingsDialog
from dvc.ui.widgets.lock_cover import LockCover
from tests.safekeeping.test_export_dialog import shot
from tests.ui.window_keys import give_up_after, press, type_text, when_shown


def attendance_count(ws) -> int:
    with ws.session() as s:
        return s.exec(select(func.count()).select_from(Attendance)).one()


def test_the_setting_is_on_by_default_and_only_a_center_head_changes_it(workspace):
    assert screen_lock.lock_minutes(workspace) == screen_lock.DEFAULT_MINUTES == 15
    operators.sign_in_by_name(workspace, name="山田 花子")  # the center head who set the database up
    assert screen_lock.set_lock_minutes(workspace, minutes=0) == 0 and screen_lock.lock_minutes(workspace) == 0
    with pytest.raises(UserError):
        screen_lock.set_lock_minutes(workspace, minutes=999)
    operators.add_operator(workspace, name="受付 一郎", role=Role.STAFF)
    operators.sign_in_by_name(workspace, name="受付 一郎")
    with pytest.raises(UserError, match="center head"):
        screen_lock.set_lock_minutes(workspace, minutes=5)
    assert screen_lock.lock_minutes(workspace) == 0


def answer_prompt(qtbot, lock, seen: list, *, name: str, pin: str = "") -> None:
    """Once the sign-in prompt is up: note what it says, choose ``name`` by typing, Enter."""
    def act() -> None:
        dialog = lock.prompt
        if dialog is None:
            QTimer.singleShot(50, act)
            return
        seen.append(dialog.notice.text() if dialog.notice.isVisible() else "")
        assert not dialog.add_button.isVisible()  # no adding oneself to get past the lock
        shot(dialog, "lock_prompt_after_scan" if seen[-1] else "lock_prompt")
        dialog.filter.setText(name)  # QTest types ASCII only
        if pin:
            dialog.pin.setText(pin)
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    QTimer.singleShot(50, act)


def test_idle_window_locks_hides_everything_and_a_scan_only_opens_the_prompt(qtbot, real_window, workspace):
    window, lock = real_window, real_window.screen_lock
    operators.add_operator(workspace, name="受付 一郎", role=Role.STAFF)
    scan_field = window.page("reception").focus_target()
    lock.use_interval(150)
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    covers = [c for c in window.findChildren(LockCover) if c.isVisible()]
    assert len(covers) == 1 and covers[0].geometry() == window.rect()
    shot(window, "lock_screen")

    payload = "DVC1-KG-V-0f3c9a7e2b5d4c1a8e6f7a9b0c1d2e3f"
    seen: list[str] = []
    answer_prompt(qtbot, lock, seen, name="受付")
    qtbot.keyClicks(scan_field, payload)  # the scanner types into whatever had focus…
    qtbot.keyClick(scan_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not lock.locked, timeout=3000)
    assert scan_field.text() == ""  # …but nothing reached the hidden field
    assert attendance_count(workspace) == 0
    assert payload[:30] in seen[0] and "使われていません" in seen[0]
    assert workspace.operator == "受付 一郎" and "受付 一郎" in window.status_line.operator.text()
    qtbot.waitUntil(lambda: not any(c.isVisible() for c in window.findChildren(LockCover)), timeout=2000)


def test_input_keeps_it_open_and_a_cancelled_or_wrong_pin_stays_locked(qtbot, real_window, workspace, monkeypatch):
    window, lock = real_window, real_window.screen_lock
    operators.add_operator(workspace, name="受付 一郎", role=Role.STAFF, pin="4321")
    lock.use_interval(400)
    field = window.page("reception").focus_target()
    for _ in range(8):  # 0.8 s of typing, each key well inside the idle time
        qtbot.keyClick(field, Qt.Key.Key_A)
        qtbot.wait(100)
    assert not lock.locked
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)

    warnings: list[str] = []
    monkeypatch.setattr("dvc.ui.operations.QMessageBox.warning", lambda _p, _t, text: warnings.append(text))

    def wrong_then_cancel() -> None:
        dialog = lock.prompt
        if dialog is None:
            QTimer.singleShot(50, wrong_then_cancel)
            return
        assert dialog.pin.isVisible()  # 受付 一郎 has a PIN though the council does not require them
        dialog.filter.setText("受付")
        dialog.pin.setText("0000")
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
        dialog.reject()
    QTimer.singleShot(50, wrong_then_cancel)
    assert lock.ask_to_unlock() is False
    assert lock.locked and warnings and "暗証番号が違います" in warnings[0]
    seen: list[str] = []
    answer_prompt(qtbot, lock, seen, name="受付", pin="4321")
    assert lock.ask_to_unlock() is True and not lock.locked and seen == [""]


def test_a_dialog_open_when_it_locks_is_covered_too(qtbot, real_window):
    lock = real_window.screen_lock
    dialog = SettingsDialog(real_window, real_window.ws)
    qtbot.addWidget(dialog)
    dialog.show()
    lock.lock()
    assert any(c.parentWidget() is dialog and c.isVisible() for c in dialog.findChildren(LockCover))
    lock.unlock()
    QApplication.processEvents()
    assert not any(c.isVisible() for c in dialog.findChildren(LockCover))


def test_settings_dialog_saves_the_minutes_for_a_center_head_only(qtbot, real_window, workspace):
    operators.sign_in_by_name(workspace, name="山田 花子")
    dialog = SettingsDialog(real_window, workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.lock_minutes.isEnabled() and dialog.lock_minutes.currentData() == 15
    shot(dialog, "settings_center_head")
    dialog.lock_minutes.setCurrentIndex(dialog.lock_minutes.findData(5))
    dialog.accept()
    assert screen_lock.lock_minutes(workspace) == 5
    real_window.bus.announce("settings")
    assert real_window.screen_lock.interval_ms == 5 * 60_000 and real_window.screen_lock.idle.isActive()

    operators.add_operator(workspace, name="受付 一郎", role=Role.STAFF)
    operators.sign_in_by_name(workspace, name="受付 一郎")
    staff = SettingsDialog(real_window, workspace)
    qtbot.addWidget(staff)
    staff.show()
    assert not staff.lock_minutes.isEnabled()
    shot(staff, "settings_staff")


def _cover_text(window) -> str:  # noqa: ANN001
    from PySide6.QtWidgets import QLabel

    covers = [c for c in window.findChildren(LockCover) if c.isVisible()]
    return "\n".join(label.text() for c in covers for label in c.findChildren(QLabel))


def test_a_lock_by_hand_does_not_say_nobody_used_the_laptop(qtbot, real_window):
    """Issue 18: Ctrl+Shift+L said 「15分間操作がなかったため」."""

    lock = real_window.screen_lock
    press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, real_window)
    assert lock.locked
    said = _cover_text(real_window)
    assert "個人情報を隠しています" in said and "分間" not in said
    shot(real_window, "lock_by_hand")
    lock.unlock()
    lock.lock(idle_minutes=15)  # as the idle timer locks
    assert "15分間" in _cover_text(real_window)
    lock.unlock()


def test_the_unlock_prompt_takes_the_keyboard_through_the_window(qtbot, real_window, workspace):
    """Issue 18, blocker: keys reach the QWindow before the widget; the lock let none of them into the prompt."""
    window, lock = real_window, real_window.screen_lock
    operators.add_operator(workspace, name="受付 一郎", kana="うけつけ いちろう", role=Role.STAFF, pin="4321")
    operators.add_operator(workspace, name="受付 二郎", kana="うけつけ じろう", role=Role.STAFF)
    press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, window)
    assert lock.locked
    steps: list[str] = []

    def close_warning(box) -> None:  # noqa: ANN001
        steps.append("warning: " + box.text())
        press(Qt.Key.Key_Return)  # the prompt's own message box takes Enter too

    def sign_in(dialog) -> None:  # noqa: ANN001
        type_text("受付")  # the name filter has the keyboard
        steps.append("filter: " + dialog.filter.text())
        press(Qt.Key.Key_Down)
        steps.append("down: " + dialog.names.currentItem().text())
        press(Qt.Key.Key_Up)
        steps.append("up: " + dialog.names.currentItem().text())
        press(Qt.Key.Key_Return)  # 受付 一郎 has a PIN: Enter goes on to it instead of refusing an empty one
        steps.append("pin has focus: " + str(dialog.pin.hasFocus()))
        type_text("0000")
        when_shown(lambda: QApplication.activeModalWidget() if isinstance(QApplication.activeModalWidget(),
                                                                          QMessageBox) else None, close_warning)
        press(Qt.Key.Key_Return)
        steps.append("pin after a wrong one: " + repr(dialog.pin.text()))
        type_text("4321")
        shot(dialog.window(), "lock_prompt_typed")
        press(Qt.Key.Key_Return)

    when_shown(lambda: lock.prompt, sign_in)
    give_up_after(5000, window)
    press(Qt.Key.Key_Space, target=window)  # a key wakes the locked screen
    qtbot.waitUntil(lambda: lock.prompt is None and bool(steps), timeout=8000)
    assert steps[0] == "filter: 受付"
    assert "受付 二郎" in steps[1] and "受付 一郎" in steps[2]
    assert steps[3] == "pin has focus: True"
    assert steps[4].startswith("warning: ") and "暗証番号が違います" in steps[4]
    assert steps[5] == "pin after a wrong one: ''"
    assert workspace.operator == "受付 一郎"
