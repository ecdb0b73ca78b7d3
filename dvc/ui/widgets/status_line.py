"""The status bar: which council, laptop, operator and file this is, and the time in Tokyo."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from dvc.domain.timeutil import TOKYO
from dvc.services.workspace import Workspace


STYLE = """
QStatusBar::item { border: none; }
QStatusBar QLabel { padding: 2px 10px; border-right: 1px solid #b8bec6; }
"""


class StatusLine(QStatusBar):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.setStyleSheet(STYLE)
        self.council = QLabel(ws.identity.council_name)
        self.device = QLabel(self.tr("Laptop {number}").format(number=ws.identity.device_number))
        self.operator = QLabel()
        self.database = QLabel(self.tr("File: {name}").format(name=ws.path.name))
        self.database.setToolTip(str(ws.path))
        self.clock = QLabel()
        for label in (self.council, self.device, self.operator, self.database):
            self.addWidget(label)
        self.addPermanentWidget(self.clock)
        self.set_operator(ws.operator)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        self.tick()

    def set_operator(self, name: str) -> None:
        self.operator.setText(self.tr("Operator: {name}").format(name=name or self.tr("not chosen")))

    def tick(self) -> None:
        # The center's time is Tokyo time whatever the laptop's zone is set to.
        self.clock.setText(datetime.now(TOKYO).strftime("%Y/%m/%d %H:%M:%S"))
