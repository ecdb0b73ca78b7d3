"""Signing in at a desk: choose your name (type to find it), a PIN if the council uses them.

Keyboard first: type a few letters of the name, Down/Up to choose, Enter.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QVBoxLayout, QWidget,
)

from dvc.domain.vocab import Role
from dvc.services.staff import operators
from dvc.services.core.workspace import Workspace
from dvc.ui import labels
from dvc.ui.operations import run_operation


class SignInDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None, *, notice: str = "",
                 allow_new: bool = True) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Sign in"))
        self.signed_in: operators.OperatorRow | None = None
        # Someone given a PIN must be able to type it even where the council does not require PINs.
        self.pin_needed = operators.pin_required(ws) or any(row.has_pin for row in operators.list_operators(ws))

        intro = QLabel(self.tr("Who is working at this desk? Your name goes on every change you make."), self)
        intro.setWordWrap(True)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Type to find your name"))
        self.filter.textChanged.connect(self.apply_filter)
        self.names = QListWidget(self)
        self.names.itemActivated.connect(lambda _item: self.accept())
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.pin.setVisible(self.pin_needed)
        self.add_button = QPushButton(self.tr("&New staff member…"), self)
        self.add_button.clicked.connect(self.show_new_form)
        # Unlocking a locked screen is signing in as someone on the list: adding oneself there would get round a PIN.
        self.add_button.setVisible(allow_new)

        self.new_name = QLineEdit(self)
        self.new_name.setObjectName("newOperatorName")
        self.new_role = QComboBox(self)
        for role in (Role.STAFF, Role.DESK_LEAD, Role.CENTER_HEAD):
            self.new_role.addItem(labels.role(role), role)
        self.new_pin = QLineEdit(self)
        self.new_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_form = QWidget(self)
        form = QFormLayout(self.new_form)
        form.addRow(self.tr("Na&me:"), self.new_name)
        form.addRow(self.tr("&Role:"), self.new_role)
        form.addRow(self.tr("P&IN:"), self.new_pin)
        self.new_form.setVisible(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.notice = QLabel(notice, self)  # e.g. a scan that came while the screen was locked
        self.notice.setObjectName("signInNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("QLabel { background: #fff4d6; color: #5a3c00; padding: 6px; }")
        self.notice.setVisible(bool(notice))
        layout.addWidget(self.notice)
        for widget in (intro, self.filter, self.names, self.pin, self.add_button, self.new_form, buttons):
            layout.addWidget(widget)
        self.filter.installEventFilter(self)
        self.load()
        (self.filter if self.new_form.isHidden() else self.new_name).setFocus()
        self.resize(420, 460)

    def load(self) -> None:
        self.names.clear()
        for row in operators.list_operators(self.ws):
            item = QListWidgetItem(f"{row.name}　（{labels.role(row.role)}）", self.names)
            item.setData(Qt.ItemDataRole.UserRole, row)
        self.apply_filter(self.filter.text())
        if not self.names.count() and not self.add_button.isHidden():
            # A database made without a staff member (`dvc init` with no --operator): the only way in is to add one.
            self.show_new_form()

    def apply_filter(self, text: str) -> None:
        text = text.strip()
        first = None
        for i in range(self.names.count()):
            item = self.names.item(i)
            row = item.data(Qt.ItemDataRole.UserRole)
            hidden = bool(text) and text not in row.name and text not in row.kana
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        if first is not None:
            self.names.setCurrentItem(first)

    def eventFilter(self, watched, event):  # noqa: ANN001, N802
        # Down/Up in the filter field move through the names: no mouse needed.
        if watched is self.filter and event.type() == event.Type.KeyPress and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            rows = [i for i in range(self.names.count()) if not self.names.item(i).isHidden()]
            if rows:
                current = self.names.currentRow()
                position = rows.index(current) + step if current in rows else 0
                self.names.setCurrentRow(rows[max(0, min(position, len(rows) - 1))])
            return True
        return super().eventFilter(watched, event)

    def show_new_form(self) -> None:
        self.new_form.setVisible(True)
        self.new_pin.setVisible(True)
        self.new_name.setFocus()

    def accept(self) -> None:
        if self.new_form.isVisible() and self.new_name.text().strip():
            added = run_operation(self, lambda: operators.add_operator(
                self.ws, name=self.new_name.text(), role=self.new_role.currentData(), pin=self.new_pin.text() or None))
            if added is None:
                return
            chosen, pin = added, self.new_pin.text()
        else:
            item = self.names.currentItem()
            if item is None or item.isHidden():
                return
            chosen, pin = item.data(Qt.ItemDataRole.UserRole), self.pin.text()
            if not pin and self.pin.isVisible() and (chosen.has_pin or operators.pin_required(self.ws)):
                # Enter on the name goes on to the PIN instead of refusing an empty one.
                self.pin.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        signed = run_operation(self, lambda: operators.sign_in(self.ws, operator_id=chosen.id, pin=pin or None))
        if signed is None:
            self.pin.clear()
            return
        self.signed_in = signed
        super().accept()
