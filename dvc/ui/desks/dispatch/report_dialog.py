"""帰着: the 活動報告書 a team's leader hands in, with the tools counted back and the members checked out.

Everything is prefilled for the usual return (all tools back, everyone goes
home): the desk only changes what differs. The dialog saves through ``submit``
and stays open when the service refuses, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QRadioButton, QScrollArea, QVBoxLayout, QWidget,
)

from dvc.domain.timeutil import utcnow
from dvc.domain.vocab import Outcome
from dvc.services.dispatch.team_return import ReturnReport
from dvc.ui.formatting import clock_time, short
from dvc.ui.operations import run_operation
from dvc.ui.widgets.elided_label import ElidedLabel
from dvc.ui.widgets.number_box import DecimalBox, NumberBox
from dvc.ui.widgets.return_counts import ReturnCounts
from dvc.ui.widgets.scan_guard import ScanGuard
from dvc.ui.widgets.unsaved_guard import UnsavedGuard

COL_ITEM, COL_OUT, COL_UNDAMAGED, COL_DAMAGED, COL_LOST = range(5)
INTRO_STYLE = "QLabel { font-weight: bold; }"
MIN_WIDTH = 980  # two columns side by side; fits a 1366×768 laptop with room around it
TEXT_LINES = 3


def _text_box(parent: QWidget) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)  # Tab walks the form; a report line break is Enter
    box.setFixedHeight(box.fontMetrics().lineSpacing() * TEXT_LINES + 12)
    return box


def elapsed_hours(since: datetime | None, now: datetime) -> float | None:
    """Time on site to the half hour, as a first guess the leader corrects."""
    if since is None:
        return None
    return max(0.5, round((now - since).total_seconds() / 1800) / 2)


class ActivityReportDialog(QDialog):
    def __init__(self, parent: QWidget | None, form, submit: Callable[[ReturnReport], object],  # noqa: ANN001
                 now: datetime | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.submit = submit
        self.result_id = None
        self.setWindowTitle(self.tr("Activity report: team {team}").format(team=form.team_code))
        intro = QLabel("\n".join((
            self.tr("{team}: need {need} ({summary})").format(
                team=form.team_code, need=form.need_code, summary=form.need_summary),
            self.tr("Leader {leader}; left at {left}, expected back at {back}").format(
                leader=short(form.leader_name) or self.tr("none"), left=clock_time(form.departed_at),
                back=clock_time(form.expected_back_at)))), self)
        intro.setStyleSheet(INTRO_STYLE)
        columns = QHBoxLayout()
        columns.addLayout(self._build_report(now or utcnow()), 3)
        right = QVBoxLayout()
        right.addWidget(self._build_tools(), 1)
        right.addWidget(self._build_members(), 1)
        columns.addLayout(right, 2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record the return"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        self.scan_guard = ScanGuard(self)  # the next team's sheet scanned now is not this report's text
        layout.addWidget(self.scan_guard.notice)
        layout.addWidget(self.buttons)
        self._outcome_changed()
        self.setMinimumWidth(MIN_WIDTH)
        self.done_radio.setFocus()
        self.unsaved = UnsavedGuard(self, self.report)

    # Building.

    def _build_report(self, now: datetime) -> QFormLayout:
        self.outcome_group = QButtonGroup(self)
        self.done_radio = QRadioButton(self.tr("&Done"), self)
        self.continuing_radio = QRadioButton(self.tr("&Continuing"), self)
        self.interrupted_radio = QRadioButton(self.tr("&Interrupted"), self)
        outcome_row = QHBoxLayout()
        for outcome, radio in ((Outcome.DONE, self.done_radio), (Outcome.CONTINUING, self.continuing_radio),
                               (Outcome.INTERRUPTED, self.interrupted_radio)):
            radio.setProperty("outcome", outcome)
            self.outcome_group.addButton(radio)
            outcome_row.addWidget(radio)
        outcome_row.addStretch(1)
        self.done_radio.setChecked(True)
        self.outcome_group.buttonToggled.connect(self._outcome_changed)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("e.g. heavy rain, unsafe building, the resident asked to stop"))
        self.work_done = _text_box(self)
        self.remaining = _text_box(self)
        self.next_headcount = NumberBox(self)
        self.next_headcount.setRange(0, 200)
        self.next_headcount.setSpecialValueText(self.tr("not given"))
        # Room for the words "not given" and the arrows: a spin box sizes itself for its numbers only.
        self.next_headcount.setMinimumWidth(
            self.next_headcount.fontMetrics().horizontalAdvance(self.next_headcount.specialValueText()) + 40)
        self.next_equipment = QLineEdit(self)
        self.injuries = QLineEdit(self)
        self.injuries.setPlaceholderText(self.tr("none"))
        self.near_misses = QLineEdit(self)
        self.near_misses.setPlaceholderText(self.tr("none"))
        self.hours = DecimalBox(self)
        self.hours.setRange(0, 24)
        self.hours.setSingleStep(0.5)
        self.hours.setDecimals(1)
        self.hours.setSuffix(self.tr(" h"))
        self.hours.setSpecialValueText(self.tr("not given"))
        self.hours.setValue(elapsed_hours(self.form.departed_at, now) or 0)
        self.notes = QLineEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("Result"), outcome_row)
        self.reason_label = QLabel(self.tr("Why it &stopped"), self)
        self.reason_label.setBuddy(self.reason)
        form.addRow(self.reason_label, self.reason)
        form.addRow(self.tr("&Work done"), self.work_done)
        self.remaining_label = QLabel(self.tr("&Remaining work"), self)
        self.remaining_label.setBuddy(self.remaining)
        form.addRow(self.remaining_label, self.remaining)
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_headcount)
        self.next_equipment_label = QLabel(self.tr("T&ools"), self)
        self.next_equipment_label.setBuddy(self.next_equipment)
        next_row.addWidget(self.next_equipment_label)
        next_row.addWidget(self.next_equipment, 1)
        self.next_label = QLabel(self.tr("Next visit: &people"), self)
        self.next_label.setBuddy(self.next_headcount)
        form.addRow(self.next_label, next_row)
        form.addRow(self.tr("In&juries"), self.injuries)
        form.addRow(self.tr("Near &misses"), self.near_misses)
        form.addRow(self.tr("&Hours on site"), self.hours)
        form.addRow(self.tr("No&tes"), self.notes)
        return form

    def _build_tools(self) -> QGroupBox:
        box = QGroupBox(self.tr("Equipment back"), self)
        self.loans = list(self.form.loans)
        self.counts: list[ReturnCounts] = []
        grid = QGridLayout()
        grid.setColumnStretch(COL_ITEM, 1)
        titles = (self.tr("Item"), self.tr("Out"), self.tr("Back undamaged"), self.tr("Back damaged"), self.tr("Lost"))
        # Without loans the grid is never shown: its titles would pile up in the box's corner.
        for column, title in enumerate(titles if self.loans else ()):
            grid.addWidget(QLabel(title, box), 0, column)
        for row, loan in enumerate(self.loans, start=1):
            grid.addWidget(ElidedLabel(box, text=loan.name), row, COL_ITEM)
            grid.addWidget(QLabel(f"{loan.outstanding:,} {loan.unit}", box), row, COL_OUT)
            counts = ReturnCounts(box, loan.outstanding, consumable=loan.consumable)
            for column, spin in zip((COL_UNDAMAGED, COL_DAMAGED, COL_LOST), counts.boxes()):
                spin.setAccessibleName(f"{loan.name} {titles[column]}")
                grid.addWidget(spin, row, column)
            self.counts.append(counts)
        grid.setRowStretch(len(self.loans) + 1, 1)  # rows stay at the top, not spread over the box
        layout = QVBoxLayout(box)
        if self.loans:
            holder = QWidget(box)
            holder.setLayout(grid)
            scroll = QScrollArea(box)
            scroll.setWidget(holder)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            layout.addWidget(scroll)
        else:
            layout.addWidget(QLabel(self.tr("No equipment was lent to this team."), box))
        return box

    def _build_members(self) -> QGroupBox:
        box = QGroupBox(self.tr("Check out (untick who stays for another team)"), self)
        self.members = QListWidget(box)
        for member in self.form.members:
            label = f"{member.code}  {member.name}"
            if member.is_leader:
                label += self.tr("  (leader)")
            item = QListWidgetItem(label, self.members)
            item.setData(Qt.ItemDataRole.UserRole, member.volunteer_id)
            if member.checked_in:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
            else:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setText(label + self.tr("  (already checked out)"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.members)
        return box

    # Reading.

    def outcome(self) -> Outcome:
        return self.outcome_group.checkedButton().property("outcome")

    def _outcome_changed(self) -> None:
        open_again = self.outcome() != Outcome.DONE
        for widget in (self.remaining, self.remaining_label, self.next_headcount, self.next_label,
                       self.next_equipment, self.next_equipment_label):
            widget.setEnabled(open_again)
        interrupted = self.outcome() == Outcome.INTERRUPTED
        self.reason.setEnabled(interrupted)
        self.reason_label.setEnabled(interrupted)

    def _box(self, row: int, column: int) -> NumberBox:
        return dict(zip((COL_UNDAMAGED, COL_DAMAGED, COL_LOST), self.counts[row].boxes()))[column]

    def set_loan_count(self, row: int, column: int, value: int) -> None:
        self._box(row, column).setValue(value)

    def _count(self, row: int, column: int) -> int:
        return self._box(row, column).value()

    def checked_out(self) -> set:
        items = (self.members.item(i) for i in range(self.members.count()))
        return {item.data(Qt.ItemDataRole.UserRole) for item in items
                if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and item.checkState() == Qt.CheckState.Checked}

    def report(self) -> ReturnReport:
        open_again = self.outcome() != Outcome.DONE
        return ReturnReport(
            outcome=self.outcome(),
            work_done=self.work_done.toPlainText().strip(),
            remaining_work=self.remaining.toPlainText().strip() if open_again else "",
            next_headcount=(self.next_headcount.value() or None) if open_again else None,
            next_equipment=self.next_equipment.text().strip() if open_again else "",
            injuries=self.injuries.text().strip(),
            near_misses=self.near_misses.text().strip(),
            hours=self.hours.value() or None,
            notes=self.notes.text().strip(),
            loan_returns=[(loan.loan_id, counts.returned(), counts.lost.value(), counts.damaged.value())
                          for loan, counts in zip(self.loans, self.counts)],
            check_out=self.checked_out(),
            reason=self.reason.text().strip() if self.outcome() == Outcome.INTERRUPTED else "",
        )

    def reject(self) -> None:
        if self.unsaved.may_close():
            super().reject()

    def accept(self) -> None:
        saved = run_operation(self, lambda: self.submit(self.report()))
        if saved is not None:
            self.result_id = saved
            super().accept()
