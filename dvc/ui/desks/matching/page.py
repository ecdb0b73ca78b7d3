"""The matching desk's screen: needs waiting for people beside the people waiting for a need."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QSplitter, QVBoxLayout, QWidget

from dvc.services import needs_board, roster
from dvc.services.workspace import Workspace
from dvc.ui import events
from dvc.ui.desks.base import DeskPage
from dvc.ui.events import EventBus
from dvc.ui.models.needs import WaitingNeedModel
from dvc.ui.models.volunteers import AvailableVolunteerModel
from dvc.ui.widgets.list_view import ListOrEmpty

N = WaitingNeedModel
NEED_CHARS = {N.COL_CODE: 9, N.COL_PRIORITY: 4, N.COL_DISTRICT: 5, N.COL_WORK: 10, N.COL_HEADCOUNT: 3}
V = AvailableVolunteerModel
PEOPLE_CHARS = {V.COL_CODE: 9, V.COL_NAME: 6, V.COL_AGE: 3, V.COL_GENDER: 5, V.COL_GROUP: 6, V.COL_VEHICLES: 4,
                V.COL_LEADER: 3, V.COL_ARRIVED: 4}


def _boxed(title: str, content: QWidget, parent: QWidget) -> QGroupBox:
    box = QGroupBox(title, parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addWidget(content)
    return box


class MatchingPage(DeskPage):
    topics = frozenset({events.NEEDS, events.ATTENDANCE, events.TEAMS})

    def __init__(self, ws: Workspace, bus: EventBus, parent: QWidget | None = None) -> None:
        super().__init__(ws, bus, parent)
        self.add_heading(self.tr("Matching"), self.tr("Needs waiting for volunteers, and the people ready to go."))

        self.need_model = WaitingNeedModel(self)
        self.needs = ListOrEmpty(self.need_model, self)
        self.needs.set_column_widths(NEED_CHARS, stretch=N.COL_WORK)
        self.people_model = AvailableVolunteerModel(self)
        self.people = ListOrEmpty(self.people_model, self)
        self.people.set_column_widths(PEOPLE_CHARS, stretch=V.COL_GROUP)
        self.needs_box = _boxed("", self.needs, self)
        self.people_box = _boxed("", self.people, self)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.needs_box)
        splitter.addWidget(self.people_box)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([45, 55])  # the people list has more columns
        self.body.addWidget(splitter, 1)

    def focus_target(self) -> QWidget:
        return self.needs.view

    def refresh(self) -> None:
        self.need_model.set_source(
            count=partial(needs_board.count_waiting, self.ws),
            page=lambda after, limit: needs_board.waiting_page(self.ws, after=after, limit=limit),
        )
        self.people_model.set_source(
            count=partial(roster.count_available, self.ws),
            page=lambda after, limit: roster.available_page(self.ws, after=after, limit=limit),
        )
        waiting, ready = self.need_model.total(), self.people_model.total()
        self.needs_box.setTitle(self.tr("Needs waiting for matching ({count})").format(count=f"{waiting:,}"))
        self.people_box.setTitle(self.tr("Volunteers ready, not in a team ({count})").format(count=f"{ready:,}"))
        self.needs.show_rows(waiting > 0, self.tr("No needs are waiting for matching."))
        self.people.show_rows(
            ready > 0, self.tr("Nobody is waiting.\nVolunteers appear here when reception checks them in.")
        )
