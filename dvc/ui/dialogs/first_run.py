"""First start without a database: choose the council and this laptop, or open the drill."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from dvc.domain.codes import MAX_DEVICE_NO
from dvc.domain.councils import KNOWN_COUNCILS
from dvc.domain.vocab import Role
from dvc.services.core.setup import create_database
from dvc.services.core.workspace import Workspace
from dvc.ui.operations import run_operation
from dvc.ui.widgets.number_box import NumberBox

OTHER = ""  # the combo's data for "another council"
CREATE, DRILL = "create", "drill"


class FirstRunDialog(QDialog):
    """On OK the database is created here (a refusal keeps the dialog open to fix the field).

    Afterwards ``choice`` is CREATE with ``workspace`` open, or DRILL.
    """

    def __init__(self, *, db_path: Path, explicit_path: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.choice = ""
        self.workspace: Workspace | None = None
        self.setWindowTitle(self.tr("Welcome to dvc"))

        heading = QLabel(self.tr("Welcome to dvc"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        if explicit_path:
            intro = self.tr("There is no database in this file yet. Create one for your council here?")
        else:
            intro = self.tr(
                "This is the first start of dvc on this laptop. Choose your council to create its database, "
                "or open the drill database to practise."
            )
        intro_label = QLabel(intro, self)
        intro_label.setWordWrap(True)
        path_label = QLabel(str(db_path), self)
        path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        path_label.setWordWrap(True)

        self.council = QComboBox(self)
        for profile in KNOWN_COUNCILS.values():
            self.council.addItem(profile.name_ja, profile.code)
        self.council.addItem(self.tr("Another council…"), OTHER)
        self.council.currentIndexChanged.connect(self._council_changed)
        self.other_code = QLineEdit(self)
        self.other_code.setPlaceholderText(self.tr("e.g. musashino"))
        self.other_short = QLineEdit(self)
        self.other_short.setMaxLength(2)
        self.other_short.setPlaceholderText(self.tr("two letters, e.g. MS"))
        self.other_name = QLineEdit(self)
        self.other_name.setPlaceholderText(self.tr("e.g. 武蔵野市民社会福祉協議会"))
        self.device = NumberBox(self)
        self.device.setRange(1, MAX_DEVICE_NO)
        self.operator = QLineEdit(self)
        self.operator.setObjectName("operatorName")
        self.operator.setPlaceholderText(self.tr("Your name"))

        self.form = QFormLayout()
        self.form.addRow(self.tr("File:"), path_label)
        self.form.addRow(self.tr("&Council:"), self.council)
        self.form.addRow(self.tr("Council code:"), self.other_code)
        self.form.addRow(self.tr("Short code:"), self.other_short)
        self.form.addRow(self.tr("Council name:"), self.other_name)
        self.form.addRow(self.tr("&Laptop number:"), self.device)
        self.form.addRow(self.tr("&Operator:"), self.operator)
        device_hint = QLabel(self.tr("Give each laptop of the council its own number: it is part of every code it prints."), self)
        device_hint.setWordWrap(True)
        device_hint.setStyleSheet("color: #555;")

        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        self.drill_button = QPushButton(self.tr("Open the drill instead"), self)
        self.buttons.addButton(self.drill_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.drill_button.clicked.connect(self.choose_drill)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro_label)
        layout.addLayout(self.form)
        layout.addWidget(device_hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._council_changed()
        self.operator.setFocus()

    def _council_changed(self) -> None:
        other = self.council.currentData() == OTHER
        for field in (self.other_code, self.other_short, self.other_name):
            self.form.setRowVisible(field, other)
        self.adjustSize()

    def choose_drill(self) -> None:
        self.choice = DRILL
        super().accept()

    def accept(self) -> None:
        code = self.council.currentData()
        other = code == OTHER
        operator = self.operator.text().strip()

        short = name = None
        if other:
            code = self.other_code.text().strip()
            short = self.other_short.text().strip() or None
            name = self.other_name.text().strip() or None

        def create() -> Workspace:
            return create_database(
                self.db_path, council=code, short=short, name=name,
                device_number=self.device.value(), operator_name=operator,
            )

        workspace = run_operation(self, create)
        if workspace is None:
            return
        workspace.operator = operator
        # create_database made this first staff member the center head.
        workspace.operator_role = Role.CENTER_HEAD if operator else ""
        self.workspace = workspace
        self.choice = CREATE
        super().accept()
