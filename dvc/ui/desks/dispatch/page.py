"""The dispatch desk's screen: today's teams and where they are."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from dvc.domain.vocab import TeamStatus
from dvc.services import teams_view
from dvc.services.workspace import Workspace
from dvc.ui import events
from dvc.ui.desks.base import DeskPage, card_row
from dvc.ui.events import EventBus
from dvc.ui.models.teams import TeamTableModel
from dvc.ui.widgets.figure_card import FigureCard
from dvc.ui.widgets.list_view import ListOrEmpty

M = TeamTableModel
COLUMN_CHARS = {M.COL_CODE: 9, M.COL_NEED: 9, M.COL_DISTRICT: 6, M.COL_MEMBERS: 4, M.COL_LEADER: 8,
                M.COL_STATUS: 5}


class DispatchPage(DeskPage):
    topics = frozenset({events.TEAMS})

    def __init__(self, ws: Workspace, bus: EventBus, parent: QWidget | None = None) -> None:
        super().__init__(ws, bus, parent)
        self.add_heading(self.tr("Dispatch"), self.tr("Today's teams: ready to leave, out on site, back."))
        self.ready = FigureCard(self.tr("Ready to leave"), self)
        self.out = FigureCard(self.tr("Out on site"), self)
        self.back = FigureCard(self.tr("Back"), self)
        self.body.addLayout(card_row([self.ready, self.out, self.back]))
        self.model = TeamTableModel(self)
        self.list = ListOrEmpty(self.model, self)
        self.list.set_column_widths(COLUMN_CHARS)
        self.body.addWidget(self.list, 1)

    def focus_target(self) -> QWidget:
        return self.list.view

    def refresh(self) -> None:
        rows = teams_view.teams_of_day(self.ws)
        self.model.set_rows(rows)
        by_status = {status: sum(1 for r in rows if r.status == status) for status in TeamStatus}
        self.ready.set_value(by_status[TeamStatus.PROPOSED] + by_status[TeamStatus.CONFIRMED])
        self.out.set_value(by_status[TeamStatus.DISPATCHED])
        self.back.set_value(by_status[TeamStatus.RETURNED])
        self.list.show_rows(
            bool(rows), self.tr("No teams today yet.\nTeams made at the matching desk will be listed here.")
        )
