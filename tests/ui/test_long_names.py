"""A 100-character name (issue 18, item 7): cut on screen, never widening a window; wrapped and cut on paper,
never running out of its box; a character the printing font lacks refused when the name is entered."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlmodel import select

from dvc.domain.timeutil import fiscal_year, local_day
from dvc.domain.vocab import NeedStatus, TeamStatus
from dvc.services.dispatch import sheet as dispatch_sheet
from dvc.services.reception import certificate, intake_print
from dvc.store.tables import Attendance, Group, Need, Team, TeamMember, Volunteer
from tests.ui.window_keys import give_up_after, press, scan, type_text, when_shown

SHOTS = Path(os.environ.get("DVC_SHOTS", "/tmp/desk-shots"))
NAME = ("寿限無寿限無五劫の擦り切れ海砂利水魚の水行末雲来末風来末食う寝る処に住む処やぶら小路の藪柑子"
        "パイポパイポパイポのシューリンガンシューリンガンのグーリンダイグーリンダイのポンポコピーのポンポコナー")[:100]
SCREEN = 1366
MM = 72 / 25.4  # PDF points per millimetre


def long_day(ws) -> dict:  # noqa: ANN001
    """Our center head, a group and three members with 100-character names in a confirmed team, checked in."""
    day, at = local_day(), datetime.now(timezone.utc) - timedelta(hours=3)
    with ws.transaction() as s:
        group = Group(code=ws.new_codes(s, "G")[0], name="団体" + NAME)
        need = Need(code=ws.new_codes(s, "N")[0], status=NeedStatus.AWAITING_MATCH, district="本町",
                    site_address="本町1-2-3", requester_name=NAME, headcount=3, work_types=["泥出し"], received_at=at)
        s.add_all([group, need])
        s.flush()
        team = Team(code=ws.new_codes(s, "T")[0], need_id=need.id, day=day, status=TeamStatus.CONFIRMED)
        s.add(team)
        s.flush()
        people = []
        for i in range(3):
            v = Volunteer(code=ws.new_codes(s, "V")[0], name=NAME[: 100 - i], kana="じゅげむ" * 20, age=40,
                          phone="090-1111-2222", insurance_fiscal_year=fiscal_year(day), group_id=group.id)
            s.add(v)
            s.flush()
            s.add(Attendance(volunteer_id=v.id, day=day, checked_in_at=at, checked_out_at=at + timedelta(hours=2)))
            s.add(TeamMember(team_id=team.id, volunteer_id=v.id, is_leader=i == 0))
            people.append(v)
        team.leader_id = people[0].id
    return {"people": people, "team": team, "group": group}


def test_a_long_name_is_cut_on_screen_and_no_desk_grows_wider_than_the_laptop(qtbot, workspace, tmp_path):
    from dvc.services.core.workspace import open_workspace
    from dvc.services.staff import operators
    from tests.ui.conftest import show_window

    day = long_day(workspace)
    operators.add_operator(workspace, name="長" + NAME[:99])
    workspace.operator = "長" + NAME[:99]  # the status line shows who is signed in
    window = show_window(qtbot, workspace)
    reception = window.page("reception")
    with workspace.transaction() as s:  # today's check-in again, to be checked in by the scan
        for row in s.exec(select(Attendance)).all():
            s.delete(row)
    scan(day["people"][0].code)
    assert reception.last_result.volunteer.name == NAME
    assert window.width() <= SCREEN and window.minimumSizeHint().width() <= SCREEN
    panel = reception.result_panel
    assert panel.name_label.text() == NAME and panel.name_label.toolTip() == NAME  # whole in the tooltip
    qtbot.wait(100)
    window.grab().save(str(SHOTS / "long_name_reception.png"))
    for key, name in zip((Qt.Key.Key_F2, Qt.Key.Key_F3, Qt.Key.Key_F4, Qt.Key.Key_F5, Qt.Key.Key_F6),
                         ("needs", "matching", "dispatch", "equipment", "head_office")):
        press(key)
        qtbot.wait(50)
        assert window.width() <= SCREEN and window.minimumSizeHint().width() <= SCREEN, name
        window.grab().save(str(SHOTS / f"long_name_{name}.png"))

    from dvc.ui.desks.reception.registration_dialog import RegistrationDialog

    dialog = RegistrationDialog(workspace, window.bus, window)
    dialog.open_existing(day["people"][0].id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.width() <= SCREEN and dialog.minimumSizeHint().width() <= SCREEN
    dialog.grab().save(str(SHOTS / "long_name_registration_dialog.png"))


def test_the_group_window_and_the_registered_message_cut_a_long_name(qtbot, workspace):
    """The group opened from the roster (Ctrl+Shift+G) and 「登録しました」 name a 102-character group and its
    members without growing wider than the laptop."""
    from dvc.services.reception.registration import Registered, RegisteredGroup
    from dvc.ui.desks.reception.group_edit_dialog import GroupEditDialog
    from dvc.ui.desks.reception.next_step import ask_after_registering
    from dvc.ui.events import EventBus

    day = long_day(workspace)
    group = day["group"]
    dialog = GroupEditDialog(workspace, EventBus(), group.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.heading.text().endswith(group.name) and dialog.heading.toolTip() == dialog.heading.text()
    assert dialog.width() <= SCREEN and dialog.minimumSizeHint().width() <= SCREEN
    dialog.grab().save(str(SHOTS / "long_name_group_window.png"))

    members = tuple(Registered(id=v.id, code=v.code, name=v.name) for v in day["people"])
    widths: list[int] = []
    for registered in (RegisteredGroup(id=group.id, code=group.code, name=group.name, members=members), members[0]):
        def look(box: QMessageBox) -> None:
            widths.append(box.width())
            box.grab().save(str(SHOTS / f"long_name_registered_{len(widths)}.png"))
            press(Qt.Key.Key_Escape)
        when_shown(lambda: m if isinstance(m := QApplication.activeModalWidget(), QMessageBox) else None, look)
        give_up_after(8000, dialog)
        assert ask_after_registering(dialog, registered) is None  # Esc: nobody checked in
    assert len(widths) == 2 and max(widths) <= SCREEN


def chars_of(page) -> list[tuple[str, float, float, float]]:  # noqa: ANN001
    """(character, left, right, middle height) in mm from the page's left and top edges."""
    text = page.get_textpage()
    height = page.get_height()
    out = []
    for i in range(text.count_chars()):
        left, bottom, right, top = text.get_charbox(i)
        out.append((text.get_text_range(i, 1), left / MM, right / MM, (height - (top + bottom) / 2) / MM))
    return out


def run_of(chars, start: str) -> list[tuple[str, float, float]]:  # noqa: ANN001
    """The characters printed from the first ``start`` on, while they come from the name (or its "…")."""
    index = next(i for i in range(len(chars)) if "".join(c[0] for c in chars[i:i + len(start)]) == start)
    run = []
    for ch, left, right, _y in chars[index:]:
        if ch not in NAME + "…\r\n ":
            break
        run.append((ch, left, right))
    return [c for c in run if c[0].strip()]


def render(path: Path, name: str) -> list:
    doc = pdfium.PdfDocument(str(path))
    SHOTS.mkdir(parents=True, exist_ok=True)
    for i in range(len(doc)):
        doc[i].render(scale=1.4).to_pil().save(str(SHOTS / f"long_name_{name}_{i}.png"))
    return [chars_of(doc[i]) for i in range(len(doc))]


def test_a_long_name_stays_in_its_box_on_every_printed_form(workspace, tmp_path):
    day = long_day(workspace)
    codes = [v.code for v in day["people"]]
    intake_print.print_intake(workspace, out=tmp_path / "intake.pdf", codes=codes[:1])
    intake_print.print_badges(workspace, out=tmp_path / "badges.pdf", codes=codes)
    certificate.print_certificate(workspace, out=tmp_path / "cert.pdf", code=codes[0])
    dispatch_sheet.print_sheets(workspace, team_ids=[day["team"].id], out=tmp_path / "dispatch.pdf")

    # Intake sheet: the name field is x 15–140 mm, the code box starts at 145.
    name = run_of(render(tmp_path / "intake.pdf", "intake")[0], NAME[:6])
    assert name[-1][0] == "…" and max(r for _c, _l, r in name) <= 140
    # Badges: two columns of 86 mm from x 19; the name must not reach the next column.
    badge = run_of(render(tmp_path / "badges.pdf", "badges")[0], NAME[:6])
    assert badge[-1][0] == "…" and max(r for _c, _l, r in badge) <= 19 + 86
    # Certificate: the name from x 30 and "様" at 164.
    cert = run_of(render(tmp_path / "cert.pdf", "certificate")[0], NAME[:6])
    assert cert[-1][0] == "…" and max(r for _c, _l, r in cert) <= 164
    # Dispatch sheet: the members' name column is x 23–75 mm, its rows 138–157 mm from the top; the requester's
    # field x 15–110 mm at 68–80 mm.
    chars = render(tmp_path / "dispatch.pdf", "dispatch")[0]
    member = [c for c in chars if 23 <= c[1] < 75 and 138 < c[3] < 157]
    assert member and all(right <= 75 for _c, _l, right, _y in member) and "…" in "".join(c[0] for c in member)
    requester = [c for c in chars if 68 < c[3] < 80 and 15 <= c[1] < 110 and c[0] in NAME + "…"]
    assert requester and all(right <= 110 for _c, _l, right, _y in requester)


def test_a_name_with_an_emoji_is_refused_at_entry_and_nothing_is_saved(qtbot, real_window, workspace):
    told: list[str] = []

    def close(box) -> None:  # noqa: ANN001
        told.append(box.text())
        press(Qt.Key.Key_Return)

    def fill(dialog) -> None:  # noqa: ANN001
        type_text("山田😀 太郎")
        press(Qt.Key.Key_Tab)
        type_text("やまだ たろう")
        press(Qt.Key.Key_Tab)
        type_text("1980/1/2")
        press(Qt.Key.Key_Tab)
        press(Qt.Key.Key_Tab)
        press(Qt.Key.Key_Tab)
        type_text("090-1234-5678")
        when_shown(lambda: QApplication.activeModalWidget() if isinstance(QApplication.activeModalWidget(),
                                                                          QMessageBox) else None, close)
        press(Qt.Key.Key_Return)
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / "emoji_name_refused.png"))
        dialog.reject()

    when_shown(QApplication.activeModalWidget, fill)
    give_up_after(8000, real_window)
    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None and bool(told), timeout=8000)
    assert "😀" in told[0] and "印刷できない" in told[0]
    with workspace.session() as s:
        assert s.exec(select(Volunteer)).all() == []
