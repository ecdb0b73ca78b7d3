"""Lending an item (to a team out on site or to another council) and counting a loan back in."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QRadioButton, QVBoxLayout, QWidget,
)

from dvc.domain.councils import KNOWN_COUNCILS
from dvc.services.equipment.loans import DispatchChoice, LoanRow
from dvc.services.equipment.stock import StockRow
from dvc.ui.formatting import clock_time
from dvc.ui.widgets.number_box import NumberBox
from dvc.ui.widgets.return_counts import ReturnCounts


class LendDialog(QDialog):
    def __init__(self, parent: QWidget | None, items: Sequence[StockRow], dispatches: Sequence[DispatchChoice],
                 own_council: str, selected: uuid.UUID | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lend equipment"))
        self.items = list(items)
        self.item = QComboBox(self)
        for row in self.items:
            self.item.addItem(self.tr("{name} ({available} {unit} available)").format(
                name=row.name, available=f"{row.available:,}", unit=row.unit), row.id)
        if selected is not None:
            self.item.setCurrentIndex(max(0, self.item.findData(selected)))
        self.quantity = NumberBox(self)
        self.quantity.setGroupSeparatorShown(True)
        self.to_team = QRadioButton(self.tr("A team out on site"), self)
        self.to_council = QRadioButton(self.tr("Another council (block agreement)"), self)
        self.team = QComboBox(self)
        for choice in dispatches:
            self.team.addItem(self.tr("{team}  {need} {district}  left {time}").format(
                team=choice.team_code, need=choice.need_code, district=choice.district,
                time=clock_time(choice.departed_at)), choice.dispatch_id)
        self.council = QComboBox(self)
        for profile in KNOWN_COUNCILS.values():
            if profile.code != own_council:
                self.council.addItem(profile.name_ja, profile.code)
        self.notes = QLineEdit(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Item"), self.item)
        form.addRow(self.tr("&Quantity"), self.quantity)
        form.addRow(self.to_team, self.team)
        form.addRow(self.to_council, self.council)
        form.addRow(self.tr("No&tes"), self.notes)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lend"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

        self.item.currentIndexChanged.connect(self._item_changed)
        self.to_team.toggled.connect(self._borrower_changed)
        self.to_council.toggled.connect(self._borrower_changed)
        (self.to_team if dispatches else self.to_council).setChecked(True)
        self.to_team.setEnabled(bool(dispatches))
        self._item_changed()
        self.quantity.setFocus()

    def current_item(self) -> StockRow | None:
        index = self.item.currentIndex()
        return self.items[index] if 0 <= index < len(self.items) else None

    def _item_changed(self) -> None:
        row = self.current_item()
        available = row.available if row else 0
        # The spin box lets the desk type more than is there: the service refuses it with the reason.
        self.quantity.setRange(1, max(1, row.owned if row else 1))
        self.quantity.setValue(min(max(1, self.quantity.value()), max(1, available)))
        if row is not None and available == 0:
            self.hint.setText(self.tr("{name}: none left to lend.").format(name=row.name))
        elif not self.to_team.isEnabled():
            self.hint.setText(self.tr("No team is out on site now; teams get tools at the dispatch desk as they leave."))
        else:
            self.hint.clear()

    def _borrower_changed(self) -> None:
        self.team.setEnabled(self.to_team.isChecked())
        self.council.setEnabled(self.to_council.isChecked())

    def request(self) -> dict:
        """Keyword arguments for loans.lend (without the workspace)."""
        row = self.current_item()
        return {
            "equipment_id": row.id if row else None,
            "quantity": self.quantity.value(),
            "dispatch_id": self.team.currentData() if self.to_team.isChecked() else None,
            "borrower_council": self.council.currentData() if self.to_council.isChecked() else "",
            "notes": self.notes.text(),
        }


class ReturnDialog(QDialog):
    def __init__(self, parent: QWidget | None, loan: LoanRow) -> None:
        super().__init__(parent)
        self.loan = loan
        self.setWindowTitle(self.tr("Return equipment"))
        intro = QLabel(self.tr("{name}: {count} {unit} still out with {borrower}.").format(
            name=loan.name, count=loan.outstanding, unit=loan.unit, borrower=loan.borrower), self)
        intro.setWordWrap(True)
        self.counts = ReturnCounts(self, loan.outstanding, consumable=loan.consumable)
        self.undamaged, self.damaged, self.lost = self.counts.boxes()
        self.notes = QLineEdit(self)
        self.summary = QLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("&Returned undamaged"), self.undamaged)
        form.addRow(self.tr("Returned &damaged"), self.damaged)
        form.addRow(self.tr("&Lost"), self.lost)
        form.addRow(self.tr("No&tes"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.counts.changed.connect(self._update_summary)
        self._update_summary()
        self.setMinimumWidth(420)
        self.undamaged.setFocus()
        self.undamaged.selectAll()

    def _update_summary(self) -> None:
        left = self.counts.left()
        if self.loan.consumable:
            text = self.tr("Not brought back, counted as used up: {count} {unit}").format(count=max(left, 0), unit=self.loan.unit)
        elif left > 0:
            text = self.tr("{count} {unit} stay out on this loan.").format(count=left, unit=self.loan.unit)
        else:
            text = self.tr("The loan is settled.") if left == 0 else ""
        self.summary.setText(text)

    def request(self) -> dict:
        """Keyword arguments for loans.return_loan (without the workspace)."""
        return {"loan_id": self.loan.id, "returned": self.counts.returned(), "lost": self.lost.value(),
                "damaged": self.damaged.value(), "notes": self.notes.text()}
