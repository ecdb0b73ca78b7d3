"""What the needs desk's buttons do: each opens a dialog over the page and lets the bus refresh the board."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget

from dvc.services.needs import intake as needs_intake
from dvc.services.needs.intake import SavedNeed
from dvc.ui import events
from dvc.ui.desks.needs.intake_form import NeedForm
from dvc.ui.desks.needs.progress_dialogs import StatusDialog, SurveyDialog
from dvc.ui.operations import run_operation

if TYPE_CHECKING:
    from dvc.ui.desks.needs.page import NeedsPage


def new_need(page: NeedsPage) -> SavedNeed | None:
    form = NeedForm(page.ws, page.bus, page)
    form.exec()
    return form.saved


def run(page: NeedsPage, key: str) -> None:
    story = page.detail.story
    if story is None:
        return
    need = story.need
    if key == "status":
        StatusDialog(page.ws, page.bus, page, need_id=need.id, code=need.code, current=need.status,
                     headcount=need.headcount, days=need.estimated_days).exec()
    elif key == "survey":
        SurveyDialog(page.ws, page.bus, page, need_id=need.id, code=need.code).exec()
    elif key == "edit":
        NeedForm(page.ws, page.bus, page, need_id=need.id, draft=needs_intake.draft_of(need)).exec()
    elif key == "support":
        ask_block(page, need)
    elif key in ("sheet", "notice"):
        from dvc.ui.desks.needs.printing import print_need

        print_need(page, need.id, notice=key == "notice")


def ask_block(page: NeedsPage, need) -> None:  # noqa: ANN001
    """応援要請, or stopping it, after saying what leaves the council."""
    from dvc.services.needs.support import request_support

    ask = not need.shared_with_block
    if ask:
        question = QCoreApplication.translate(
            "NeedActions", "Ask the other councils of the block for support with {code}?\n\nThe need goes to them with "
                     "the next exchange file for each, with the requester's name, phone and address, its history "
                     "and surveys.").format(code=need.code)
    else:
        question = QCoreApplication.translate(
            "NeedActions", "Stop asking the block for support with {code}?\n\nWhat the other councils already have stays "
                     "with them; later changes here are no longer sent.").format(code=need.code)
    if QMessageBox.question(page, QCoreApplication.translate("NeedActions", "Support from the block"), question,
                            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                            QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
        return
    run_operation(page, lambda: request_support(page.ws, need_id=need.id, ask=ask), bus=page.bus,
                  announces=(events.NEEDS,))


class WorkTypesDialog(QDialog):
    """The council's list of work types, one a line; needs already taken keep theirs."""

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Work types"))
        note = QLabel(self.tr("One kind of work a line. The intake form, the board's filter and the import use this "
                              "list; needs already taken keep the work they have."), self)
        note.setWordWrap(True)
        self.edit = QPlainTextEdit("\n".join(names), self)
        self.edit.setObjectName("workTypesEdit")
        self.edit.setTabChangesFocus(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)
        self.setMinimumSize(380, 360)

    def names(self) -> list[str]:
        return self.edit.toPlainText().splitlines()


def edit_work_types(page: NeedsPage) -> None:
    dialog = WorkTypesDialog(needs_intake.work_types(page.ws), page)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        run_operation(page, lambda: needs_intake.set_work_types(page.ws, names=dialog.names()),
                      bus=page.bus, announces=(events.NEEDS,))


def import_file(page: NeedsPage) -> None:
    from dvc.ui.desks.needs.import_dialog import run_import

    run_import(page)
