"""The equipment desk's screen (資機材): the stock, what is out on loan, lending, returns, labels.

A label scanned into the field at the top (or a typed E- code) selects the
item and lists its loans, so the desk can lend or take back at once.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from dvc.domain.equipment_rules import OUT_OF_STOCK
from dvc.i18n import translate
from dvc.services.apart import model as apart
from dvc.services.equipment import apart_stock
from dvc.services.equipment import items as equipment_items
from dvc.services.equipment import loans
from dvc.services.equipment import stock
from dvc.services.core.workspace import Workspace
from dvc.ui import events
from dvc.ui.desks.base import DeskPage
from dvc.ui.desks.equipment.item_dialog import ItemDialog
from dvc.ui.desks.equipment.label_dialog import LabelDialog
from dvc.ui.desks.equipment.loan_dialogs import LendDialog, ReturnDialog
from dvc.ui.events import EventBus
from dvc.ui.models.loans import LoanTableModel
from dvc.ui.models.paged import ROW_ROLE
from dvc.ui.models.stock import StockTableModel
from dvc.ui.operations import run_operation
from dvc.ui.widgets.list_view import ListOrEmpty
from dvc.ui.widgets.elided_label import ElidedLabel
from dvc.ui.widgets.scan_row import FOUND, ScanRow

M, L = StockTableModel, LoanTableModel
COLUMN_CHARS = {M.COL_NAME: 12, M.COL_UNIT: 6, M.COL_OWNED: 4, M.COL_OUT: 4, M.COL_LOST: 4, M.COL_DAMAGED: 4,
                M.COL_AVAILABLE: 4, M.COL_CODE: 8}
LOAN_CHARS = {L.COL_ITEM: 9, L.COL_BORROWER: 11, L.COL_PLACE: 11, L.COL_OUT: 3, L.COL_RETURNED: 3, L.COL_LOST: 3,
              L.COL_DAMAGED: 3, L.COL_STILL_OUT: 4, L.COL_LENT_AT: 7}
WARNING_STYLE = "QLabel { background: #fde2e1; color: #8a1c13; border: 1px solid #e5a29b; padding: 6px; font-weight: bold; }"


class EquipmentPage(DeskPage):
    topics = frozenset({events.EQUIPMENT, events.TEAMS})

    def __init__(self, ws: Workspace, bus: EventBus, parent: QWidget | None = None) -> None:
        super().__init__(ws, bus, parent)
        self.rows: list[stock.StockRow] = []
        self.add_heading(self.tr("Equipment"), self.tr("Scan a label or type an E- code, then press Enter."))
        self.add_apart_notice(apart.EQUIPMENT, self.tr("Equipment"), apart_stock.decide)
        self.scan_row = ScanRow(self, name="equipmentScan", placeholder=self.tr("Equipment label or code"),
                                button_text=self.tr("Find"), on_enter=self.scan, on_down=self.focus_list,
                                with_answer=True)
        self.scan_field, self.scan_answer = self.scan_row.field, self.scan_row.answer
        self.body.addWidget(self.scan_row)
        self.warning = QLabel(self)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setWordWrap(True)
        self.body.addWidget(self.warning)
        self._build_buttons()
        self.summary = QLabel(self)
        self.body.addWidget(self.summary)
        self._build_lists()

    def _button(self, text: str, slot) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text, self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a scanner's Enter stays in the field
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def _build_buttons(self) -> None:
        self.buttons = QHBoxLayout()
        self.lend_button = self._button(self.tr("&Lend…"), self.lend)
        self.return_button = self._button(self.tr("&Return…"), self.take_back)
        self.buttons.addSpacing(16)
        self.add_button = self._button(self.tr("&Add item…"), self.add_item)
        self.edit_button = self._button(self.tr("&Edit item…"), self.edit_item)
        self.remove_button = self._button(self.tr("Remove item"), self.remove_item)
        self.standard_button = self._button(self.tr("Add the usual tools"), self.add_standard)
        self.buttons.addStretch(1)
        self.labels_button = self._button(self.tr("&Print labels…"), self.print_labels)
        self.body.addLayout(self.buttons)

    def _build_lists(self) -> None:
        self.model = StockTableModel(self)
        self.list = ListOrEmpty(self.model, self)
        self.list.set_column_widths(COLUMN_CHARS, stretch=M.COL_NAME)
        self.list.view.selectionModel().currentRowChanged.connect(lambda *_: self._refresh_loans())
        self.list.view.activated.connect(lambda _index: self.edit_item())
        self.loan_model = LoanTableModel(self)
        self.loan_list = ListOrEmpty(self.loan_model, self)
        self.loan_list.set_column_widths(LOAN_CHARS, stretch=L.COL_BORROWER)
        self.loan_list.view.activated.connect(lambda _index: self.take_back())
        self.only_selected = QCheckBox(self.tr("Only the selected item"), self)
        self.only_selected.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.only_selected.toggled.connect(self._refresh_loans)
        self.loans_title = ElidedLabel(self)
        loans_box = QWidget(self)
        column = QVBoxLayout(loans_box)
        column.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.loans_title)
        head.addStretch(1)
        head.addWidget(self.only_selected)
        column.addLayout(head)
        column.addWidget(self.loan_list, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(loans_box)
        splitter.setSizes([330, 220])
        self.body.addWidget(splitter, 1)

    def focus_target(self) -> QWidget:
        return self.scan_field

    def focus_list(self) -> None:
        """Down from the scan field walks into the stock list, keyboard only."""
        view = self.list.view
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not view.currentIndex().isValid() and self.model.rowCount():
            view.selectRow(0)

    # Reading.

    def selected_item(self) -> stock.StockRow | None:
        index = self.list.view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def selected_loan(self) -> loans.LoanRow | None:
        index = self.loan_list.view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def refresh(self) -> None:
        current = self.selected_item()
        self.rows = stock.stock_rows(self.ws)
        self.model.set_rows(self.rows)
        self.list.show_rows(bool(self.rows), self.tr("No equipment is registered yet.\n"
                                                     "Add items one by one, or start from the usual tools."))
        self.standard_button.setVisible(not self.rows)
        if current is not None:
            self.select_item(current.id)
        out = [r for r in self.rows if r.shortage == OUT_OF_STOCK]
        low = [r for r in self.rows if r.shortage and r.shortage != OUT_OF_STOCK]
        parts = []
        if out:
            parts.append(self.tr("Out of stock: {items}").format(items="、".join(r.name for r in out)))
        if low:
            parts.append(self.tr("Running low: {items}").format(
                items="、".join(f"{r.name} {r.available:,}{r.unit}" for r in low)))
        self.warning.setText("　／　".join(parts))
        self.warning.setVisible(bool(parts))
        self.summary.setText(self.tr("{items} items; {out} pieces out on loan").format(
            items=len(self.rows), out=f"{sum(r.out for r in self.rows):,}"))
        self._refresh_loans()

    def _refresh_loans(self) -> None:
        item = self.selected_item() if self.only_selected.isChecked() else None
        rows = loans.open_loans(self.ws, equipment_id=item.id if item else None)
        self.loan_model.set_rows(rows)
        if item is not None:
            self.loans_title.setText(self.tr("Out on loan: {name}").format(name=item.name))
        else:
            self.loans_title.setText(self.tr("Out on loan"))
        self.loan_list.show_rows(bool(rows), self.tr("Nothing is out on loan."))

    def select_item(self, equipment_id: uuid.UUID) -> bool:
        for number, row in enumerate(self.rows):
            if row.id == equipment_id:
                self.list.view.selectRow(number)
                return True
        return False

    # Scanning.

    def scan(self) -> None:
        text = self.scan_field.text().strip()
        self.scan_field.clear()
        if not text:
            return
        # Every refusal on the row, a web address or the maker's barcode big, in place of the last item found.
        found = self.scan_row.look_up(lambda: equipment_items.find_item(self.ws, scanned=text), refusals_on_row=True)
        if found is None:
            return
        self.refresh_if_stale()
        self.select_item(found)
        self.only_selected.setChecked(True)
        self._refresh_loans()
        row = self.selected_item()
        self.scan_row.say(self.tr("{name}: {available} {unit} available, {out} out").format(
            name=row.name, available=f"{row.available:,}", unit=row.unit, out=f"{row.out:,}"), tone=FOUND)

    # Acting.

    def _done(self) -> None:
        self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def lend(self) -> None:
        item = self.selected_item()
        if not self.rows:
            self._done()
            return
        dialog = LendDialog(self, self.rows, loans.dispatches_out(self.ws), self.ws.identity.council_code,
                            item.id if item else None)
        if dialog.exec() == LendDialog.DialogCode.Accepted:
            result = run_operation(self, lambda: loans.lend(self.ws, **dialog.request()), bus=self.bus,
                                   announces=[events.EQUIPMENT])
            if result is not None and result.warning:
                QMessageBox.warning(self, self.tr("Stock"), translate("errors", result.warning_source()).format(
                    **result.warning_params()))
        self._done()

    def take_back(self) -> None:
        loan = self.selected_loan()
        if loan is None:
            QMessageBox.information(self, self.tr("Return"), self.tr("Choose the loan being returned in the list below."))
        else:
            dialog = ReturnDialog(self, loan)
            if dialog.exec() == ReturnDialog.DialogCode.Accepted:
                run_operation(self, lambda: loans.return_loan(self.ws, **dialog.request()), bus=self.bus,
                              announces=[events.EQUIPMENT])
        self._done()

    def add_item(self) -> None:
        dialog = ItemDialog(self)
        if dialog.exec() == ItemDialog.DialogCode.Accepted:
            added = run_operation(self, lambda: equipment_items.add_item(self.ws, draft=dialog.draft()), bus=self.bus,
                                  announces=[events.EQUIPMENT])
            if added is not None:
                self.refresh_if_stale()
                self.select_item(added[0])
        self._done()

    def edit_item(self) -> None:
        item = self.selected_item()
        if item is not None:
            dialog = ItemDialog(self, equipment_items.item_draft(self.ws, equipment_id=item.id))
            if dialog.exec() == ItemDialog.DialogCode.Accepted:
                run_operation(self, lambda: equipment_items.update_item(self.ws, equipment_id=item.id,
                                                                        draft=dialog.draft()),
                              bus=self.bus, announces=[events.EQUIPMENT])
        self._done()

    def remove_item(self) -> None:
        item = self.selected_item()
        if item is not None and QMessageBox.question(
                self, self.tr("Remove item"), self.tr("Take {name} off the equipment list?").format(name=item.name),
        ) == QMessageBox.StandardButton.Yes:
            run_operation(self, lambda: equipment_items.remove_item(self.ws, equipment_id=item.id), bus=self.bus,
                          announces=[events.EQUIPMENT])
        self._done()

    def add_standard(self) -> None:
        run_operation(self, lambda: equipment_items.add_standard_items(self.ws), bus=self.bus,
                      announces=[events.EQUIPMENT])
        self._done()

    def print_labels(self) -> None:
        item = self.selected_item()
        if self.rows:
            LabelDialog(self, self.ws, self.rows, item.id if item else None).exec()
        self._done()
