"""Registering a 団体 (group): its name and contact, then its members one after another, keyboard only.

Enter adds the member being typed to the list and starts the next one; Enter on
an empty member form, or Ctrl+Enter, registers the group with all its members in
one go. The rules panel judges the whole group as it grows (a child is fine once
an adult is in the list).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QScrollArea, QVBoxLayout, QWidget,
)

from dvc.domain.group_input import GroupInput, clean_group, person_of
from dvc.domain.timeutil import local_day
from dvc.domain.volunteer_input import VolunteerInput, clean_volunteer
from dvc.domain.volunteer_rules import age_on, group_findings, on_site_enrolment
from dvc.i18n import translate
from dvc.services.reception import registration
from dvc.services.reception.duplicates import find_duplicates
from dvc.services.core.workspace import Workspace
from dvc.ui import events
from dvc.ui.desks.reception.duplicates_panel import DuplicatesPanel
from dvc.ui.desks.reception.group_fields import GroupFields
from dvc.ui.desks.reception.rules_panel import UNINSURED, RulesPanel
from dvc.ui.desks.reception.volunteer_form import VolunteerForm, debounce
from dvc.ui.events import EventBus
from dvc.ui.formatting import number
from dvc.ui.models.paged import PagedTableModel
from dvc.ui.operations import run_operation, show_error
from dvc.ui.widgets.list_view import make_table_view
from dvc.ui.widgets.screen_fit import fit_to_screen
from dvc.ui.widgets.unsaved_guard import UnsavedGuard
from dvc.ui.shortcuts import shortcut


class MemberTableModel(PagedTableModel):
    COL_NO, COL_NAME, COL_KANA, COL_AGE, COL_PHONE = range(5)
    NUMERIC_COLUMNS = frozenset({COL_NO, COL_AGE})

    def __init__(self, day: date, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.day = day

    def headers(self) -> list[str]:
        return ["#", self.tr("Name"), self.tr("Furigana"), self.tr("Age"), self.tr("Phone")]

    def display(self, row: tuple[int, dict], column: int) -> str:
        n, values = row
        if column == self.COL_NO:
            return str(n)
        if column == self.COL_AGE:
            return number(age_on(self.day, values["birth_date"], values["age"]))
        key = {self.COL_NAME: "name", self.COL_KANA: "kana", self.COL_PHONE: "phone"}[column]
        return values[key]


class GroupRegistrationDialog(QDialog):
    registered = Signal(object)  # RegisteredGroup

    def __init__(self, ws: Workspace, bus: EventBus, parent: QWidget | None = None, *, day: date | None = None) -> None:
        super().__init__(parent)
        self.ws, self.bus = ws, bus
        self.day = day or local_day()
        self.members: list[VolunteerInput] = []
        self.result: registration.RegisteredGroup | None = None
        self.setWindowTitle(self.tr("New group (団体)"))

        group_box = QGroupBox(self.tr("Group"), self)
        group_form = QFormLayout(group_box)
        self.fields = GroupFields(group_box, group_form)
        self.group_edits, self.block_share, self.group_error = self.fields.edits, self.fields.block_share, self.fields.error
        self.group_edits["representative_name"].setPlaceholderText(self.tr("empty: the first adult member"))
        self.group_edits["contact_phone"].setPlaceholderText(self.tr("empty: the representative's phone"))

        member_box = QGroupBox(self.tr("Member being added"), self)
        member_layout = QVBoxLayout(member_box)
        self.form = VolunteerForm(member_box, compact=True, day=self.day)
        # The member's fields in one column, scrolling when messages under them outgrow a 768-pixel screen.
        form_scroll = QScrollArea(member_box)
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        form_scroll.setWidget(self.form)
        # setWidget() makes the form paint its own background: the group box's shade instead of a lighter patch.
        form_scroll.viewport().setAutoFillBackground(False)
        self.form.setAutoFillBackground(False)
        member_layout.addWidget(form_scroll, 1)
        self.add_button = QPushButton(self.tr("Add member (Enter)"), member_box)
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add_or_save)
        member_layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)

        self.model = MemberTableModel(self.day, self)
        self.list = make_table_view(self.model, self)
        self.list.setObjectName("groupMembers")
        char = self.list.fontMetrics().horizontalAdvance("国")
        self.list.setMinimumWidth(26 * char)
        for column, chars in ((0, 2), (1, 6), (2, 8), (3, 3)):
            self.list.setColumnWidth(column, chars * char)
        self.list_title = QLabel(self)
        remove = QPushButton(self.tr("Remove chosen member (Del)"), self)
        remove.setAutoDefault(False)
        remove.clicked.connect(self.remove_selected)
        shortcut(Qt.Key.Key_Delete, self.list, self.remove_selected, context=Qt.ShortcutContext.WidgetShortcut)
        list_box = QVBoxLayout()
        list_box.addWidget(self.list_title)
        list_box.addWidget(self.list, 1)
        list_box.addWidget(remove, 0, Qt.AlignmentFlag.AlignRight)

        self.rules = RulesPanel(self)
        self.duplicates = DuplicatesPanel(self)
        self.duplicates.open_requested.connect(self._open_existing)
        # The button stands under every uninsured person's note, so it enrols all of them (not the member
        # form below, which is usually empty by then).
        self.rules.on_site_requested.connect(self.enrol_on_site)
        self._uninsured: list[int] = []  # positions in _pending() of the people the rules call uninsured
        # A school group's thirty members make a long list of notes: it scrolls.
        rules_scroll = QScrollArea(self)
        rules_scroll.setWidgetResizable(True)
        rules_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        rules_scroll.setWidget(self.rules)
        side = QVBoxLayout()
        side.addWidget(rules_scroll, 1)
        side.addWidget(self.duplicates)
        side_widget = QWidget(self)
        side_widget.setLayout(side)
        side_widget.setFixedWidth(330)

        left = QVBoxLayout()
        left.addWidget(group_box)
        left.addWidget(member_box, 1)
        middle = QHBoxLayout()
        middle.addLayout(left, 5)
        middle.addLayout(list_box, 4)
        middle.addWidget(side_widget)

        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("Register group (Ctrl+Enter)"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setAutoDefault(False)
        cancel = buttons.addButton(self.tr("Cancel (Esc)"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, self.save)
        hint = QLabel(self.tr("Enter adds the member and starts the next. When all are in, Enter on the empty "
                              "member form or Ctrl+Enter registers the group."), self)
        hint.setStyleSheet("QLabel { color: #555; }")
        hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(middle, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)

        self._rules_timer = debounce(self, self.update_rules, 150)
        self._dup_timer = debounce(self, self.update_duplicates, 300)
        self.form.changed.connect(self._rules_timer.start)
        for key in ("kana", "birth_date", "age", "phone"):
            self.form.edits[key].textChanged.connect(self._dup_timer.start)
        self._refresh_list()
        self.update_rules()
        self.duplicates.show_matches([])
        fit_to_screen(self, 1280, 760)
        self.unsaved = UnsavedGuard(self, lambda: (self.fields.input(), list(self.members), self.form.input()))
        self.group_edits["name"].setFocus(Qt.FocusReason.OtherFocusReason)

    # The member list.

    def _refresh_list(self) -> None:
        rows = [(n, clean_volunteer(m, today=self.day, contact_elsewhere=True).values)
                for n, m in enumerate(self.members, 1)]
        self.model.set_rows(rows)
        self.list_title.setText(self.tr("Members: {count}").format(count=len(self.members)))

    def add_or_save(self) -> None:
        if self.form.is_empty():
            if self.members:
                self.save()
            else:
                self.form.edits["name"].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        data = self.form.input()
        cleaned = clean_volunteer(data, today=self.day, contact_elsewhere=True)
        first = self.form.show_problems(cleaned)
        if not cleaned.ok:
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.members.append(data)
        self.form.clear()
        self._refresh_list()
        self.update_rules()
        self.duplicates.show_matches([])
        self.form.edits["name"].setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_selected(self) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            removed = self.members.pop(index.row())
            if self.form.is_empty():
                self.form.load(removed)  # taken back into the form, to correct or to drop
            self._refresh_list()
            self.update_rules()

    # Live panels.

    def _pending(self) -> list[tuple[str, dict]]:
        people = [(m.name, clean_volunteer(m, today=self.day, contact_elsewhere=True).values) for m in self.members]
        if not self.form.is_empty():
            person = self.form.person()
            people.append((self.form.text("name"), {"birth_date": person.birth_date, "age": person.stated_age,
                                                    "guardian_consent": person.guardian_consent,
                                                    "insurance_fiscal_year": person.insurance_fiscal_year,
                                                    "insured_on_site": person.insured_on_site,
                                                    "insurance_consent": person.insurance_consent}))
        return people

    def update_rules(self) -> None:
        people = self._pending()
        findings = group_findings([person_of(v) for _n, v in people], self.day)
        shown = [(f"{i}. {name}: ", f) for i, ((name, _v), fs) in enumerate(zip(people, findings), 1) for f in fs
                 if f.severity != "info" or f.key == "minor"]
        self._uninsured = [i for i, fs in enumerate(findings) if any(f.key in UNINSURED for f in fs)]
        self.rules.show_findings(shown, empty=self.tr("Add the members; the rules for each appear here."))

    def enrol_on_site(self) -> None:
        """当日加入 for every person the rules list as uninsured: the members added and the one being typed."""
        enrolled = on_site_enrolment(self.day)
        for i in self._uninsured:
            if i < len(self.members):
                self.members[i] = replace(self.members[i], **enrolled)
            else:
                self.form.set_on_site_insurance()
        self._refresh_list()
        self.update_rules()

    def update_duplicates(self) -> None:
        person = self.form.person()
        self.duplicates.show_matches(find_duplicates(
            self.ws, kana=self.form.text("kana"), birth_date=person.birth_date, age=person.stated_age,
            phone=self.form.text("phone"), day=self.day))

    def _open_existing(self, volunteer_id) -> None:  # noqa: ANN001
        # Someone already registered is corrected in their own dialog; the group goes on without them.
        from dvc.ui.desks.reception.registration_dialog import RegistrationDialog

        dialog = RegistrationDialog(self.ws, self.bus, self, day=self.day)
        dialog.open_existing(volunteer_id)
        if dialog.exec():
            self.form.clear()
            self.duplicates.show_matches([])

    # Saving.

    def group_input(self) -> GroupInput:
        return self.fields.input()

    def reject(self) -> None:
        if self.unsaved.may_close():
            super().reject()

    def save(self) -> None:
        if not self.form.is_empty():
            self.add_or_save()
            if not self.form.is_empty():
                return  # the member being typed has a problem, shown under its field
        group = self.group_input()
        cleaned = clean_group(group, self.members, today=self.day)
        if cleaned.missing or cleaned.problems:
            self.group_error.setText(cleaned.error().message(translate))
            self.group_edits["name"].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.group_error.setText("")
        if not cleaned.ok:
            show_error(self, cleaned.error(member_prefix="{n}. {name}: "))
            return
        result = run_operation(self, lambda: registration.register_group(
            self.ws, group=group, members=list(self.members), day=self.day), bus=self.bus,
            announces=(events.VOLUNTEERS,))
        if result is not None:
            self.result = result
            self.registered.emit(result)
            self.accept()

