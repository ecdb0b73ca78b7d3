"""Settings (設定): this user's display language, the center's settings, center mode and the recovery sheet.

The center's part: the phone printed on the sheets (the 送り出し票's emergency
box stayed empty while it could only be set on the command line), whether
staff sign in with a PIN, the day's check-in limit, and this laptop's screen
lock. Everyone sees the values; the rules are the services' (center_values,
staff/permissions). Below them: joining a center hub, and the recovery sheet
(a center head's). The sections scroll, so the dialog fits a 768-pixel screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QFrame, QGridLayout, QGroupBox, QLabel, QLineEdit,
    QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from dvc import i18n
from dvc.services.center.links import hub_link
from dvc.services.core import preferences
from dvc.services.core.workspace import Workspace
from dvc.services.head_office import center_values
from dvc.services.head_office.center_values import CenterSettings
from dvc.services.reception.checkin import MAX_CAPACITY
from dvc.services.staff import screen_lock
from dvc.ui.center_link import CenterLink
from dvc.ui.dialogs.recovery_sheet import RecoverySheetBox
from dvc.ui.operations import run_operation
from dvc.ui.widgets.number_box import NumberBox
from dvc.ui.widgets.screen_fit import fit_to_screen

# Each language is named in itself, so someone who cannot read the current one finds theirs.
LANGUAGE_NAMES = {"ja": "日本語", "en": "English"}
NOTE_STYLE = "color: #555;"
WIDTH, HEIGHT = 640, 900  # 900 is cut to what a 768-pixel screen leaves; the sections scroll
NOTE_CHARS = 24  # a note's least width: narrower, the form kept room for twice its lines (gaps between rows)


def _note(parent: QWidget, text: str) -> QLabel:
    note = QLabel(text, parent)
    note.setWordWrap(True)
    note.setStyleSheet(NOTE_STYLE)
    # A wrapped label tells its form its height at a guessed width; at least this wide, the guess is near the truth.
    note.setMinimumWidth(note.fontMetrics().horizontalAdvance("国" * NOTE_CHARS))
    return note


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, ws: Workspace | None = None,
                 center: CenterLink | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.center = center  # this laptop's link to a center hub, if the window has one
        self.saved: CenterSettings | None = None  # what the center head saved, if anything changed
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox(self)
        self.language.setObjectName("languageChoice")
        for code in preferences.LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(self.language.findData(i18n.language()))
        sections = QWidget(self)
        column = QVBoxLayout(sections)
        display = QGroupBox(self.tr("Screens"), sections)
        display_form = QFormLayout(display)
        display_form.addRow(self.tr("&Language:"), self.language)
        display_form.addRow(_note(display, self.tr("A new language applies the next time dvc starts.")))
        column.addWidget(display)
        self.lock_minutes: QComboBox | None = None
        self.center_box: QGroupBox | None = None
        if ws is not None:
            column.addWidget(self._center_box(ws, sections))
            column.addWidget(self._hub_box(ws, sections))
            self.recovery = RecoverySheetBox(ws, sections)
            column.addWidget(self.recovery)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("settingsSections")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        scroll.setWidget(sections)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(WIDTH)
        if ws is not None:
            fit_to_screen(self, WIDTH, HEIGHT)

    def _center_box(self, ws: Workspace, parent: QWidget) -> QGroupBox:
        current = center_values.read_settings(ws)
        self.center_box = QGroupBox(self.tr("The center (center head only)"), parent)
        # A grid, not a form: a form gave its wrapped notes the height of another width (gaps, a cut last line).
        grid = QGridLayout(self.center_box)
        grid.setColumnStretch(1, 1)

        def add(label: str, field: QWidget, note: str = "") -> None:
            row = grid.rowCount()
            if label:
                title = QLabel(label, self.center_box)
                title.setBuddy(field)
                grid.addWidget(title, row, 0)
            grid.addWidget(field, row, 1)
            if note:
                grid.addWidget(_note(self.center_box, note), row + 1, 1)

        self.center_phone = QLineEdit(current.center_phone, self.center_box)
        self.center_phone.setObjectName("centerPhone")
        self.center_phone.setPlaceholderText(self.tr("e.g. 042-381-1234"))
        add(self.tr("Center &phone:"), self.center_phone,
            self.tr("Printed on need sheets, the requester's notice and the dispatch sheet's emergency box."))
        self.daily_capacity = NumberBox(self.center_box)
        self.daily_capacity.setObjectName("dailyCapacity")
        self.daily_capacity.setRange(0, MAX_CAPACITY)
        self.daily_capacity.setSingleStep(50)
        self.daily_capacity.setSpecialValueText(self.tr("No limit"))
        self.daily_capacity.setValue(current.daily_capacity)
        add(self.tr("&Daily check-in limit:"), self.daily_capacity,
            self.tr("Past this many check-ins in a day, reception asks before checking anyone else in. One limit for "
                    "all the council's laptops."))
        self.pin_required = QCheckBox(self.tr("Staff sign in with a P&IN (required)"), self.center_box)
        self.pin_required.setObjectName("pinRequired")
        self.pin_required.setChecked(current.pin_required)
        add("", self.pin_required)
        self.lock_minutes = QComboBox(self.center_box)
        self.lock_minutes.setObjectName("lockMinutes")
        for minutes in sorted(set(screen_lock.CHOICES) | {current.lock_minutes}):
            text = self.tr("{n} minutes without use").format(n=minutes) if minutes else self.tr("Never")
            self.lock_minutes.addItem(text, minutes)
        self.lock_minutes.setCurrentIndex(self.lock_minutes.findData(current.lock_minutes))
        add(self.tr("Lock the &screen after:"), self.lock_minutes,
            self.tr("The lock is this laptop's only. Unlocking is signing in again. Never: for a laptop that only "
                    "shows the dashboard."))
        if not center_values.may_change(ws):
            grid.addWidget(_note(self.center_box, self.tr("Only the center head can change these; sign in as the "
                                                          "center head to change them.")), grid.rowCount(), 0, 1, 2)
            for widget in (self.center_phone, self.daily_capacity, self.pin_required, self.lock_minutes):
                widget.setEnabled(False)
        self._current = current
        return self.center_box

    def _hub_box(self, ws: Workspace, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Center mode"), parent)
        self.center_state = QLabel(box)
        self.center_state.setObjectName("centerState")
        self.center_state.setWordWrap(True)
        self.join_button = QPushButton(self.tr("&Join a center hub…"), box)
        self.join_button.setObjectName("joinCenter")
        self.join_button.clicked.connect(self.join_center)
        self.join_button.setEnabled(self.center is not None)
        layout = QVBoxLayout(box)
        layout.addWidget(self.center_state)
        layout.addWidget(self.join_button)
        self._show_center(ws)
        return box

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

    def chosen_settings(self) -> CenterSettings:
        return CenterSettings(center_phone=self.center_phone.text(), pin_required=self.pin_required.isChecked(),
                              daily_capacity=self.daily_capacity.value(), lock_minutes=self.lock_minutes.currentData())

    def accept(self) -> None:
        if self.center_box is not None and self.center_phone.isEnabled():
            wanted = self.chosen_settings()
            if wanted != self._current:
                saved = run_operation(self, lambda: center_values.save_settings(self.ws, wanted=wanted))
                if saved is None:
                    return  # the message said what to change; the values stay as typed
                self.saved = saved
        preferences.save(language=self.chosen_language())
        super().accept()
