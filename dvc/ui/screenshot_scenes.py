"""The screens and dialogs the manual explains, each reached the way a person reaches it (a button, a scan).

Run only on a throw-away copy of the database (see screenshots.py): a scene checks
someone in or lends a shovel, as staff would, to show the answer.
A dialog opened with exec() is photographed and cancelled instead of waiting for a person.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from dvc.domain.codes import make_code
from dvc.domain.messages import UserError
from dvc.domain.timeutil import local_day
from dvc.domain.vocab import NeedStatus
from dvc.services.equipment import items as equipment_items
from dvc.services.equipment import loans
from dvc.services.reception import roster
from dvc.services.equipment import stock
from dvc.services.needs.board import need_page
from dvc.ui.main_window import MainWindow

Save = Callable[[QWidget, Path], Path]


@contextmanager
def photographing_dialogs(save: Save, target: Path, saved: list[Path]) -> Iterator[None]:
    """While inside, the first dialog opened with exec() is saved to ``target`` and closed as if cancelled."""

    def exec_and_cancel(dialog: QDialog) -> int:
        if not saved or saved[-1] != target:
            saved.append(save(dialog, target))
        dialog.close()
        return int(QDialog.DialogCode.Rejected)

    def message_box(parent: QWidget | None, title: str, text: str, *args: object, **kwargs: object) -> object:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
        exec_and_cancel(box)
        return QMessageBox.StandardButton.No

    replaced = {(QDialog, "exec"): exec_and_cancel}
    for name in ("warning", "information", "question", "critical"):
        replaced[(QMessageBox, name)] = staticmethod(message_box)
    originals = {key: key[0].__dict__.get(key[1]) for key in replaced}
    for (cls, name), fake in replaced.items():
        setattr(cls, name, fake)
    try:
        yield
    finally:
        for (cls, name), original in originals.items():
            if original is None:
                delattr(cls, name)
            else:
                setattr(cls, name, original)


def _not_checked_in(ws) -> list[roster.VolunteerRow]:  # noqa: ANN001
    return [row for row in roster.volunteer_page(ws, limit=400) if not row.checked_in]


def scenes(window: MainWindow, outdir: Path, save: Save, pause: Callable[[], None] | None = None) -> list[Path]:
    """Every scene in the order the manual walks through the day; returns the files written.

    ``pause`` runs after each scene: the manual's script moves its stopped clock on a minute there, so
    what the scenes change gets distinct times and lists sorted by time come out the same every run.
    """
    ws = window.ws
    saved: list[Path] = []
    wait = pause or (lambda: None)

    def shot(name: str) -> None:
        # A desk refreshes its lists a moment after its own action (reception: 40 ms after a scan); the
        # picture shows them refreshed, whatever the machine's speed.
        window.current_page().refresh_if_stale()
        QApplication.processEvents()
        saved.append(save(window, outdir / f"{name}.png"))
        wait()

    def dialog(name: str, open_it: Callable[[], object]) -> None:
        with photographing_dialogs(save, outdir / f"{name}.png", saved):
            open_it()
        QApplication.processEvents()
        wait()

    from dvc.ui.dialogs.sign_in import SignInDialog

    dialog("sign-in", lambda: SignInDialog(ws, window).exec())

    # 受付: a scan, the second scan of the same sheet, a code nobody knows, check-out, today's list.
    reception = window.page("reception")
    window.show_desk(window.pages.index(reception))
    waiting = _not_checked_in(ws)
    # Someone with a warning chip if there is one: the manual explains them.
    flagged = next((r for r in waiting if not r.insured or (r.age is not None and r.age < 18)), None)
    first = flagged or (waiting[0] if waiting else None)
    if first is not None:
        reception.scan(first.code)
        shot("reception-checked-in")
        wait()
        reception.scan(first.code)
        shot("reception-already-checked-in")
    # A well-formed code of a laptop this database never heard from: "not found", nothing changes.
    reception.scan(make_code("V", ws.identity.council_short, 9, 9999))
    shot("reception-not-found")
    reception.scan("V-KG1-12345")
    shot("reception-invalid")
    reception.toggle_mode()
    if first is not None:
        reception.scan(first.code)
    shot("reception-check-out")
    reception.toggle_mode()
    reception.result_panel.show_idle(check_out=False)
    reception.tabs.setCurrentIndex(1)
    shot("reception-today")
    reception.tabs.setCurrentIndex(0)
    from dvc.ui.desks.reception.registration_actions import RegistrationActions

    registration = reception.findChild(RegistrationActions)
    dialog("registration", registration.new_volunteer)
    dialog("group-registration", registration.new_group)
    dialog("import-volunteers", registration.import_file)

    # ニーズ: a need with its story, the intake form, survey and status.
    needs = window.page("needs")
    window.show_desk(window.pages.index(needs))
    board = need_page(ws, limit=200)
    # A surveyed need has the most to show: its survey and a history of several steps.
    chosen = next((r for r in board if r.status == NeedStatus.SURVEYED), board[0] if board else None)
    if chosen is not None and needs.select_code(chosen.code):
        shot("needs-detail")
        from dvc.ui.desks.needs import actions as need_actions

        dialog("need-survey", lambda: need_actions.run(needs, "survey"))
        dialog("need-status", lambda: need_actions.run(needs, "status"))
    dialog("need-form", needs.new_need)

    from dvc.ui.screenshot_teams import team_scenes

    team_scenes(window, dialog, shot, wait)
    _equipment_scenes(window, dialog, shot, wait)

    head = window.page("head_office")
    window.show_desk(window.pages.index(head))
    dialog("reports", head.open_reports)
    dialog("exchange", head.open_exchange)
    dialog("audit-log", lambda: _audit_log(ws, window))
    from dvc.ui.screenshot_center import center_scenes

    center_scenes(window, dialog, save, outdir, saved)
    return saved


def _audit_log(ws, window: MainWindow) -> None:  # noqa: ANN001
    from dvc.ui.dialogs.audit_log import AuditLogDialog

    log = AuditLogDialog(ws, window)
    log.day.setDate(QDate(local_day()))  # Python's clock, not Qt's: the manual's pictures stop it
    # Today's check-in and check-out by this desk: what the log is for. (Setting up the database writes many
    # rows in one instant, listed in no fixed order; a row's details would show the staff member's random id.)
    attendance = log.table.findData("attendance")
    if attendance >= 0:
        log.table.setCurrentIndex(attendance)
    log.exec()


def _equipment_scenes(window: MainWindow, dialog, shot, wait) -> None:  # noqa: ANN001
    ws = window.ws
    page = window.page("equipment")
    window.show_desk(window.pages.index(page))
    rows = stock.stock_rows(ws)
    lendable = next((r for r in rows if "スコップ" in r.name), rows[0] if rows else None)
    if lendable is None:
        return
    page.select_item(lendable.id)
    dialog("equipment-lend", page.lend)
    dialog("equipment-item", page.add_item)
    # A loan to show on the list and to take back: to a team out now, else (the drill has no team out
    # before the dispatch desk sent one) to a neighbouring council, the item marked lendable for it.
    out = loans.dispatches_out(ws)
    try:
        if out:
            loans.lend(ws, equipment_id=lendable.id, quantity=3, dispatch_id=out[0].dispatch_id)
        else:
            draft = equipment_items.item_draft(ws, equipment_id=lendable.id)
            equipment_items.update_item(ws, equipment_id=lendable.id, draft=replace(draft, lendable_to_block=True))
            wait()
            loans.lend(ws, equipment_id=lendable.id, quantity=3, borrower_council="mitaka")
    except UserError:
        return
    page.refresh()
    page.loan_list.view.selectRow(0)
    shot("equipment-loans")
    dialog("equipment-return", page.take_back)
