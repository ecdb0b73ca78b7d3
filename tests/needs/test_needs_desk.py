"""The needs desk by keyboard: take a need, see the duplicate warning, survey it, walk every allowed change."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from dvc.domain import need_status
from dvc.domain.need_intake import NeedDraft
from dvc.domain.vocab import NeedStatus as S
from dvc.services.needs import progress as need_progress
from dvc.services.needs import intake as needs_intake
from dvc.ui.desks.needs.intake_form import NeedForm
from dvc.ui.desks.needs.page import NeedsPage
from dvc.ui.desks.needs.progress_dialogs import StatusDialog, SurveyDialog
from dvc.ui.events import EventBus

SHOTS = Path(os.environ.get("DVC_SHOTS", "")) if os.environ.get("DVC_SHOTS") else None


def shot(widget: QWidget, name: str) -> None:
    """Screenshots for people to look at, when DVC_SHOTS names a folder."""
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type as a person does: ASCII from the keys, Japanese committed by the input method (IME)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(widget, event)


def raise_failure(seen: list) -> None:
    for item in seen:
        if isinstance(item, BaseException):
            raise item


def tab_to(qtbot, dialog: QWidget, target: QWidget, limit: int = 80) -> None:
    """Press Tab until ``target`` (or the line edit inside it) has the focus: the keyboard's way through a form."""
    for _ in range(limit):
        focused = QApplication.focusWidget()
        if focused is target or (focused is not None and target.isAncestorOf(focused)):
            return
        qtbot.keyClick(focused or dialog, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName()}; focus: {QApplication.focusWidget()}")


def when_dialog(qtbot, kind: type, drive) -> list:  # noqa: ANN001
    """Run ``drive(dialog)`` as soon as a modal dialog of ``kind`` is open (it blocks in exec())."""
    seen = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            seen.append(dialog)
            try:
                dialog.activateWindow()
                qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
                drive(dialog)
            except BaseException as exc:  # a failed check must not leave a modal dialog blocking the test
                seen.append(exc)
                dialog.reject()
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen


def raise_failure_after(qtbot, kind: type, drive, button: QWidget) -> None:  # noqa: ANN001
    """Press ``button`` with the keyboard (Space), drive the dialog it opens, re-raise what failed inside."""
    seen = when_dialog(qtbot, kind, drive)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert seen, "no dialog opened"
    raise_failure(seen)


@pytest.fixture
def page(qtbot, workspace):
    needs = NeedsPage(workspace, EventBus())
    qtbot.addWidget(needs)
    needs.resize(1366, 700)
    needs.show()
    qtbot.waitExposed(needs)
    needs.activateWindow()
    return needs


def earlier_need(ws) -> needs_intake.SavedNeed:
    return needs_intake.take_need(ws, draft=NeedDraft(
        received_at=datetime.now(timezone.utc) - timedelta(days=1), requester_name="小金井 一郎",
        site_address="本町1-2-3", work_types=("泥出し",), requester_phone="042-383-1111", district="本町"))


def test_a_need_taken_by_keyboard_alone_with_the_duplicate_warning(qtbot, page, workspace):
    earlier = earlier_need(workspace)

    def fill(form: NeedForm) -> None:
        type_text(qtbot, form.requester_name, "東 花子")  # the form opens with the cursor here
        tab_to(qtbot, form, form.requester_kana)
        type_text(qtbot, form.requester_kana, "ひがし はなこ")
        tab_to(qtbot, form, form.requester_phone)
        type_text(qtbot, QApplication.focusWidget(), "０４２－３８３－１１１１")  # full-width, as an IME types it
        assert form.warning.isVisible() and earlier.code in form.warning.text()
        assert "同じ電話番号" in form.warning.text()
        tab_to(qtbot, form, form.site_address)
        type_text(qtbot, QApplication.focusWidget(), "東町二丁目3番4号")
        tab_to(qtbot, form, form.district)
        type_text(qtbot, QApplication.focusWidget(), "東町")
        tab_to(qtbot, form, form.damage)
        type_text(qtbot, QApplication.focusWidget(), "床上浸水20cm")
        tab_to(qtbot, form, form.priority)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)  # 中 → 高
        for work in ("泥出し", "家財搬出"):
            tab_to(qtbot, form, form.work_checks[work])
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
        tab_to(qtbot, form, form.headcount)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(QApplication.focusWidget(), "4")
        tab_to(qtbot, form, form.vulnerable_checks["高齢"])
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
        tab_to(qtbot, form, form.notes)
        type_text(qtbot, QApplication.focusWidget(), "犬がいます")
        shot(form, "intake_form_with_duplicate_warning")
        tab_to(qtbot, form, form.requester_name)
        qtbot.keyClick(form.requester_name, Qt.Key.Key_Return)  # Enter saves

    seen = when_dialog(qtbot, NeedForm, fill)
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    raise_failure(seen)
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    saved = seen[0].saved
    need = need_progress.need_story(workspace, need_id=saved.id).need
    assert (need.requester_name, need.phone_key, need.address_key, need.district) == ("東 花子", "0423831111", "東町2-3-4", "東町")
    assert (need.work_types, need.headcount, need.priority, need.vulnerable, need.notes) == (
        ["泥出し", "家財搬出"], 4, "high", ["高齢"], "犬がいます")
    assert page.current_row().code == saved.code  # the board shows the new need, chosen
    assert "受付" in page.detail.plain_text()


def test_a_survey_then_every_allowed_change_and_a_refused_one(qtbot, page, workspace, monkeypatch):
    saved = earlier_need(workspace)
    page.refresh()
    assert page.select_code(saved.code)

    def survey(dialog: SurveyDialog) -> None:
        type_text(qtbot, dialog.findings, "1階に泥10cm。家具の搬出が要る。")
        tab_to(qtbot, dialog, dialog.headcount)
        qtbot.keyClicks(QApplication.focusWidget(), "6")
        tab_to(qtbot, dialog, dialog.safety)
        type_text(qtbot, QApplication.focusWidget(), "床が抜けかけ")
        tab_to(qtbot, dialog, dialog.equipment)
        type_text(qtbot, dialog.equipment, "スコップ")
        qtbot.keyClick(dialog.equipment, Qt.Key.Key_Return)

    raise_failure_after(qtbot, SurveyDialog, survey, page.detail.buttons["survey"])
    story = need_progress.need_story(workspace, need_id=saved.id)
    assert story.need.status == S.SURVEYED and story.need.headcount == 6
    assert "床が抜けかけ" in page.detail.plain_text()

    # Walk every edge of the state machine once, through the status dialog, by keyboard.
    todo = {(a, b) for a, nexts in need_status.NEXT.items() for b in nexts}
    todo -= {(S.RECEIVED, S.AWAITING_SURVEY), (S.AWAITING_SURVEY, S.SURVEYED)}  # the survey just did these
    current = S.SURVEYED
    while todo:
        step = _next_step(current, todo)
        todo.discard((current, step))

        def change(dialog: StatusDialog, step=step, before=current) -> None:
            combo = dialog.target
            offered = [combo.itemData(i) for i in range(combo.count())]
            assert set(offered) == {s.value for s in need_status.NEXT[before]}
            combo.setFocus()
            while combo.currentData() != step:
                qtbot.keyClick(combo, Qt.Key.Key_Down)
            tab_to(qtbot, dialog, dialog.reason)
            if need_status.needs_reason(before, step):
                type_text(qtbot, dialog.reason, "本人から電話")
            if step == S.CONTINUING:
                assert dialog.remaining.isVisible()
                tab_to(qtbot, dialog, dialog.remaining)
                type_text(qtbot, dialog.remaining, "2階の片付け")
                tab_to(qtbot, dialog, dialog.reason)
            qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

        raise_failure_after(qtbot, StatusDialog, change, page.detail.buttons["status"])
        current = need_progress.need_story(workspace, need_id=saved.id).need.status
        assert current == step
        assert page.current_row().status == step
    history = need_progress.status_history(workspace, need_id=saved.id)
    assert need_status.history_is_consistent(history, current)
    shot(page, "needs_history")

    # The need moves on at another desk while this dialog is open: OK is then refused, in Japanese.
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text))
    for step in need_status.path(current, S.AWAITING_MATCH):
        need_progress.change_status(workspace, need_id=saved.id, to=step, reason="再開")
    page.refresh()
    target, elsewhere = S.ACTIVE, S.ON_HOLD  # a team is sent while another desk puts the need on hold

    def refused(dialog: StatusDialog) -> None:
        while dialog.target.currentData() != target:
            qtbot.keyClick(dialog.target, Qt.Key.Key_Down)
        need_progress.change_status(workspace, need_id=saved.id, to=elsewhere, reason="本人不在")  # another desk
        tab_to(qtbot, dialog, dialog.reason)
        type_text(qtbot, dialog.reason, "本人から電話")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
        dialog.reject()  # the refusal leaves the dialog open for another choice

    raise_failure_after(qtbot, StatusDialog, refused, page.detail.buttons["status"])
    assert len(warnings) == 1 and "「保留」から「活動中」には変更できません" in warnings[0], warnings
    assert need_progress.need_story(workspace, need_id=saved.id).need.status == elsewhere


def _next_step(current: str, todo: set) -> str:
    """The first step of a shortest walk from ``current`` to an edge not yet taken."""
    frontier, first = [current], {current: None}
    while frontier:
        status = frontier.pop(0)
        for following in need_status.NEXT[S(status)]:
            if (status, following) in todo:
                return first[status] or following
            if following not in first:
                first[following] = first[status] or following
                frontier.append(following)
    raise AssertionError("an edge cannot be reached")


def test_import_from_the_desk_previews_then_adds(qtbot, page, workspace, monkeypatch, tmp_path):
    from tests.needs.test_import import GOOD, HEADER, write_csv
    from dvc.ui.desks.needs import import_dialog

    path = write_csv(tmp_path / "calls.csv", [HEADER, *GOOD, "2025/4/4,北 三郎,,042-111-3333,中町1-1-1,中町,,泥出し,-1,,,,,,,"])
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes)
    report = import_dialog.run_import(page, str(path))
    assert report.applied and len(report.added) == 3
    assert "新規 3 件" in asked[0] and "5 行目 必要人数" in asked[0] and "1以上" in asked[0]
    qtbot.waitUntil(lambda: page.model.total() == 3)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    again = import_dialog.run_import(page, str(path))
    assert not again.applied and "取り込み済み 3 件" in told[0] and "新しく取り込むものはありません" in told[0]


def test_the_council_edits_the_work_types_from_the_desk(qtbot, page, workspace, monkeypatch):
    from dvc.ui.desks.needs import actions

    def edited(dialog) -> QDialog.DialogCode:  # noqa: ANN001
        assert dialog.names()[0] == "泥出し"
        dialog.edit.setPlainText("泥出し\nブルーシート張り\n")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(actions.WorkTypesDialog, "exec", edited)
    actions.edit_work_types(page)
    assert needs_intake.work_types(workspace) == ["泥出し", "ブルーシート張り"]
    page.refresh()
    assert [page.work.itemText(i) for i in range(page.work.count())][1:] == ["泥出し", "ブルーシート張り"]
    form = NeedForm(workspace, page.bus, page)
    assert list(form.work_checks) == ["泥出し", "ブルーシート張り"]


def test_scanning_a_need_sheet_shows_that_need(qtbot, page, workspace):
    from dvc.domain.qr import make_payload

    saved = earlier_need(workspace)
    needs_intake.take_need(workspace, draft=NeedDraft(
        received_at=datetime.now(timezone.utc), requester_name="別 人", site_address="東町1-1-1", work_types=("運搬",)))
    page.refresh()
    page.search.setFocus()
    qtbot.keyClicks(page.search, make_payload("KG", "N", saved.id))  # a USB scanner types the QR's text
    assert page.model.total() == 1 and page.current_row().code == saved.code
    assert saved.code in page.detail.title.text()
