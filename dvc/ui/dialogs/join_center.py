"""Joining the center's hub: from the first start (a new laptop gets the center's data) or from Settings (a laptop
keeps its data and joins with it).

The hubs announced on the LAN are offered in a list; the address can be typed
where the router keeps laptops from finding each other. A desk's USB scanner
reading the hub screen's QR code types its text into whichever field has the
keyboard: it is recognised there and fills in both the address and the code,
and its Enter joins. Joining and the first exchange wait on the network, so
they run off the GUI thread; the first exchange shows its progress.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from dvc.domain.codes import MAX_DEVICE_NO
from dvc.domain.join_code import format_code, parse_payload
from dvc.domain.messages import UserError
from dvc.i18n import translate
from dvc.services.center import joining
from dvc.services.center.joining import CenterInfo, JoinResult
from dvc.services.center.replicator import Replicator
from dvc.services.core.workspace import Workspace, open_workspace
from dvc.ui.center_link import CenterLink
from dvc.ui.dialogs.first_sync import FirstSyncDialog
from dvc.ui.operations import run_in_background, run_operation

NOTE_STYLE = "color: #555;"
AUTOMATIC = 0  # the laptop number spin box's "the first free one"


@dataclass(frozen=True)
class HubLookup:
    """How the screen finds hubs on the LAN and asks one which center it is (the manual's pictures pass fixed
    answers, so they come out the same on any network)."""

    find: Callable[..., list] = joining.find_hubs
    info: Callable[[str], CenterInfo] = joining.center_info


class JoinDialog(QDialog):
    """``ws`` and ``center``: this laptop joins with its data. ``db_path`` alone: a new laptop, its database made
    from the hub's council; afterwards ``workspace`` is that database, open."""

    def __init__(self, *, ws: Workspace | None = None, center: CenterLink | None = None,
                 db_path: Path | None = None, lookup: HubLookup | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.center, self.db_path = ws, center, db_path
        self.lookup = lookup or HubLookup()
        self.new_laptop = ws is None
        self.workspace: Workspace | None = None
        self.result_: JoinResult | None = None
        self.searching = False
        self.asking = False
        self.setWindowTitle(self.tr("Join the center hub"))

        if self.new_laptop:
            intro = self.tr("This laptop gets its council, its staff list and all the center's records from the hub. "
                            "Type the address and join code shown on the hub screen (総務), or scan its QR code.")
        else:
            intro = self.tr("This laptop keeps its records and shares them with the center; it receives the other "
                            "desks' records. Type the address and join code shown on the hub screen (総務), or scan "
                            "its QR code.")
        intro_label = QLabel(intro, self)
        intro_label.setWordWrap(True)

        self.found = QListWidget(self)
        self.found.setObjectName("foundHubs")
        self.found.setMaximumHeight(90)
        self.found.currentItemChanged.connect(self._hub_chosen)
        self.found_note = QLabel(self)
        self.found_note.setStyleSheet(NOTE_STYLE)
        self.found_note.setWordWrap(True)
        self.search_button = QPushButton(self.tr("Search &again"), self)
        self.search_button.clicked.connect(self.search)
        # The note (up to three lines in Japanese) gets a row of its own: a word-wrapped label beside a button
        # in one row was given the height of two lines and cut off the rest.
        found_row = QHBoxLayout()
        found_row.addWidget(self.found, 1)
        found_row.addWidget(self.search_button, 0, Qt.AlignmentFlag.AlignTop)

        self.address = QLineEdit(self)
        self.address.setObjectName("hubAddress")
        self.address.setPlaceholderText(self.tr("e.g. 192.168.1.20:47810"))
        self.code = QLineEdit(self)
        self.code.setObjectName("joinCode")
        self.code.setPlaceholderText(self.tr("8 digits, e.g. 1234-5678"))
        for field in (self.address, self.code):
            field.textChanged.connect(lambda text, f=field: self._maybe_scanned(f, text))
        self.address.editingFinished.connect(self.check_address)
        self.center_label = QLabel(self)
        self.center_label.setObjectName("hubCenter")
        self.center_label.setWordWrap(True)
        self._checked = ""
        self._show_center_hint()
        self.device = QSpinBox(self)
        self.device.setRange(AUTOMATIC, MAX_DEVICE_NO)
        self.device.setSpecialValueText(self.tr("the first free number"))

        form = QFormLayout()
        form.addRow(self.tr("Hubs found:"), found_row)
        form.addRow("", self.found_note)
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("Center:"), self.center_label)
        form.addRow(self.tr("Join &code:"), self.code)
        if self.new_laptop:
            form.addRow(self.tr("&Laptop number:"), self.device)
        else:
            self.device.hide()  # a laptop with a database keeps its number
        self.scanned_note = QLabel(self)
        self.scanned_note.setObjectName("scannedNote")
        self.scanned_note.setStyleSheet("color: #2e7d32;")
        hint = self.tr("Each laptop of the center has its own number (part of every code it prints)."
                       ) if self.new_laptop else self.tr("This laptop keeps its number, laptop {number}.").format(
            number=ws.identity.device_number)
        hint_label = QLabel(hint, self)
        hint_label.setWordWrap(True)
        hint_label.setStyleSheet(NOTE_STYLE)

        self.buttons = QDialogButtonBox(self)
        self.join_button = self.buttons.addButton(self.tr("&Join"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.join_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addLayout(form)
        layout.addWidget(self.scanned_note)
        layout.addWidget(hint_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        self.address.setFocus()
        self.search()

    # Finding the hub.

    def search(self) -> None:
        """Look for hubs on the LAN for two seconds, off the GUI thread."""
        if self.searching:
            return
        self.searching = True
        self.search_button.setEnabled(False)
        self.found_note.setText(self.tr("Looking for hubs on this network…"))
        council = "" if self.new_laptop else self.ws.identity.council_code
        drill = None if self.new_laptop else self.ws.identity.drill

        def done(hubs: list) -> None:
            self.searching = False
            self.search_button.setEnabled(True)
            self.found.clear()
            for hub in hubs:
                item = QListWidgetItem(f"{hub.name}  {hub.address}" + (self.tr(" (drill)") if hub.drill else ""))
                item.setData(Qt.ItemDataRole.UserRole, hub.address)
                self.found.addItem(item)
            self.found_note.setText(self.tr("Choose the hub, or type its address below.") if hubs else self.tr(
                "No hub found on this network (some routers hide laptops from each other): type the address."))

        run_in_background(self, lambda: self.lookup.find(council=council, drill=drill), on_success=done,
                          on_failure=lambda _e: done([]))

    def _hub_chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if item is not None:
            self.address.setText(item.data(Qt.ItemDataRole.UserRole))
            self.check_address()
            self.code.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_center_hint(self) -> None:
        self.center_label.setText(self.tr("Which center it is shows here once the address is typed."))
        self.center_label.setStyleSheet(NOTE_STYLE)

    def check_address(self) -> None:
        """Ask the hub at the address which center it is, to show before joining (nothing changes)."""
        address = self.address.text().strip()
        if address == self._checked:
            return
        if not address:
            self._checked = ""
            self._show_center_hint()
            return
        self._checked = address
        self.asking = True
        self.center_label.setText(self.tr("Asking the hub…"))
        self.center_label.setStyleSheet(NOTE_STYLE)

        def ask() -> object:
            try:
                return self.lookup.info(address)
            except UserError as exc:  # shown in the form, not as a message box while typing
                return exc

        def answered(info: object) -> None:
            self.asking = False
            if address != self.address.text().strip():
                return  # typed on since
            if isinstance(info, UserError):
                self.center_label.setText(info.message(translate))
                self.center_label.setStyleSheet("color: #b00020;")
                return
            text = info.name + (self.tr(" (drill)") if info.drill else "")
            if info.numbers_in_use:
                text += "\n" + self.tr("Laptop numbers in use: {numbers}").format(
                    numbers=", ".join(str(n) for n in info.numbers_in_use))
            self.center_label.setText(text)
            self.center_label.setStyleSheet("")

        run_in_background(self, ask, on_success=answered)

    def _maybe_scanned(self, field: QLineEdit, text: str) -> None:
        """The hub's QR text, typed by a scanner into either field: split it into the address and the code."""
        payload = parse_payload(text)
        if payload is None:
            return
        self.address.setText(str(payload.address))
        self.code.setText(format_code(payload.code))
        self.scanned_note.setText(self.tr("Read from the hub's QR code: {address}, code {code}.").format(
            address=payload.address, code=format_code(payload.code)))
        self.check_address()
        self.code.setFocus(Qt.FocusReason.OtherFocusReason)  # the scanner's Enter that follows joins

    # Joining.

    def accept(self) -> None:
        address, code = self.address.text().strip(), self.code.text().strip()
        self.join_button.setEnabled(False)

        def failed(_error: object) -> None:
            self.join_button.setEnabled(True)
            self.code.setFocus(Qt.FocusReason.OtherFocusReason)
            self.code.selectAll()

        if self.new_laptop:
            number = self.device.value() or None
            call = lambda: joining.join_new_laptop(self.db_path, address=address, code=code,  # noqa: E731
                                                   device_number=number)
        else:
            def call() -> JoinResult:
                result = joining.join(self.ws, address=address, code=code)
                self.center.restart()  # follow the new hub from now on
                return result
        run_in_background(self, call, wait_text=self.tr("Joining the center hub at {address}…").format(
            address=address), on_success=self._joined, on_failure=failed)

    def _joined(self, result: JoinResult) -> None:
        self.result_ = result
        if self.new_laptop:
            self.workspace = run_operation(self, lambda: open_workspace(self.db_path))
            if self.workspace is None:
                self.join_button.setEnabled(True)
                return
            replicator = Replicator(self.workspace)
            replicator.start()
            try:
                FirstSyncDialog(replicator, may_leave=False, parent=self).exec()
            finally:
                replicator.stop()
        else:
            FirstSyncDialog(self.center.replicator, may_leave=True, parent=self).exec()
        super().accept()
