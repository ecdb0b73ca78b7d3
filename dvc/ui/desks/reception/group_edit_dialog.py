"""A 団体 registered earlier, opened from the roster: correct its fields, add a latecomer, 当日加入 for all at once.

Keyboard first like the other forms: Ctrl+N adds a member, Enter on a member in
the list opens that person, Ctrl+S (or Enter in a field) saves the group's
fields, Esc closes (asking first if a field was changed and not saved).
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from dvc.domain.timeutil import local_day
from dvc.services.core.workspace import Workspace
from dvc.services.reception import groups
from dvc.ui import events, labels
from dvc.ui.desks.reception.group_fields import GroupFields
from dvc.ui.events import EventBus
from dvc.ui.models.paged import PagedTableModel
from dvc.ui.operations import run_operation
from dvc.ui.shortcuts import shortcut
from dvc.ui.widgets.elided_label import ElidedLabel
from dvc.ui.widgets.list_view import make_table_view
from dvc.ui.widgets.screen_fit import fit_to_screen
from dvc.ui.widgets.unsaved_guard import UnsavedGuard


class GroupMemberModel(PagedTableModel):
    COL_CODE, COL_NAME, COL_KANA, COL_INSURED = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Name"), self.tr("Furigana"), self.tr("Insurance")]

    def display(self, row: groups.GroupMember, column: int) -> str:
        if column == self.COL_INSURED:
            return labels.insurance(row.insured)
        return {self.COL_CODE: row.code, self.COL_NAME: row.name, self.COL_KANA: row.kana}[column]


class GroupEditDialog(QDialog):
    def __init__(self, ws: Workspace, bus: EventBus, group_id: uuid.UUID, parent: QWidget | None = None, *,
                 day: date | None = None) -> None:
        super().__init__(parent)
        self.ws, self.bus, self.group_id = ws, bus, group_id
        self.day = day or local_day()
        self.details: groups.GroupDetails | None = None
        # Names the group: a long name is cut with …, not widening the dialog past the screen (issue 18).
        self.heading = ElidedLabel(self)
        self.heading.setStyleSheet("QLabel { font-size: 14pt; font-weight: bold; color: #1f3a5f; }")

        group_box = QGroupBox(self.tr("Group"), self)
        self.fields = GroupFields(group_box, QFormLayout(group_box))

        self.model = GroupMemberModel(self)
        self.list = make_table_view(self.model, self)
        self.list.setObjectName("groupMembers")
        char = self.list.fontMetrics().horizontalAdvance("国")
        for column, chars in ((0, 9), (1, 8), (2, 10)):
            self.list.setColumnWidth(column, chars * char)
        self.list.doubleClicked.connect(lambda _index: self.open_member())
        shortcut(Qt.Key.Key_Return, self.list, self.open_member, context=Qt.ShortcutContext.WidgetShortcut)
        shortcut(Qt.Key.Key_Enter, self.list, self.open_member, context=Qt.ShortcutContext.WidgetShortcut)
        self.list_title = QLabel(self)
        self.add_button = QPushButton(self.tr("Add a member… (Ctrl+N)"), self)
        self.add_button.clicked.connect(self.add_member)
        QShortcut(QKeySequence("Ctrl+N"), self, self.add_member)
        self.open_button = QPushButton(self.tr("Open the chosen member (Enter)"), self)
        self.open_button.clicked.connect(self.open_member)
        self.insure_button = QPushButton(self, objectName="groupOnSite")
        self.insure_button.clicked.connect(self.enrol_on_site)
        for button in (self.add_button, self.open_button, self.insure_button):
            button.setAutoDefault(False)
        member_buttons = QHBoxLayout()
        member_buttons.addWidget(self.add_button)
        member_buttons.addWidget(self.open_button)
        member_buttons.addStretch(1)
        member_buttons.addWidget(self.insure_button)
        members = QVBoxLayout()
        members.addWidget(self.list_title)
        members.addWidget(self.list, 1)
        members.addLayout(member_buttons)

        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("Save the group (Ctrl+S)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        close = buttons.addButton(self.tr("Close (Esc)"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)

        body = QHBoxLayout()
        body.addWidget(group_box, 2)
        body.addLayout(members, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.unsaved = UnsavedGuard(self, self.fields.input)
        fit_to_screen(self, 1180, 640)
        self.reload(load_fields=True)
        self.fields.edits["name"].setFocus(Qt.FocusReason.OtherFocusReason)

    def reload(self, *, load_fields: bool = False) -> None:
        details = run_operation(self, lambda: groups.get_group(self.ws, group_id=self.group_id, day=self.day))
        if details is None:
            return
        self.details = details
        if load_fields:
            self.fields.load(details.data)
            self.unsaved.reset()
        title = self.tr("Group {code}").format(code=details.code)
        self.setWindowTitle(title)
        self.heading.setText(f"{title}　{details.data.name}")
        self.model.set_rows(list(details.members))
        self.list_title.setText(self.tr("Members: {count}").format(count=len(details.members)))
        uninsured = details.uninsured
        self.insure_button.setText(self.tr("Record on-site enrolment for the {count} uninsured (当日加入)").format(
            count=uninsured))
        self.insure_button.setVisible(uninsured > 0)

    # Members.

    def add_member(self) -> None:
        from dvc.ui.desks.reception.registration_dialog import RegistrationDialog

        name = self.details.data.name if self.details else ""
        dialog = RegistrationDialog(self.ws, self.bus, self, day=self.day, to_group=(self.group_id, name))
        if dialog.exec():
            self.reload()

    def open_member(self) -> None:
        from dvc.ui.desks.reception.registration_dialog import RegistrationDialog

        row = self.list.currentIndex().row()
        if self.details is None or not 0 <= row < len(self.details.members):
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        dialog = RegistrationDialog(self.ws, self.bus, self, day=self.day)
        dialog.open_existing(self.details.members[row].id)
        if dialog.exec():
            self.reload()

    def enrol_on_site(self) -> None:
        if run_operation(self, lambda: groups.enrol_on_site(self.ws, group_id=self.group_id, day=self.day),
                         bus=self.bus, announces=(events.VOLUNTEERS,)) is not None:
            self.reload()

    # The group's own fields.

    def reject(self) -> None:
        if self.unsaved.may_close():
            super().reject()

    def save(self) -> None:
        data = self.fields.input()
        saved = run_operation(self, lambda: groups.update_group(self.ws, group_id=self.group_id, group=data) or True,
                              bus=self.bus, announces=(events.VOLUNTEERS,))
        if saved is None:
            return
        self.fields.error.setText("")
        self.accept()
