"""Settings (設定): this user's display language, and the center's settings, which only a center head changes.

The center's part: the phone printed on the sheets (the 送り出し票's emergency
box stayed empty while it could only be set on the command line), whether
staff sign in with a PIN, the day's check-in limit, and this laptop's screen
lock. Everyone sees the values; the rules are the services' (center_settings).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from dvc import i18n
from dvc.services.core import preferences
from dvc.services.core.workspace import Workspace
from dvc.services.head_office import center_settings
from dvc.services.head_office.center_settings import CenterSettings
from dvc.services.reception.checkin import MAX_CAPACITY
from dvc.services.staff import screen_lock
from dvc.ui.operations import run_operation
from dvc.ui.widgets.number_box import NumberBox

# Each language is named in itself, so someone who cannot read the current one finds theirs.
LANGUAGE_NAMES = {"ja": "日本語", "en": "English"}
NOTE_STYLE = "color: #555;"


def _note(parent: QWidget, text: str) -> QLabel:
    note = QLabel(text, parent)
    note.setWordWrap(True)
    note.setStyleSheet(NOTE_STYLE)
    return note


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, ws: Workspace | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.saved: CenterSettings | None = None  # what the center head saved, if anything changed
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox(self)
        self.language.setObjectName("languageChoice")
        for code in preferences.LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(self.language.findData(i18n.language()))
        display = QGroupBox(self.tr("Screens"), self)
        display_form = QFormLayout(display)
        display_form.addRow(self.tr("&Language:"), self.language)
        display_form.addRow(_note(display, self.tr("A new language applies the next time dvc starts.")))
        layout = QVBoxLayout(self)
        layout.addWidget(display)
        self.lock_minutes: QComboBox | None = None
        self.center: QGroupBox | None = None
        if ws is not None:
            layout.addWidget(self._center_box(ws))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _center_box(self, ws: Workspace) -> QGroupBox:
        current = center_settings.read_settings(ws)
        self.center = QGroupBox(self.tr("The center (center head only)"), self)
        form = QFormLayout(self.center)
        self.center_phone = QLineEdit(current.center_phone, self.center)
        self.center_phone.setObjectName("centerPhone")
        self.center_phone.setPlaceholderText(self.tr("e.g. 042-381-1234"))
        form.addRow(self.tr("Center &phone:"), self.center_phone)
        form.addRow("", _note(self.center, self.tr(
            "Printed on need sheets, the requester's notice and the dispatch sheet's emergency box.")))
        self.daily_capacity = NumberBox(self.center)
        self.daily_capacity.setObjectName("dailyCapacity")
        self.daily_capacity.setRange(0, MAX_CAPACITY)
        self.daily_capacity.setSingleStep(50)
        self.daily_capacity.setSpecialValueText(self.tr("No limit"))
        self.daily_capacity.setValue(current.daily_capacity)
        form.addRow(self.tr("&Daily check-in limit:"), self.daily_capacity)
        form.addRow("", _note(self.center, self.tr(
            "Past this many check-ins in a day, reception asks before checking anyone else in.")))
        self.pin_required = QCheckBox(self.tr("Staff sign in with a PIN (&required)"), self.center)
        self.pin_required.setObjectName("pinRequired")
        self.pin_required.setChecked(current.pin_required)
        form.addRow("", self.pin_required)
        self.lock_minutes = QComboBox(self.center)
        self.lock_minutes.setObjectName("lockMinutes")
        for minutes in sorted(set(screen_lock.CHOICES) | {current.lock_minutes}):
            text = self.tr("{n} minutes without use").format(n=minutes) if minutes else self.tr("Never")
            self.lock_minutes.addItem(text, minutes)
        self.lock_minutes.setCurrentIndex(self.lock_minutes.findData(current.lock_minutes))
        form.addRow(self.tr("Lock the &screen after:"), self.lock_minutes)
        form.addRow("", _note(self.center, self.tr(
            "The lock is this laptop's only. Unlocking is signing in again. Never: for a laptop that only shows "
            "the dashboard.")))
        head = center_settings.may_change(ws)
        if not head:
            form.addRow(_note(self.center, self.tr("Only the center head can change these; sign in as the center "
                                                   "head to change them.")))
            for widget in (self.center_phone, self.daily_capacity, self.pin_required, self.lock_minutes):
                widget.setEnabled(False)
        self._current = current
        return self.center

    def chosen_language(self) -> str:
        return self.language.currentData()

    def chosen_settings(self) -> CenterSettings:
        return CenterSettings(center_phone=self.center_phone.text(), pin_required=self.pin_required.isChecked(),
                              daily_capacity=self.daily_capacity.value(), lock_minutes=self.lock_minutes.currentData())

    def accept(self) -> None:
        if self.center is not None and self.center_phone.isEnabled():
            wanted = self.chosen_settings()
            if wanted != self._current:
                saved = run_operation(self, lambda: center_settings.save_settings(self.ws, wanted=wanted))
                if saved is None:
                    return  # the message said what to change; the values stay as typed
                self.saved = saved
        preferences.save(language=self.chosen_language())
        super().accept()
