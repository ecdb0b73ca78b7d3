"""総務's exchange window: laptops we trust, bundles out and in with a preview, conflicts, record sources."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from dvc.services.core.workspace import Workspace
from dvc.ui.desks.head_office.exchange_review import ConflictsTab, PeersTab, SourceTab
from dvc.ui.desks.head_office.exchange_transfer import ExportTab, ImportTab
from dvc.ui.events import EventBus


class ExchangeDialog(QDialog):
    def __init__(self, ws: Workspace, bus: EventBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exchange with other laptops and councils"))
        self.resize(880, 600)
        self.tabs = QTabWidget(self)
        self.peers = PeersTab(ws, bus, self)
        self.export = ExportTab(ws, bus, self)
        self.import_ = ImportTab(ws, bus, self)
        self.conflicts = ConflictsTab(ws, bus, self)
        self.source = SourceTab(ws, bus, self)
        for widget, title in ((self.export, self.tr("&Send")), (self.import_, self.tr("&Receive")),
                              (self.conflicts, self.tr("C&onflicts")), (self.source, self.tr("Record &source")),
                              (self.peers, self.tr("&Laptops"))):
            self.tabs.addTab(widget, title)
        self.tabs.currentChanged.connect(self._refresh_current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self._refresh_current()

    def _refresh_current(self, _index: int = 0) -> None:
        self.tabs.currentWidget().refresh()
