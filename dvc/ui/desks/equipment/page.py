"""The equipment desk's screen: the stock table."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from dvc.services import stock
from dvc.services.workspace import Workspace
from dvc.ui import events
from dvc.ui.desks.base import DeskPage
from dvc.ui.events import EventBus
from dvc.ui.models.stock import StockTableModel
from dvc.ui.widgets.list_view import ListOrEmpty

M = StockTableModel
COLUMN_CHARS = {M.COL_NAME: 16, M.COL_UNIT: 3, M.COL_OWNED: 5, M.COL_OUT: 5, M.COL_LOST: 5, M.COL_DAMAGED: 5, M.COL_AVAILABLE: 5}


class EquipmentPage(DeskPage):
    topics = frozenset({events.EQUIPMENT, events.TEAMS})

    def __init__(self, ws: Workspace, bus: EventBus, parent: QWidget | None = None) -> None:
        super().__init__(ws, bus, parent)
        self.add_heading(self.tr("Equipment"), self.tr("Rows in red are below their minimum stock."))
        self.summary = QLabel(self)
        self.body.addWidget(self.summary)
        self.model = StockTableModel(self)
        self.list = ListOrEmpty(self.model, self)
        self.list.set_column_widths(COLUMN_CHARS)
        # A short table of numbers: keep each count next to its item rather than across the screen.
        self.list.view.horizontalHeader().setStretchLastSection(False)
        self.body.addWidget(self.list, 1)

    def focus_target(self) -> QWidget:
        return self.list.view

    def refresh(self) -> None:
        rows = stock.stock_rows(self.ws)
        self.model.set_rows(rows)
        short = sum(1 for r in rows if r.below_minimum)
        self.summary.setText(
            self.tr("{items} items, {short} below minimum stock").format(items=len(rows), short=short)
        )
        self.list.show_rows(bool(rows), self.tr("No equipment is registered yet."))
