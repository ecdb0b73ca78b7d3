"""Settings: this user's display language, this laptop's screen lock and the recovery sheet (a center head's),
joining a center hub."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from dvc import i18n
from dvc.domain.vocab import Role
from dvc.services.staff import operators
from dvc.services.core import preferences
from dvc.services.staff import screen_lock
from dvc.services.center.links import hub_link
from dvc.services.core.workspace import Workspace
from dvc.ui.center_link import CenterLink
from dvc.ui.dialogs.recovery_sheet import RecoverySheetBox
from dvc.ui.operations import run_operation

# Each language is named in itself, so someone who cannot read the current one finds theirs.
LANGUAGE_NAMES = {"ja": "日本語", "en": "English"}
NOTE_STYLE = "color: #555;"


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, ws: Workspace | None = None,
                 center: CenterLink | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.center = center
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox(self)
        self.language.setObjectName("languageChoice")
        for code in preferences.LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(self.language.findData(i18n.language()))
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        note = QLabel(self.tr("A new language applies the next time dvc starts."), self)
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        self.lock_minutes = None
        if ws is not None:
            self._add_lock_choice(layout, ws)
            self._add_center(layout, ws)
            self.recovery = RecoverySheetBox(ws, self)
            layout.addWidget(self.recovery)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _add_lock_choice(self, layout: QVBoxLayout, ws: Workspace) -> None:
        current = screen_lock.lock_minutes(ws)
        self.lock_minutes = QComboBox(self)
        self.lock_minutes.setObjectName("lockMinutes")
        for minutes in sorted(set(screen_lock.CHOICES) | {current}):
            text = self.tr("{n} minutes without use").format(n=minutes) if minutes else self.tr("Never")
            self.lock_minutes.addItem(text, minutes)
        self.lock_minutes.setCurrentIndex(self.lock_minutes.findData(current))
        head = operators.RANK.get(ws.operator_role, -1) >= operators.RANK[Role.CENTER_HEAD]
        self.lock_minutes.setEnabled(head)
        form = QFormLayout()
        form.addRow(self.tr("Lock the &screen after:"), self.lock_minutes)
        layout.addLayout(form)
        hint = self.tr("This laptop only. Unlocking is signing in again. Never: for a laptop that only shows the "
                       "dashboard.")
        if not head:
            hint += "\n" + self.tr("Only the center head can change this.")
        note = QLabel(hint, self)
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        layout.addWidget(note)

    def _add_center(self, layout: QVBoxLayout, ws: Workspace) -> None:
        self.center_state = QLabel(self)
        self.center_state.setObjectName("centerState")
        self.center_state.setWordWrap(True)
        self.join_button = QPushButton(self.tr("&Join a center hub…"), self)
        self.join_button.setObjectName("joinCenter")
        self.join_button.clicked.connect(self.join_center)
        self.join_button.setEnabled(self.center is not None)
        form = QFormLayout()
        form.addRow(self.tr("Center mode:"), self.center_state)
        form.addRow("", self.join_button)
        layout.addLayout(form)
        self._show_center(ws)

    def _show_center(self, ws: Workspace) -> None:
        link = hub_link(ws)
        if link is None:
            text = self.tr("This laptop works on its own.")
        elif link.local_hub:
            text = self.tr("This laptop is the center hub (head office's hub screen).")
        else:
            text = self.tr("Joined the hub at {address}.").format(address=link.address)
        self.center_state.setText(text)

    def join_center(self) -> None:
        from dvc.ui.dialogs.join_center import JoinDialog

        if JoinDialog(ws=self.ws, center=self.center, parent=self).exec() == QDialog.DialogCode.Accepted:
            self._show_center(self.ws)

    def chosen_language(self) -> str:
        return self.language.currentData()

    def accept(self) -> None:
        if self.lock_minutes is not None and self.lock_minutes.isEnabled():
            minutes = self.lock_minutes.currentData()
            if minutes != screen_lock.lock_minutes(self.ws) and run_operation(
                    self, lambda: screen_lock.set_lock_minutes(self.ws, minutes=minutes)) is None:
                return
        preferences.save(language=self.chosen_language())
        super().accept()
