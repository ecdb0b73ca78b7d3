"""The ニーズ受付票 on screen: a request for help taken by phone or at the desk, keyboard first.

Possible duplicates (the same phone number, or the same site written another way)
are looked up as the number and the address are typed, before anything is saved.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timezone

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget,
)

from dvc.domain.need_intake import MAX_DAYS, MAX_HEADCOUNT, NeedDraft
from dvc.domain.normalise import split_list
from dvc.domain.vocab import KOGANEI_TOWNS, VEHICLES, VULNERABLE, Channel, GenderPreference, Priority
from dvc.services.needs import intake as needs_intake
from dvc.services.needs.intake import Duplicate, SavedNeed
from dvc.services.core.workspace import Workspace
from dvc.ui import events, labels
from dvc.ui.events import EventBus
from dvc.ui.formatting import day_and_time
from dvc.ui.operations import run_operation
from dvc.ui.widgets.number_box import NumberBox
from dvc.ui.widgets.unsaved_guard import UnsavedGuard

WARNING_STYLE = "QLabel#duplicateWarning { background: #fff3cd; border: 1px solid #e0b252; padding: 6px; color: #5c4200; }"
CHECKS_PER_ROW = 4
TOKYO_QT = QTimeZone(b"Asia/Tokyo")


def _checks(parent: QWidget, names: list[str] | tuple[str, ...], chosen: tuple[str, ...], name: str,
            label: Callable[[str], str] = str) -> tuple[QGroupBox, dict[str, QCheckBox]]:
    box = QGroupBox(parent)
    box.setObjectName(name)
    grid = QGridLayout(box)
    grid.setContentsMargins(6, 4, 6, 4)
    boxes = {}
    for i, item in enumerate(dict.fromkeys([*names, *chosen])):
        check = QCheckBox(label(item), box)
        check.setChecked(item in chosen)
        grid.addWidget(check, i // CHECKS_PER_ROW, i % CHECKS_PER_ROW)
        boxes[item] = check
    return box, boxes


class NeedForm(QDialog):
    """New need (``need_id`` None) or the correction of one; ``saved`` holds the result after Save."""

    def __init__(self, ws: Workspace, bus: EventBus, parent: QWidget | None = None, *,
                 need_id: uuid.UUID | None = None, draft: NeedDraft | None = None) -> None:
        super().__init__(parent)
        self.ws, self.bus, self.need_id = ws, bus, need_id
        self.saved: SavedNeed | None = None
        self.duplicates: list[Duplicate] = []
        self.setWindowTitle(self.tr("Correct need") if need_id else self.tr("New need (ニーズ受付票)"))
        d = draft or NeedDraft(received_at=datetime.now(timezone.utc), requester_name="", site_address="",
                               work_types=(), staff_name=ws.operator)

        self.requester_name = self._line("requesterName", d.requester_name)
        self.requester_kana = self._line("requesterKana", d.requester_kana)
        self.requester_phone = self._line("requesterPhone", d.requester_phone)
        self.requester_address = self._line("requesterAddress", d.requester_address,
                                            self.tr("Only if not the site's address"))
        self.site_address = self._line("siteAddress", d.site_address, self.tr("e.g. 本町1-2-3"))
        self.district = QComboBox(self)
        self.district.setObjectName("district")
        self.district.setEditable(True)
        self.district.addItems(["", *KOGANEI_TOWNS])
        self.district.setCurrentText(d.district)
        self.damage = self._line("damage", d.damage, self.tr("e.g. 床上浸水30cm"))
        self.received_at = QDateTimeEdit(self)
        self.received_at.setObjectName("receivedAt")
        self.received_at.setDisplayFormat("yyyy/MM/dd HH:mm")
        self.received_at.setTimeZone(TOKYO_QT)
        self.received_at.setDateTime(QDateTime.fromSecsSinceEpoch(int(d.received_at.timestamp()), TOKYO_QT))
        self.channel = self._combo("channel", list(Channel), labels.channel, d.channel)
        self.staff = self._line("staffName", d.staff_name)

        types = needs_intake.work_types(ws)
        self.work_box, self.work_checks = _checks(self, types, d.work_types, "workTypes")
        self.headcount = self._spin("headcount", d.headcount, MAX_HEADCOUNT)
        self.days = self._spin("estimatedDays", d.estimated_days, MAX_DAYS)
        self.skills = self._line("requiredSkills", "、".join(d.required_skills), self.tr("e.g. 大工、重機"))
        self.vehicle = QComboBox(self)
        self.vehicle.setObjectName("vehicle")
        self.vehicle.setEditable(True)
        self.vehicle.addItems(["", *VEHICLES])
        self.vehicle.setCurrentText(d.vehicle_needed)
        self.gender = self._combo("genderPreference", list(GenderPreference), labels.gender_preference, d.gender_preference)
        self.equipment = self._line("equipment", d.equipment, self.tr("e.g. スコップ、一輪車"))
        self.parking = self._line("parking", d.parking)
        self.toilet = self._line("toilet", d.toilet)
        self.vulnerable_box, self.vulnerable_checks = _checks(self, VULNERABLE, d.vulnerable, "vulnerable",
                                                               labels.household)
        self.priority = self._combo("priority", list(Priority), labels.priority, d.priority)
        self.preferred = self._line("preferredDates", d.preferred_dates, self.tr("e.g. 4/5以降の午前"))
        self.notes = QPlainTextEdit(d.notes, self)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)  # Tab walks on to the buttons, as everywhere else in the form
        self.notes.setFixedHeight(self.notes.fontMetrics().height() * 3 + 12)

        left = QFormLayout()
        left.addRow(self.tr("Requester &name:"), self.requester_name)
        left.addRow(self.tr("Furi&gana:"), self.requester_kana)
        left.addRow(self.tr("&Phone:"), self.requester_phone)
        left.addRow(self.tr("Requester's address:"), self.requester_address)
        left.addRow(self.tr("&Site address:"), self.site_address)
        left.addRow(self.tr("&District:"), self.district)
        left.addRow(self.tr("D&amage:"), self.damage)
        left.addRow(self.tr("Received at:"), self.received_at)
        left.addRow(self.tr("Channel:"), self.channel)
        left.addRow(self.tr("Taken by:"), self.staff)
        left.addRow(self.tr("Priority:"), self.priority)
        right = QFormLayout()
        right.addRow(self.tr("&Work:"), self.work_box)
        counts = QHBoxLayout()
        counts.addWidget(self.headcount)
        days_label = QLabel(self.tr("Estimated da&ys:"), self)
        days_label.setBuddy(self.days)
        counts.addSpacing(12)
        counts.addWidget(days_label)
        counts.addWidget(self.days)
        counts.addStretch(1)
        people_label = QLabel(self.tr("&Volunteers needed:"), self)
        people_label.setBuddy(self.headcount)
        right.addRow(people_label, counts)
        right.addRow(self.tr("Skills needed:"), self.skills)
        right.addRow(self.tr("Vehicle:"), self.vehicle)
        right.addRow(self.tr("Volunteers' gender:"), self.gender)
        right.addRow(self.tr("Equipment:"), self.equipment)
        right.addRow(self.tr("Parking:"), self.parking)
        right.addRow(self.tr("Toilet:"), self.toilet)
        right.addRow(self.tr("Household:"), self.vulnerable_box)
        right.addRow(self.tr("Preferred dates:"), self.preferred)
        right.addRow(self.tr("Notes:"), self.notes)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)

        self.warning = QLabel(self)
        self.warning.setObjectName("duplicateWarning")
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)

        self.requester_phone.textChanged.connect(self.check_duplicates)
        self.site_address.textChanged.connect(self.check_duplicates)
        self.check_duplicates()
        self.requester_name.setFocus()
        self.unsaved = UnsavedGuard(self, self.draft)

    # Building blocks.

    def _line(self, name: str, value: str, placeholder: str = "") -> QLineEdit:
        field = QLineEdit(value, self)
        field.setObjectName(name)
        field.setPlaceholderText(placeholder)
        return field

    def _combo(self, name: str, keys: list[str], label, current: str) -> QComboBox:  # noqa: ANN001
        combo = QComboBox(self)
        combo.setObjectName(name)
        for key in keys:
            combo.addItem(label(key), str(key))
        combo.setCurrentIndex(max(0, combo.findData(str(current))))
        return combo

    def _spin(self, name: str, value: int, most: int) -> NumberBox:
        spin = NumberBox(self)
        spin.setObjectName(name)
        spin.setRange(1, most)
        spin.setValue(value)
        return spin

    # Duplicates while typing.

    def check_duplicates(self) -> None:
        self.duplicates = needs_intake.find_duplicates(
            self.ws, phone=self.requester_phone.text(), address=self.site_address.text(), exclude=self.need_id)
        if not self.duplicates:
            self.warning.hide()
            return
        lines = [self.tr("Possible duplicate: this request may already have been taken.")]
        for dup in self.duplicates:
            why = [self.tr("same phone")] if dup.same_phone else []
            why += [self.tr("same address")] if dup.same_address else []
            lines.append(self.tr("{code} ({why}) received {when}: {name}, {address}, {status}").format(
                code=dup.code, why="・".join(why), when=day_and_time(dup.received_at), name=dup.requester_name,
                address=dup.site_address, status=labels.need_status(dup.status)))
        self.warning.setText("\n".join(lines))
        self.warning.show()

    # Saving.

    def draft(self) -> NeedDraft:
        received = self.received_at.dateTime().toSecsSinceEpoch()
        return NeedDraft(
            received_at=datetime.fromtimestamp(received, tz=timezone.utc),
            requester_name=self.requester_name.text(), requester_kana=self.requester_kana.text(),
            requester_phone=self.requester_phone.text(), requester_address=self.requester_address.text(),
            site_address=self.site_address.text(), district=self.district.currentText(), damage=self.damage.text(),
            channel=self.channel.currentData(), staff_name=self.staff.text(),
            work_types=tuple(name for name, check in self.work_checks.items() if check.isChecked()),
            headcount=self.headcount.value(), estimated_days=self.days.value(),
            required_skills=tuple(split_list(self.skills.text())), vehicle_needed=self.vehicle.currentText().strip(),
            gender_preference=self.gender.currentData(), equipment=self.equipment.text().strip(),
            parking=self.parking.text().strip(), toilet=self.toilet.text().strip(),
            vulnerable=tuple(name for name, check in self.vulnerable_checks.items() if check.isChecked()),
            priority=self.priority.currentData(), preferred_dates=self.preferred.text().strip(),
            notes=self.notes.toPlainText().strip(),
        )

    def reject(self) -> None:
        if self.unsaved.may_close():
            super().reject()

    def save(self) -> None:
        draft = self.draft()
        if self.need_id is None:
            call = lambda: needs_intake.take_need(self.ws, draft=draft)  # noqa: E731
        else:
            need_id = self.need_id
            call = lambda: needs_intake.update_need(self.ws, need_id=need_id, draft=draft)  # noqa: E731
        saved = run_operation(self, call, bus=self.bus, announces=(events.NEEDS,))
        if saved is not None:
            self.saved = saved
            self.accept()

