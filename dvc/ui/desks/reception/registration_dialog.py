"""Registering one volunteer at the desk (or correcting one), keyboard only.

Tab walks the fields, Enter saves, Esc cancels. The rules panel follows what is
typed; likely duplicates appear before saving, and "Open" turns this dialog
into the correction of that existing record (a blank intake sheet being keyed
in then becomes that person's).
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QMessageBox, QScrollArea, QVBoxLayout, QWidget,
)

from dvc.domain.timeutil import local_day
from dvc.domain.volunteer_input import clean_volunteer
from dvc.domain.volunteer_rules import assess
from dvc.services.reception import groups, registration
from dvc.services.reception.duplicates import find_duplicates
from dvc.services.reception.registration import Registered
from dvc.services.core.workspace import Workspace
from dvc.ui import events
from dvc.ui.desks.reception.duplicates_panel import DuplicatesPanel
from dvc.ui.desks.reception.rules_panel import RulesPanel
from dvc.ui.desks.reception.volunteer_form import VolunteerForm, debounce
from dvc.ui.events import EventBus
from dvc.ui.operations import run_operation
from dvc.ui.widgets.elided_label import ElidedLabel
from dvc.ui.widgets.screen_fit import fit_to_screen
from dvc.ui.widgets.unsaved_guard import UnsavedGuard

NOTE_STYLE = "QLabel { color: #1f3a5f; }"


class RegistrationDialog(QDialog):
    registered = Signal(object)  # Registered

    def __init__(self, ws: Workspace, bus: EventBus, parent: QWidget | None = None,
                 intake_sheet_id: uuid.UUID | None = None, *, day: date | None = None,
                 to_group: tuple[uuid.UUID, str] | None = None) -> None:
        """``to_group``: (id, name) of a group registered earlier that this new person joins."""
        super().__init__(parent)
        self.ws, self.bus = ws, bus
        self.intake_sheet_id = intake_sheet_id
        self.to_group = to_group
        self.day = day or local_day()
        self.editing: registration.VolunteerDetails | None = None
        self.result: Registered | None = None

        self.heading = ElidedLabel(self)  # names the person being corrected: a long name is cut, not widening
        self.heading.setStyleSheet("QLabel { font-size: 14pt; font-weight: bold; color: #1f3a5f; }")
        self.note = QLabel(self)
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.setWordWrap(True)
        self.form = VolunteerForm(self, day=self.day)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        self.rules = RulesPanel(self)
        self.duplicates = DuplicatesPanel(self)
        side = QVBoxLayout()
        side.addWidget(self.rules)
        side.addWidget(self.duplicates)
        side.addStretch(1)
        side_widget = QWidget(self)
        side_widget.setLayout(side)
        side_widget.setFixedWidth(330)
        body = QHBoxLayout()
        body.addWidget(scroll, 1)
        body.addWidget(side_widget)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Register (Enter)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        cancel = self.buttons.addButton(self.tr("Cancel (Esc)"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("Fields marked * are required: name, furigana, birth date or age, phone or e-mail."), self)
        hint.setStyleSheet("QLabel { color: #555; }")

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addLayout(body, 1)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)

        self._rules_timer = debounce(self, self.update_rules, 150)
        self._dup_timer = debounce(self, self.update_duplicates, 300)
        self.form.changed.connect(self._rules_timer.start)
        for key in ("kana", "birth_date", "age", "phone"):
            self.form.edits[key].textChanged.connect(self._dup_timer.start)
        self.rules.on_site_requested.connect(self.form.set_on_site_insurance)
        self.duplicates.open_requested.connect(self.open_existing)
        self._set_titles()
        self.update_rules()
        self.duplicates.show_matches([])
        fit_to_screen(self, 1180, 720)
        self.unsaved = UnsavedGuard(self, self.form.input)
        self.form.edits["name"].setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_titles(self) -> None:
        if self.editing is None and self.to_group is not None:
            title = self.tr("New member of {group}").format(group=self.to_group[1])
            self.setWindowTitle(title)
            self.heading.setText(title)
            self.save_button.setText(self.tr("Add to the group (Enter)"))
        elif self.editing is None:
            self.setWindowTitle(self.tr("New volunteer (ボランティア受付票)"))
            self.heading.setText(self.tr("New volunteer"))
            self.save_button.setText(self.tr("Register (Enter)"))
        else:
            title = self.tr("Correct {code}").format(code=self.editing.code)
            self.setWindowTitle(title)
            group = self.tr(" — group {name}").format(name=self.editing.group_name) if self.editing.group_name else ""
            self.heading.setText(f"{title} {self.editing.data.name}{group}")
            self.save_button.setText(self.tr("Save (Enter)"))
        notes = []
        if self.intake_sheet_id is not None:
            notes.append(self.tr("Keying in a blank intake sheet: it will belong to this person."))
        self.note.setText("\n".join(notes))
        self.note.setVisible(bool(notes))

    # Live panels.

    def _in_group(self) -> bool:
        if self.editing is None:
            return self.to_group is not None
        return self.editing.group_id is not None

    def update_rules(self) -> None:
        person = self.form.person()
        if person.birth_date is None and person.stated_age is None:
            findings = [f for f in assess(person, self.day) if f.key in ("not_insured", "insurance_expired",
                                                                            "insured_on_site")]
        else:
            findings = assess(person, self.day, adult_in_group=self._in_group())
        self.rules.show_findings([("", f) for f in findings], empty=self.tr("Nothing to watch out for."))

    def update_duplicates(self) -> None:
        person = self.form.person()
        exclude = [self.editing.id] if self.editing else []
        matches = find_duplicates(self.ws, kana=self.form.text("kana"), birth_date=person.birth_date,
                                  age=person.stated_age, phone=self.form.text("phone"), exclude_ids=exclude,
                                  day=self.day)
        self.duplicates.show_matches(matches)

    # Actions.

    def open_existing(self, volunteer_id: uuid.UUID) -> None:
        details = run_operation(self, lambda: registration.get_volunteer(self.ws, volunteer_id=volunteer_id))
        if details is None:
            return
        self.editing = details
        self.form.load(details.data)
        self.unsaved.reset()
        self._set_titles()
        self.update_rules()
        self.update_duplicates()
        self.form.edits["name"].setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        if self.unsaved.may_close():
            super().reject()

    def save(self) -> None:
        self._rules_timer.stop()
        self._dup_timer.stop()
        data = self.form.input()
        cleaned = clean_volunteer(data, today=self.day, contact_elsewhere=self._in_group())
        first = self.form.show_problems(cleaned)
        if not cleaned.ok:
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self.editing is None:
            self.update_duplicates()
            if self.duplicates.matches and not self._confirm_new():
                return
            if self.to_group is not None:
                group_id = self.to_group[0]
                call = lambda: groups.add_member(self.ws, group_id=group_id, data=data, day=self.day)  # noqa: E731
            else:
                call = lambda: registration.register_individual(  # noqa: E731
                    self.ws, data=data, intake_sheet_id=self.intake_sheet_id, day=self.day)
        else:
            volunteer_id = self.editing.id
            call = lambda: registration.update_volunteer(  # noqa: E731
                self.ws, volunteer_id=volunteer_id, data=data, intake_sheet_id=self.intake_sheet_id, day=self.day)
        result = run_operation(self, call, bus=self.bus, announces=(events.VOLUNTEERS,))
        if result is not None:
            self.result = result
            self.registered.emit(result)
            self.accept()

    def _confirm_new(self) -> bool:
        answer = QMessageBox.question(
            self, self.windowTitle(),
            self.tr("{count} similar registrations exist. Register a new person anyway?").format(
                count=len(self.duplicates.matches)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
