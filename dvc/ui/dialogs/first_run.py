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
from dvc.ui.dialogs.passphrase import unlocking
from dvc.services.core.workspace import Workspace
from dvc.ui.widgets.number_box import NumberBox

OTHER = ""  # the combo's data for "another council"
CREATE, DRILL, JOINED = "create", "drill", "joined"


class FirstRunDialog(QDialog):
    """On OK the database is created here (a refusal keeps the dialog open to fix the field).

    Afterwards ``choice`` is CREATE or JOINED (a center's hub made it) with ``workspace`` open, or DRILL.
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
        self.operator_error = QLabel(self)
        self.operator_error.setObjectName("operatorError")
        self.operator_error.setWordWrap(True)
        self.operator_error.setStyleSheet("QLabel { color: #b00020; }")
        self.form.addRow("", self.operator_error)
        self.form.setRowVisible(self.operator_error, False)  # the row takes no room until it has something to say
        device_hint = QLabel(self.tr("Give each laptop of the council its own number: it is part of every code it prints."), self)
        device_hint.setWordWrap(True)
        device_hint.setStyleSheet("color: #555;")

        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        self.drill_button = QPushButton(self.tr("Open the drill instead"), self)
        self.buttons.addButton(self.drill_button, QDialogButtonBox.ButtonRole.ActionRole)
        # A laptop for a center that already runs: its council and records come from the center's hub.
        self.join_button = QPushButton(self.tr("&Join a center hub…"), self)
        self.join_button.setObjectName("joinCenter")
        self.buttons.addButton(self.join_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.drill_button.clicked.connect(self.choose_drill)
        self.join_button.clicked.connect(self.join_center)

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

    def join_center(self) -> None:
        from dvc.ui.dialogs.join_center import JoinDialog

        dialog = JoinDialog(db_path=self.db_path, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.workspace is None:
            return
        self.workspace = dialog.workspace  # nobody signed in yet: the staff list came from the hub
        self.choice = JOINED
        super().accept()

    def accept(self) -> None:
        code = self.council.currentData()
        other = code == OTHER
        operator = self.operator.text().strip()
        if not operator:
            # Without a first staff member nobody could sign in to the new database (an empty sign-in list),
            # so an Enter on the empty form creates nothing and says what is missing.
            self.operator_error.setText(self.tr(
                "Enter your name first: you become the center head, the first staff member who can sign in."))
            self.form.setRowVisible(self.operator_error, True)
            self.operator.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.form.setRowVisible(self.operator_error, False)

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

        workspace = unlocking(self, self.db_path, create)
        if workspace is None:
            return
        workspace.operator = operator
        workspace.operator_role = Role.CENTER_HEAD  # create_database made this first staff member the center head
        self.workspace = workspace
        self.choice = CREATE
        super().accept()
