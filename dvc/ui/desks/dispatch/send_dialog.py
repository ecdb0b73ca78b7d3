"""送り出し: the tools a confirmed team takes and the time it is expected back.

One number box per item, in Tab order; what the stock cannot give is said
under the list at once, in the equipment rules' own words, and the service
refuses it again on save.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, time

from PySide6.QtCore import QTime, Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QLabel, QLineEdit, QScrollArea, QTimeEdit, QVBoxLayout,
    QWidget,
)

from dvc.domain import equipment_rules as rules
from dvc.domain.messages import UserError
from dvc.domain.timeutil import TOKYO, to_local
from dvc.i18n import translate
from dvc.services.dispatch.send_off import LoanRequest
from dvc.services.equipment.stock import StockRow
from dvc.ui.formatting import short
from dvc.ui.models.teams import DeskTeam
from dvc.ui.operations import run_operation
from dvc.ui.widgets.elided_label import ElidedLabel
from dvc.ui.widgets.number_box import NumberBox
from dvc.ui.widgets.scan_guard import ScanGuard

VISIBLE_ROWS = 8  # more items scroll: the dialog fits a 768-pixel screen
HEADER_STYLE = "QLabel { font-weight: bold; }"
WARNING_STYLE = "QLabel { color: #b00020; }"


class SendOffDialog(QDialog):
    def __init__(self, parent: QWidget | None, team: DeskTeam, items: Sequence[StockRow], expected_back: datetime,
                 submit: Callable[..., object]) -> None:
        super().__init__(parent)
        self.submit = submit
        self.dispatch_id = None
        self.items = list(items)
        self.departure_day = to_local(expected_back).date()
        self.setWindowTitle(self.tr("Send off team {team}").format(team=team.code))
        intro = QLabel("\n".join((
            self.tr("{team}: need {need} ({place})").format(team=team.code, need=team.need_code, place=team.place),
            self.tr("Leader {leader}, {members} people").format(leader=short(team.leader_name) or self.tr("none"),
                                                                members=team.members))), self)
        intro.setStyleSheet(HEADER_STYLE)
        intro.setWordWrap(True)  # a long address wraps instead of running off the dialog's edge

        self.quantities: list[NumberBox] = []
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        for column, title in enumerate((self.tr("Item"), self.tr("Available"), self.tr("Lend"))):
            header = QLabel(title, self)
            header.setStyleSheet(HEADER_STYLE)
            grid.addWidget(header, 0, column)
        for row, item in enumerate(self.items, start=1):
            self._add_row(grid, row, item)
        grid.setRowStretch(len(self.items) + 1, 1)
        holder = QWidget(self)
        holder.setLayout(grid)
        self.item_list = QScrollArea(self)
        self.item_list.setWidget(holder)
        self.item_list.setWidgetResizable(True)
        self.item_list.setMinimumHeight(min(len(self.items) + 1, VISIBLE_ROWS) * (self.fontMetrics().height() + 14))

        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(WARNING_STYLE)
        self.back_at = QTimeEdit(self)
        self.back_at.setDisplayFormat("HH:mm")
        local = to_local(expected_back)
        self.back_at.setTime(QTime(local.hour, local.minute))
        self.transport = QLineEdit(self)
        self.transport.setPlaceholderText(self.tr("e.g. on foot, center car, bus"))
        self.notes = QLineEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("Expected &back at"), self.back_at)
        form.addRow(self.tr("&Transport"), self.transport)
        form.addRow(self.tr("No&tes"), self.notes)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Send off and print the sheet"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        table_label = QLabel(self.tr("&Equipment to lend (Tab to the next item):"), self)
        if self.quantities:
            table_label.setBuddy(self.quantities[0])
        layout.addWidget(table_label)
        layout.addWidget(self.item_list, 1)
        layout.addWidget(self.problems)
        layout.addLayout(form)
        self.scan_guard = ScanGuard(self)  # the next team's sheet scanned now is not this team's data
        layout.addWidget(self.scan_guard.notice)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._check()
        (self.quantities[0] if self.quantities else self.back_at).setFocus()

    def _add_row(self, grid: QGridLayout, row: int, item: StockRow) -> None:
        name = ElidedLabel(self, text=item.name + (self.tr(" (consumable)") if item.consumable else ""))
        available = QLabel(f"{item.available:,} {item.unit}", self)
        available.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if item.available == 0:
            available.setStyleSheet(WARNING_STYLE)
        box = NumberBox(self)
        # Up to the rules' limit, not to what is there: the desk sees the refusal in words, not a stuck key.
        box.setRange(0, rules.MAX_QUANTITY)
        box.setGroupSeparatorShown(True)
        box.setSuffix(" " + item.unit)
        box.setAccessibleName(item.name)
        box.valueChanged.connect(self._check)
        name.setBuddy(box)
        grid.addWidget(name, row, 0)
        grid.addWidget(available, row, 1)
        grid.addWidget(box, row, 2)
        self.quantities.append(box)

    def quantity(self, row: int) -> int:
        return self.quantities[row].value()

    def set_quantity(self, row: int, value: int) -> None:
        self.quantities[row].setValue(value)

    def _check(self) -> None:
        """Say what the stock cannot give (blocking) and what will run low (a warning only)."""
        refusals, warnings = [], []
        for row, item in enumerate(self.items):
            wanted = self.quantity(row)
            if wanted <= 0:
                continue
            try:
                rules.check_lend(name=item.name, unit=item.unit, quantity=wanted, available_now=item.available)
            except UserError as error:
                refusals.append(error.message(translate))
                continue
            left = item.available - wanted
            warning = rules.shortage(left, item.minimum_stock)
            if warning is not None:
                warnings.append(UserError(rules.WARNING_TEXT[warning], name=item.name, available=left,
                                          unit=item.unit, minimum=item.minimum_stock).message(translate))
        self.problems.setText("\n".join(refusals + warnings))
        self.problems.setVisible(bool(refusals or warnings))
        self.ok_button.setEnabled(not refusals)

    def loans(self) -> list[LoanRequest]:
        return [LoanRequest(equipment_id=item.id, quantity=self.quantity(row))
                for row, item in enumerate(self.items) if self.quantity(row) > 0]

    def expected_back_at(self) -> datetime:
        chosen = self.back_at.time()
        return datetime.combine(self.departure_day, time(chosen.hour(), chosen.minute()), tzinfo=TOKYO)

    def request(self) -> dict:
        """Keyword arguments for dispatch.dispatch_team (without the workspace and the team)."""
        return {"expected_back_at": self.expected_back_at(), "loans": self.loans(),
                "transport": self.transport.text().strip(), "notes": self.notes.text().strip()}

    def accept(self) -> None:
        saved = run_operation(self, lambda: self.submit(**self.request()))
        if saved is not None:
            self.dispatch_id = saved
            super().accept()
