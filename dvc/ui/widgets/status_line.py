"""The status bar: which council, laptop, operator and file this is, and the time in Tokyo."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from dvc.domain.timeutil import TOKYO, to_local
from dvc.services.safekeeping.backup import STALE_AFTER_MINUTES, backup_is_stale, last_backup
from dvc.services.core.workspace import Workspace
from dvc.ui.widgets.elided_label import ElidedLabel


STYLE = """
QStatusBar::item { border: none; }
QStatusBar QLabel { padding: 2px 10px; border-right: 1px solid #b8bec6; }
"""


class StatusLine(QStatusBar):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.setStyleSheet(STYLE)
        # Names are cut to the room they get: a long one must not widen the main window (issue 18).
        self.council = ElidedLabel(text=ws.identity.council_name)
        self.device = QLabel(self.tr("Laptop {number}").format(number=ws.identity.device_number))
        self.operator = ElidedLabel()
        self.database = QLabel(self.tr("File: {name}").format(name=ws.path.name))
        self.database.setToolTip(str(ws.path))
        self.backup = QLabel()
        self.encryption = QLabel()
        self.encryption.setObjectName("encryptionState")
        self.show_encryption(ws)
        self.clock = QLabel()
        for label in (self.council, self.device, self.operator, self.database, self.encryption, self.backup):
            self.addWidget(label)
        self.addPermanentWidget(self.clock)
        self.set_operator(ws.operator)
        self.ws_path = ws.path
        self.show_backup(last_backup(ws.path), "")
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        self.tick()

    def add_beside_clock(self, widget: QWidget) -> None:
        """A permanent part of the line just left of the clock (the center mode light)."""
        self.removeWidget(self.clock)
        self.addPermanentWidget(widget)
        self.addPermanentWidget(self.clock)
        self.clock.show()

    def set_operator(self, name: str) -> None:
        self.operator.setText(self.tr("Operator: {name}").format(name=name or self.tr("not chosen")))

    def show_encryption(self, ws: Workspace) -> None:
        """Encrypted (a council's database) or plain (the drill's): a person can see which the file is."""
        if ws.db.encrypted:
            self.encryption.setText(self.tr("Encrypted"))
            self.encryption.setToolTip(self.tr("The database and its backups are encrypted (SQLCipher, AES-256)."))
        else:
            self.encryption.setText(self.tr("Not encrypted (drill)"))
            self.encryption.setToolTip(self.tr("The drill database holds made-up people and is not encrypted."))

    def tick(self) -> None:
        # The center's time is Tokyo time whatever the laptop's zone is set to.
        self.clock.setText(datetime.now(TOKYO).strftime("%Y/%m/%d %H:%M:%S"))

    def show_backup(self, when: datetime | None, error: str) -> None:
        """The last good backup; red when it is older than an hour or the last attempt failed."""
        if when is None:
            text = self.tr("Backup: none yet")
        else:
            text = self.tr("Backup: {time}").format(time=to_local(when).strftime("%H:%M"))
        stale = backup_is_stale(self.ws_path)
        self.backup.setText(text)
        self.backup.setStyleSheet("color: #b00020; font-weight: bold;" if stale or error else "")
        tip = self.tr("No backup for over {minutes} minutes.").format(minutes=STALE_AFTER_MINUTES) if stale else ""
        self.backup.setToolTip("\n".join(t for t in (tip, error) if t))
