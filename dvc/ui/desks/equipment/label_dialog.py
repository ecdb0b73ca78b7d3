"""Choosing which QR labels to print: how many per item, small tool labels or big bin signs."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from dvc.services.equipment import labels as equipment_labels
from dvc.services.equipment.stock import StockRow
from dvc.ui.operations import run_operation
from dvc.ui.widgets.number_box import NumberBox
from dvc.ui.widgets.print_preview import show_pdf_preview, temporary_pdf

SHEET_CELLS = 24  # the small labels' sheet (forms/equipment_labels.toml)


class LabelDialog(QDialog):
    def __init__(self, parent: QWidget | None, ws, items: Sequence[StockRow], selected: uuid.UUID | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.ws = ws
        self.items = list(items)
        self.setWindowTitle(self.tr("Print equipment labels"))
        self.table = QTableWidget(len(self.items), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Labels")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.copies: list[NumberBox] = []
        for index, row in enumerate(self.items):
            name = QTableWidgetItem(f"{row.name}（{row.code}）")
            self.table.setItem(index, 0, name)
            box = NumberBox(self.table)
            box.setRange(0, equipment_labels.MAX_LABELS)
            box.setValue(1 if row.id == selected else 0)
            self.table.setCellWidget(index, 1, box)
            self.copies.append(box)
        self.bins = QCheckBox(self.tr("Big labels for bins and shelves (4 to a sheet)"), self)
        self.skip = NumberBox(self)
        self.skip.setRange(0, SHEET_CELLS - 1)
        self.skip.setToolTip(self.tr("Labels already used on the first sheet, counted from the top left"))
        one_each = QPushButton(self.tr("One of each"), self)
        one_each.clicked.connect(lambda: [box.setValue(1) for box in self.copies])
        form = QFormLayout()
        form.addRow("", self.bins)
        form.addRow(self.tr("&Skip used labels on the first sheet"), self.skip)
        self.bins.toggled.connect(lambda on: self.skip.setEnabled(not on))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Preview and print…"))
        buttons.accepted.connect(self.preview)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("How many labels for each item?"), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(one_each)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 560)

    def chosen(self) -> list[tuple[uuid.UUID, int]]:
        return [(row.id, box.value()) for row, box in zip(self.items, self.copies) if box.value()]

    def make_pdf(self, path: Path) -> Path | None:
        bins = self.bins.isChecked()
        done = run_operation(self, lambda: equipment_labels.print_labels(
            self.ws, copies=self.chosen(), out=path, bins=bins, skip=0 if bins else self.skip.value()))
        return path if done else None

    def preview(self) -> None:
        with temporary_pdf(self.ws, "equipment_labels.pdf") as path:
            if self.make_pdf(path) is not None:
                show_pdf_preview(self, path, self.tr("Equipment labels"), personal=False)
                self.accept()
