"""Reception's registration buttons: new volunteer (Ctrl+N), new group (Ctrl+G), import pre-registrations (Ctrl+I).

A widget of its own so the reception page (check-in, another owner) only places it.
After a registration the page's search shows the new code, so the desk sees the
person in the roster at once, and a walk-in (or a group) is offered check-in and
their intake sheets in one step (``walk_in``, which the page carries out).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from dvc.services.core.workspace import Workspace
from dvc.ui.desks.reception import next_step
from dvc.ui.events import EventBus


class RegistrationActions(QWidget):
    walk_in = Signal(list, bool)  # the codes just registered to check in, and whether to print their sheets

    def __init__(self, ws: Workspace, bus: EventBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.bus = ws, bus
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.new_button = QPushButton(self.tr("New volunteer… (Ctrl+N)"), self)
        self.group_button = QPushButton(self.tr("New group… (Ctrl+G)"), self)
        self.import_button = QPushButton(self.tr("Import pre-registrations… (Ctrl+I)"), self)
        for button, slot, keys in ((self.new_button, self.new_volunteer, "Ctrl+N"),
                                   (self.group_button, self.new_group, "Ctrl+G"),
                                   (self.import_button, self.import_file, "Ctrl+I")):
            # Off the Tab chain: the scan field keeps the keyboard; the shortcuts reach these.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            row.addWidget(button)
            # Window-wide, but only while this widget (the reception page) is on screen.
            QShortcut(QKeySequence(keys), self, slot, context=Qt.ShortcutContext.WindowShortcut)
        # A scanned blank intake sheet that nobody registered with yet opens the form bound to it.
        requested = getattr(parent, "registration_requested", None)
        if requested is not None:
            requested.connect(self.register_sheet)

    def new_volunteer(self) -> None:
        self.register_sheet(None)

    def register_sheet(self, sheet_id: uuid.UUID | None) -> None:
        from dvc.ui.desks.reception.registration_dialog import RegistrationDialog

        dialog = RegistrationDialog(self.ws, self.bus, self, intake_sheet_id=sheet_id)
        if not dialog.exec() or dialog.result is None:
            return
        self._show_in_roster(dialog.result.code)
        # A blank sheet's scan checks the person in by itself, and they hold that sheet already.
        if sheet_id is None and dialog.editing is None:
            self._offer_next_step(dialog.result, [dialog.result.code])

    def new_group(self) -> None:
        from dvc.ui.desks.reception.group_dialog import GroupRegistrationDialog

        dialog = GroupRegistrationDialog(self.ws, self.bus, self)  # the roster refreshes on the announcement
        if dialog.exec() and dialog.result is not None:
            self._offer_next_step(dialog.result, [m.code for m in dialog.result.members])

    def _offer_next_step(self, registered, codes: list[str]) -> None:  # noqa: ANN001
        answer = next_step.ask_after_registering(self, registered)
        if answer is not None:
            self.walk_in.emit(codes, answer == next_step.CHECK_IN_AND_PRINT)

    def import_file(self) -> None:
        from dvc.ui.desks.reception.import_dialog import ImportDialog

        ImportDialog(self.ws, self.bus, self).exec()

    def _show_in_roster(self, text: str) -> None:
        page = self.parentWidget()
        field = getattr(page, "search_field", None)
        if field is not None and hasattr(page, "search"):
            field.setText(text)
            page.search()
