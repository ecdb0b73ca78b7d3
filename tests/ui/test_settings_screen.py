"""設定 by keyboard: the center head sets the center's phone and the day's limit; the 送り出し票 then prints the
phone in its emergency box (issue 18: it could only be set on the command line, so the box stayed empty)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dvc.domain.vocab import Role
from dvc.services.dispatch.sheet import print_sheets
from dvc.services.needs.sheets import center_phone
from dvc.services.reception.checkin import get_daily_capacity
from dvc.services.staff import operators
from dvc.ui.dialogs.settings import SettingsDialog
from tests.reception.pdf_tools import page_images, page_texts
from tests.ui.conftest import show_window
from tests.ui.dispatch.conftest import make_day
from tests.ui.window_keys import give_up_after, press, type_text, when_shown

SHOTS = Path("/tmp/walkin/shots")
ALT = Qt.KeyboardModifier.AltModifier


def _settings_dialog():  # noqa: ANN202
    modal = QApplication.activeModalWidget()
    return modal if isinstance(modal, SettingsDialog) else None


def test_the_center_head_sets_the_phone_the_sheets_print(qtbot, workspace, tmp_path):
    operators.sign_in_by_name(workspace, name="山田 花子")
    day = make_day(workspace)
    window = show_window(qtbot, workspace)
    seen = []

    def fill(dialog: SettingsDialog) -> None:
        press(Qt.Key.Key_P, ALT)
        type_text("０４２３８１１２３４")
        press(Qt.Key.Key_D, ALT)
        type_text("300")
        seen.append(dialog.center_box.isEnabled() and dialog.center_phone.isEnabled())
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / "settings-center-head.png"))
        press(Qt.Key.Key_Return)

    when_shown(_settings_dialog, fill)
    give_up_after(8000, window)
    press(Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier, window)
    assert seen == [True]
    assert center_phone(workspace) == "042-381-1234"
    assert get_daily_capacity(workspace) == 300
    sheet = tmp_path / "sheet.pdf"
    print_sheets(workspace, team_ids=[day.teams[0]], out=sheet)
    assert "042-381-1234" in page_texts(sheet)[0]
    page_images(sheet, dpi=80)[0].save(str(SHOTS / "dispatch-sheet-center-phone.png"))


def test_staff_see_the_center_settings_but_cannot_change_them(qtbot, workspace):
    operators.add_operator(workspace, name="受付 一郎", role=Role.STAFF)
    operators.sign_in_by_name(workspace, name="受付 一郎")
    window = show_window(qtbot, workspace)
    seen = []

    def look(dialog: SettingsDialog) -> None:
        seen.append((dialog.center_phone.isEnabled(), dialog.daily_capacity.isEnabled(),
                     dialog.pin_required.isEnabled(), dialog.lock_minutes.isEnabled(), dialog.language.isEnabled()))
        dialog.grab().save(str(SHOTS / "settings-staff.png"))
        press(Qt.Key.Key_Escape)

    when_shown(_settings_dialog, look)
    give_up_after(8000, window)
    press(Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier, window)
    assert seen == [(False, False, False, False, True)]
