"""総務's hub screen: make this laptop the center hub, show where the desks find it and how they are, stop it.

What the hub says is read off the GUI thread (a loopback request to the hub
process) every few seconds while the screen is open. Starting and stopping
wait on the hub process, so they run behind a "please wait" (run_in_background);
the buttons are the center head's (services/staff/permissions, RUN_HUB).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout,
    QWidget,
)

from dvc.services.center import hub_control
from dvc.services.center.hub_control import HubInfo
from dvc.services.center.links import LinkInfo, hub_link
from dvc.services.core.workspace import Workspace
from dvc.services.staff.permissions import RUN_HUB, allowed
from dvc.ui.center_link import CenterLink
from dvc.ui.desks.head_office.hub_desks import HubDesks
from dvc.ui.operations import run_in_background
from dvc.ui.widgets.qr_code import QrCode

REFRESH_MS = 3000
NOTE_STYLE = "color: #555;"
HEADLINE_STYLE = "font-size: 14pt; font-weight: bold; color: #1f3a5f;"


def _big(label: QLabel, points: float) -> QLabel:
    font = label.font()
    font.setPointSizeF(points)
    font.setBold(True)
    font.setStyleHint(QFont.StyleHint.Monospace)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


Reading = Callable[[], tuple[HubInfo, "LinkInfo | None"]]


class HubDialog(QDialog):
    """``read``: how the screen learns the hub's state (the hub process, by default; the manual's pictures pass a
    fixed one)."""

    def __init__(self, ws: Workspace, center: CenterLink, parent: QWidget | None = None, *,
                 read: Reading | None = None) -> None:
        super().__init__(parent)
        self.ws, self.center = ws, center
        path = ws.path
        self.read = read or (lambda: (hub_control.hub_status(path), hub_link(ws)))
        self.info = HubInfo(running=False)
        self.link: LinkInfo | None = None
        self._reading = False
        self.setWindowTitle(self.tr("Center hub"))
        self.resize(900, 620)

        self.headline = QLabel(self)
        self.headline.setObjectName("hubHeadline")
        self.headline.setStyleSheet(HEADLINE_STYLE)
        self.headline.setWordWrap(True)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet(NOTE_STYLE)

        self.where = QGroupBox(self.tr("Where the desks join"), self)
        self.address = _big(QLabel(self.where), 20)
        self.address.setObjectName("hubAddress")
        self.other_addresses = QLabel(self.where)
        self.other_addresses.setStyleSheet(NOTE_STYLE)
        self.other_addresses.setWordWrap(True)
        self.code = _big(QLabel(self.where), 36)
        self.code.setObjectName("hubJoinCode")
        self.attempts = QLabel(self.where)
        self.attempts.setWordWrap(True)
        self.new_code_button = QPushButton(self.tr("&New join code"), self.where)
        self.new_code_button.clicked.connect(self.make_new_code)
        self.qr = QrCode(200, self.where)
        qr_caption = QLabel(self.tr("A desk's barcode scanner reads this into its join screen."), self.where)
        qr_caption.setWordWrap(True)
        qr_caption.setStyleSheet(NOTE_STYLE)
        qr_caption.setMaximumWidth(220)
        grid = QGridLayout(self.where)
        grid.addWidget(QLabel(self.tr("Address:"), self.where), 0, 0)
        grid.addWidget(self.address, 0, 1)
        grid.addWidget(self.other_addresses, 1, 1)
        grid.addWidget(QLabel(self.tr("Join code:"), self.where), 2, 0)
        grid.addWidget(self.code, 2, 1)
        grid.addWidget(self.attempts, 3, 1)
        grid.addWidget(self.new_code_button, 4, 1, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(1, 1)
        qr_column = QVBoxLayout()
        qr_column.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        qr_column.addWidget(qr_caption)
        qr_column.addStretch(1)
        grid.addLayout(qr_column, 0, 2, 5, 1)

        self.desks_box = QGroupBox(self.tr("Desks that joined"), self)
        self.desks = HubDesks(self.desks_box)
        QVBoxLayout(self.desks_box).addWidget(self.desks)

        self.start_button = QPushButton(self.tr("&Make this laptop the center hub"), self)
        self.start_button.clicked.connect(self.start)
        self.stop_button = QPushButton(self.tr("S&top the hub…"), self)
        self.stop_button.clicked.connect(self.stop)
        self.new_hub_button = QPushButton(self.tr("Make this desk the ne&w hub…"), self)
        self.new_hub_button.clicked.connect(self.become_new_hub)
        self.rights_note = QLabel(self.tr("Only the center head starts and stops the hub: sign in as the center "
                                          "head (File → Change operator)."), self)
        self.rights_note.setWordWrap(True)
        self.rights_note.setStyleSheet(NOTE_STYLE)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        actions = QHBoxLayout()
        for button in (self.start_button, self.stop_button, self.new_hub_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.explanation)
        layout.addWidget(self.where)
        layout.addWidget(self.desks_box, 1)
        layout.addStretch(0)  # takes the room only while the hub's boxes are hidden
        layout.addWidget(self.rights_note)
        layout.addLayout(actions)

        self.head = allowed(ws, RUN_HUB)
        self.rights_note.setVisible(not self.head)
        # Until the hub answers (a few milliseconds on this laptop): nothing to press yet.
        self.headline.setText(self.tr("Asking the hub on this laptop…"))
        for widget in (self.where, self.desks_box, self.start_button, self.stop_button, self.new_hub_button):
            widget.setVisible(False)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.reload)
        self.timer.start()
        self.reload()

    # Reading what the hub says.

    def reload(self) -> None:
        """Ask the hub how it is, off the GUI thread; one question at a time."""
        if self._reading:
            return
        self._reading = True

        def shown(answer: tuple[HubInfo, LinkInfo | None]) -> None:
            self._reading = False
            self.show_info(*answer)

        run_in_background(self, self.read, on_success=shown, on_failure=lambda _e: setattr(self, "_reading", False))

    def show_info(self, info: HubInfo, link: LinkInfo | None) -> None:
        self.info, self.link = info, link
        ours = link is not None and link.local_hub
        follows_other = link is not None and not link.local_hub
        if info.running:
            self.headline.setText(self.tr("This laptop is the center hub."))
            self.explanation.setText(self.tr(
                "The other laptops join with this address and join code. The hub goes on when this screen or dvc "
                "is closed; stop it only when the center closes."))
        elif ours:
            self.headline.setText(self.tr("The hub on this laptop is stopped."))
            self.explanation.setText(self.tr(
                "The desks work on and show \"out of touch\". Start it again: the desks that joined go on with the "
                "same address and join code."))
        elif follows_other:
            self.headline.setText(self.tr("This laptop has joined the hub at {address}.").format(address=link.address))
            self.explanation.setText(self.tr(
                "If the hub laptop is lost for good (broken, flat, taken away), make this desk the new hub: the "
                "other desks then join it, and nothing any desk saved is lost."))
        else:
            self.headline.setText(self.tr("This laptop is not in center mode."))
            self.explanation.setText(self.tr(
                "Make one laptop (usually head office's) the center hub; the other laptops join it from Settings "
                "with its address and join code, and are kept in step with each other."))
        self.where.setVisible(info.running)
        self.desks_box.setVisible(info.running)
        if info.running:
            self.address.setText(info.address)
            others = [a for a in info.addresses if a != info.address]
            self.other_addresses.setText(self.tr("Also: {addresses}").format(addresses=", ".join(others))
                                         if others else "")
            self.other_addresses.setVisible(bool(others))
            self.code.setText(info.join_code_shown)
            self.attempts.setText(self.tr("{left} wrong codes more and the hub takes no more: then make a new "
                                          "code.").format(left=info.attempts_left))
            self.attempts.setStyleSheet("color: #b00020; font-weight: bold;" if info.attempts_left <= 3 else "")
            self.qr.set_text(info.qr_payload)
            self.desks.show_desks(info.desks)
        self.start_button.setText(self.tr("&Start the hub again") if ours and not info.running
                                  else self.tr("&Make this laptop the center hub"))
        self.start_button.setVisible(not info.running and not follows_other)
        self.stop_button.setVisible(info.running)
        self.new_hub_button.setVisible(follows_other)
        for button in (self.start_button, self.stop_button, self.new_hub_button, self.new_code_button):
            button.setEnabled(self.head)

    # The center head's actions.

    def _after(self, info: HubInfo) -> None:
        self.show_info(info, hub_link(self.ws))
        self.center.poll()

    def start(self) -> None:
        def start_and_follow() -> HubInfo:
            info = hub_control.start_hub(self.ws)
            self.center.restart()  # this laptop's desk now follows its own hub
            return info

        run_in_background(self, start_and_follow, wait_text=self.tr("Starting the center hub…"),
                          on_success=self._after)

    def stop(self) -> None:
        if not self._confirm("stopHubBox", self.tr("Stop the hub"), self.tr(
                "Stop the center hub?\n\nThe other desks keep working on their own and show \"out of touch\"; "
                "what they save is sent when the hub runs again. Stop it when the center closes."),
                self.tr("&Stop the hub")):
            return
        run_in_background(self, lambda: hub_control.stop_hub(self.ws), wait_text=self.tr("Stopping the center hub…"),
                          on_success=lambda _stopped: self.reload())

    def make_new_code(self) -> None:
        run_in_background(self, lambda: hub_control.new_join_code(self.ws), on_success=self._after)

    def become_new_hub(self) -> None:
        address = self.link.address if self.link else ""
        if self._confirm("newHubBox", self.tr("Make this desk the new hub"), self.tr(
                "Make this desk the new center hub?\n\n"
                "• A new hub is made from the records on this laptop, with a new address and join code.\n"
                "• This laptop stops following the hub at {address}.\n"
                "• Every other desk must join the new hub (Settings → Join a center hub); each sends what it "
                "saved, so nothing is lost.\n\n"
                "Do this only when the old hub laptop is lost for good. If it still runs, stop it there first."
                ).format(address=address), self.tr("&Make this desk the new hub")):
            self.start()

    def _confirm(self, name: str, title: str, text: str, yes_text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, self)
        box.setObjectName(name)
        yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("&Go back"), QMessageBox.ButtonRole.RejectRole)
        # The safe answer is the default: an Enter pressed out of habit changes nothing.
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes

    def done(self, result: int) -> None:  # noqa: D102 - the timer stops with the screen
        self.timer.stop()
        super().done(result)
