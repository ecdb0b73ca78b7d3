"""Adding an item to the equipment list, or correcting one after a stocktaking."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from dvc.domain.equipment_rules import MAX_QUANTITY
from dvc.services.equipment.items import ItemDraft
from dvc.ui.widgets.number_box import NumberBox


def _count_box(parent: QWidget) -> NumberBox:
    box = NumberBox(parent)
    box.setRange(0, MAX_QUANTITY)
    box.setGroupSeparatorShown(True)
    return box


class ItemDialog(QDialog):
    """The fields of one item; ``draft()`` is what was typed (the service checks it)."""

    def __init__(self, parent: QWidget | None = None, draft: ItemDraft | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Equipment item") if draft else self.tr("New equipment item"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. スコップ（角）"))
        self.unit = QLineEdit(self)
        self.unit.setPlaceholderText(self.tr("本, 台, 枚, 個…"))
        self.owned, self.lost, self.damaged, self.minimum = (_count_box(self) for _ in range(4))
        self.consumable = QCheckBox(self.tr("Consumable (what is not brought back was used up)"), self)
        self.lendable = QCheckBox(self.tr("May be lent to other councils of the block"), self)
        self.notes = QLineEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Unit"), self.unit)
        form.addRow(self.tr("&Owned (all pieces, lost and damaged included)"), self.owned)
        form.addRow(self.tr("&Lost"), self.lost)
        form.addRow(self.tr("&Damaged"), self.damaged)
        form.addRow(self.tr("&Minimum stock (warn below)"), self.minimum)
        form.addRow("", self.consumable)
        form.addRow("", self.lendable)
        form.addRow(self.tr("No&tes"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if draft is not None:
            self.name.setText(draft.name)
            self.unit.setText(draft.unit)
            self.owned.setValue(draft.owned)
            self.lost.setValue(draft.lost)
            self.damaged.setValue(draft.damaged)
            self.minimum.setValue(draft.minimum_stock)
            self.consumable.setChecked(draft.consumable)
            self.lendable.setChecked(draft.lendable_to_block)
            self.notes.setText(draft.notes)
        else:
            self.unit.setText("個")
        self.name.setFocus()

    def draft(self) -> ItemDraft:
        return ItemDraft(
            name=self.name.text(), unit=self.unit.text(), owned=self.owned.value(), lost=self.lost.value(),
            damaged=self.damaged.value(), minimum_stock=self.minimum.value(), consumable=self.consumable.isChecked(),
            lendable_to_block=self.lendable.isChecked(), notes=self.notes.text(),
        )
