"""Moving a need on: the status change (only the allowed next statuses are offered) and the site survey."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

from dvc.domain import need_status
from dvc.domain.need_intake import MAX_DAYS, MAX_HEADCOUNT
from dvc.domain.timeutil import local_day
from dvc.domain.vocab import NeedStatus
from dvc.services.needs import progress as need_progress
from dvc.services.needs.progress import SurveyDraft
from dvc.services.core.workspace import Workspace
from dvc.ui import events, labels
from dvc.ui.events import EventBus
from dvc.ui.operations import run_operation
from dvc.ui.widgets.number_box import NumberBox
from dvc.ui.widgets.unsaved_guard import UnsavedGuard


def _plain(parent: QWidget, name: str, lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().height() * lines + 12)
    return edit


def _spin(parent: QWidget, name: str, most: int, value: int | None) -> NumberBox:
    """0 shows as blank: 'not revised'."""
    spin = NumberBox(parent)
    spin.setObjectName(name)
    spin.setRange(0, most)
    spin.setSpecialValueText(" ")
    spin.setValue(value or 0)
    return spin


class StatusDialog(QDialog):
    """Choose the next status of a need; the reason (and for 継続 what is left) when the change needs one."""

    def __init__(self, ws: Workspace, bus: EventBus, parent: QWidget | None = None, *, need_id: uuid.UUID,
                 code: str, current: str, headcount: int, days: int, target: str | None = None) -> None:
        super().__init__(parent)
        self.ws, self.bus, self.need_id, self.current = ws, bus, need_id, current
        self.setWindowTitle(self.tr("Change status of {code}").format(code=code))
        self.target = QComboBox(self)
        self.target.setObjectName("targetStatus")
        for status in need_status.allowed_next(current):
            self.target.addItem(labels.need_status(status), status.value)
        if target is not None:
            self.target.setCurrentIndex(max(0, self.target.findData(target)))
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.remaining = _plain(self, "remainingWork", 2)
        self.headcount = _spin(self, "remainingHeadcount", MAX_HEADCOUNT, headcount)
        self.days = _spin(self, "remainingDays", MAX_DAYS, days)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        form = QFormLayout()
        form.addRow(self.tr("Now:"), QLabel(labels.need_status(current), self))
        form.addRow(self.tr("&New status:"), self.target)
        form.addRow(self.tr("&Reason:"), self.reason)
        self.remaining_label = QLabel(self.tr("Work &left:"), self)
        self.remaining_label.setBuddy(self.remaining)
        form.addRow(self.remaining_label, self.remaining)
        self.figures_label = QLabel(self.tr("People / days still needed:"), self)
        figures = QHBoxLayout()
        figures.addWidget(self.headcount)
        figures.addWidget(self.days)
        figures.addStretch(1)
        form.addRow(self.figures_label, figures)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.target.currentIndexChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        to = self.target.currentData() or ""
        continuing = to == NeedStatus.CONTINUING
        for widget in (self.remaining, self.remaining_label, self.headcount, self.days, self.figures_label):
            widget.setVisible(continuing)
        if need_status.needs_reason(self.current, to):
            self.hint.setText(self.tr("This change needs a reason; it is kept in the need's history."))
        else:
            self.hint.setText(self.tr("A reason is optional."))

    def save(self) -> None:
        to = self.target.currentData()
        if to is None:
            return
        kwargs = {}
        if to == NeedStatus.CONTINUING:
            kwargs = {"remaining_work": self.remaining.toPlainText(),
                      "headcount": self.headcount.value() or None, "days": self.days.value() or None}
        done = run_operation(self, lambda: need_progress.change_status(
            self.ws, need_id=self.need_id, to=to, reason=self.reason.text(), **kwargs),
            bus=self.bus, announces=(events.NEEDS,))
        if done is not None:
            self.accept()


class SurveyDialog(QDialog):
    """現地調査: what staff found on site, and the figures it changes."""

    def __init__(self, ws: Workspace, bus: EventBus, parent: QWidget | None = None, *, need_id: uuid.UUID,
                 code: str) -> None:
        super().__init__(parent)
        self.ws, self.bus, self.need_id = ws, bus, need_id
        self.setWindowTitle(self.tr("Site survey of {code}").format(code=code))
        self.day = QDateEdit(self)
        self.day.setObjectName("surveyDay")
        self.day.setDisplayFormat("yyyy/MM/dd")
        self.day.setCalendarPopup(True)
        today = local_day()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.staff = QLineEdit(ws.operator, self)
        self.staff.setObjectName("surveyStaff")
        self.findings = _plain(self, "findings", 3)
        self.headcount = _spin(self, "revisedHeadcount", MAX_HEADCOUNT, None)
        self.days = _spin(self, "revisedDays", MAX_DAYS, None)
        self.equipment = QLineEdit(self)
        self.equipment.setObjectName("surveyEquipment")
        self.safety = _plain(self, "safetyConcerns", 2)
        self.photos = QListWidget(self)
        self.photos.setObjectName("photos")
        self.photos.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        add_photos = QPushButton(self.tr("Add &photos…"), self)
        add_photos.clicked.connect(self.add_photos)
        form = QFormLayout()
        form.addRow(self.tr("Surveyed &on:"), self.day)
        form.addRow(self.tr("Surveyed &by:"), self.staff)
        form.addRow(self.tr("&Findings:"), self.findings)
        figures = QHBoxLayout()
        figures.addWidget(self.headcount)
        figures.addWidget(QLabel(self.tr("days:"), self))
        figures.addWidget(self.days)
        figures.addStretch(1)
        form.addRow(self.tr("Revised people:"), figures)
        form.addRow(self.tr("&Equipment:"), self.equipment)
        form.addRow(self.tr("Safety &concerns:"), self.safety)
        photo_row = QVBoxLayout()
        photo_row.addWidget(self.photos)
        photo_row.addWidget(add_photos)
        form.addRow(self.tr("Photos (optional):"), photo_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.findings.setFocus()
        self.unsaved = UnsavedGuard(self, self.draft)

    def reject(self) -> None:
        if self.unsaved.may_close():
            super().reject()

    def add_photos(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Photos of the site"), "",
                                                self.tr("Pictures (*.jpg *.jpeg *.png *.heic)"))
        self.photos.addItems(files)

    def draft(self) -> SurveyDraft:
        qd = self.day.date()
        return SurveyDraft(
            surveyed_on=date(qd.year(), qd.month(), qd.day()), staff_name=self.staff.text(),
            findings=self.findings.toPlainText(), revised_headcount=self.headcount.value() or None,
            revised_days=self.days.value() or None, equipment=self.equipment.text(),
            safety_concerns=self.safety.toPlainText(),
            photos=tuple(self.photos.item(i).text() for i in range(self.photos.count())),
        )

    def save(self) -> None:
        draft = self.draft()
        done = run_operation(self, lambda: need_progress.record_survey(self.ws, need_id=self.need_id, survey=draft),
                             bus=self.bus, announces=(events.NEEDS,))
        if done is not None:
            self.accept()
