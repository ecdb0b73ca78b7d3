"""The dispatch desk's screen: send confirmed teams off, take them back by scanning, see who is late.

The scan field has the keyboard: a returning leader hands over the 送り出し票
and a USB scanner types its QR and Enter, which opens the 活動報告書. A typed
team code does the same. A team that is confirmed but has not left opens the
送り出し dialog instead, so the same field serves both directions.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from dvc.domain.vocab import TeamStatus
from dvc.services.dispatch import send_off as dispatch
from dvc.services.dispatch import safety
from dvc.services.dispatch import teams_view
from dvc.services.core.workspace import Workspace
from dvc.ui import events
from dvc.ui.desks.base import DeskPage, card_row
from dvc.ui.desks.dispatch import flows
from dvc.ui.events import EventBus
from dvc.ui.models.paged import ROW_ROLE
from dvc.ui.models.teams import DeskTeam, TeamTableModel, desk_teams
from dvc.ui.widgets.figure_card import STYLE as CARD_STYLE, FigureCard
from dvc.ui.widgets.list_view import ListOrEmpty
from dvc.ui.widgets.scan_row import ScanRow

M = TeamTableModel
COLUMN_CHARS = {M.COL_CODE: 9, M.COL_NEED: 9, M.COL_PLACE: 10, M.COL_MEMBERS: 3, M.COL_LEADER: 6, M.COL_PHONE: 10,
                M.COL_STATUS: 8, M.COL_DEPARTED: 3, M.COL_EXPECTED: 4,
                M.COL_RETURNED: 3}
# Same border width as the other cards, so the row does not shift when a team becomes late.
OVERDUE_CARD_STYLE = CARD_STYLE + ("QFrame#figureCard { background: #fde2e1; border: 1px solid #b00020; }"
                                   "QLabel#figureValue { color: #b00020; }")
CLOCK_MS = 60_000  # lateness grows with the clock, not with announcements


class DispatchPage(DeskPage):
    topics = frozenset({events.TEAMS, events.NEEDS})  # a need's address shows in the place column
    closing_requested = Signal()

    def __init__(self, ws: Workspace, bus: EventBus, parent: QWidget | None = None) -> None:
        super().__init__(ws, bus, parent)
        self.rows: list[DeskTeam] = []
        heading = self.add_heading(self.tr("Dispatch"), self.tr("Scan a returning team's dispatch sheet, or choose a team."))
        self.closing_button = QPushButton(self.tr("C&losing check…"), self)
        self.closing_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.closing_button.clicked.connect(self.closing_requested)
        heading.addWidget(self.closing_button)
        self._build_scan_row()
        self.ready = FigureCard(self.tr("Ready to leave"), self)
        self.out = FigureCard(self.tr("Out on site"), self)
        self.late = FigureCard(self.tr("Late"), self)
        self.back = FigureCard(self.tr("Back"), self)
        self.body.addLayout(card_row([self.ready, self.out, self.late, self.back]))
        self.model = TeamTableModel(self)
        self.list = ListOrEmpty(self.model, self)
        self.list.set_column_widths(COLUMN_CHARS, stretch=M.COL_PLACE)
        self.list.view.activated.connect(self.act_on_row)
        self.list.view.selectionModel().currentRowChanged.connect(self._show_actions)
        self.body.addWidget(self.list, 1)
        self._build_actions()
        self.clock = QTimer(self)
        self.clock.setInterval(CLOCK_MS)
        self.clock.timeout.connect(self._tick)
        self.clock.start()

    def _build_scan_row(self) -> None:
        self.scan_row = ScanRow(self, name="dispatchScan", placeholder=self.tr("Dispatch sheet QR or team code"),
                                button_text=self.tr("Open"), on_enter=self.scan_entered, on_down=self.focus_list,
                                with_answer=True)
        self.scan_field, self.answer = self.scan_row.field, self.scan_row.answer
        self.body.addWidget(self.scan_row)

    def _build_actions(self) -> None:
        self.send_button = QPushButton(self.tr("&Send off…"), self)
        self.return_button = QPushButton(self.tr("&Return and report…"), self)
        self.print_button = QPushButton(self.tr("&Print dispatch sheet"), self)
        self.send_button.clicked.connect(lambda: self._on_selected(self.send_off))
        self.return_button.clicked.connect(lambda: self._on_selected(self.take_back))
        self.print_button.clicked.connect(lambda: self._on_selected(self.print_sheet))
        row = QHBoxLayout()
        for button in (self.send_button, self.return_button, self.print_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            row.addWidget(button)
        row.addStretch(1)
        self.body.addLayout(row)
        self._show_actions()

    # The keyboard.

    def focus_target(self) -> QWidget:
        return self.scan_field

    def back_to_field(self) -> None:
        self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_list(self) -> None:
        view = self.list.view
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not view.currentIndex().isValid() and self.model.rowCount():
            view.selectRow(0)

    # Acting on a team.

    def scan_entered(self) -> None:
        scanned = self.scan_field.text().strip()
        self.scan_field.clear()
        if not scanned:
            return
        # A web address or a shop's barcode is said big on the row; a volunteer's sheet, an unknown code in a box.
        team_id = self.scan_row.look_up(lambda: dispatch.find_team_by_scan(self.ws, scanned=scanned))
        self.back_to_field()
        if team_id is None:
            return
        row = next((r for r in self.rows if r.id == team_id), None)
        if row is not None and row.status == TeamStatus.CONFIRMED:
            self.send_off(row)
        elif row is not None and row.status != TeamStatus.DISPATCHED:
            self.say(self.tr("{team}: {status}, nothing to do here.").format(
                team=row.code, status=self.model.display(row, M.COL_STATUS)))
        else:
            self.take_back(row, team_id=team_id)

    def say(self, answer: str) -> None:
        self.scan_row.say(answer)

    def act_on_row(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None and row.status == TeamStatus.CONFIRMED:
            self.send_off(row)
        elif row is not None and row.status == TeamStatus.DISPATCHED:
            self.take_back(row)

    def selected(self) -> DeskTeam | None:
        return self.list.view.currentIndex().data(ROW_ROLE)

    def _on_selected(self, act) -> None:  # noqa: ANN001
        row = self.selected()
        if row is not None:
            act(row)
        self.back_to_field()

    def _show_actions(self) -> None:
        row = self.selected()
        status = row.status if row is not None else None
        self.send_button.setEnabled(status == TeamStatus.CONFIRMED)
        self.return_button.setEnabled(status == TeamStatus.DISPATCHED)
        # Before departure too: a sheet printed early has blank tool rows to fill in by hand.
        self.print_button.setEnabled(status in (TeamStatus.CONFIRMED, TeamStatus.DISPATCHED, TeamStatus.RETURNED))

    def send_off(self, row: DeskTeam) -> None:
        if flows.send_off(self, self.ws, self.bus, row):
            self.say(self.tr("{team} has left. Expected back at {time}.").format(
                team=row.code, time=self._expected_of(row.id)))
        self.back_to_field()

    def take_back(self, row: DeskTeam | None, *, team_id: uuid.UUID | None = None) -> None:
        team_id = row.id if row is not None else team_id
        code = flows.take_back(self, self.ws, self.bus, team_id)
        if code:
            self.say(self.tr("{team} is back; the report is saved.").format(team=code))
        self.back_to_field()

    def print_sheet(self, row: DeskTeam) -> None:
        flows.print_sheet(self, self.ws, row.id)

    def _expected_of(self, team_id: uuid.UUID) -> str:
        row = next((r for r in self.rows if r.id == team_id), None)
        return self.model.display(row, M.COL_EXPECTED) if row is not None else ""

    # Keeping up to date.

    def _tick(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        chosen = self.selected()
        self.rows = desk_teams(teams_view.teams_of_day(self.ws), safety.teams_out(self.ws, earlier=True))
        self.model.set_rows(self.rows)
        count = {status: sum(1 for r in self.rows if r.status == status) for status in TeamStatus}
        late = sum(1 for r in self.rows if r.overdue)
        self.ready.set_value(count[TeamStatus.CONFIRMED])
        self.out.set_value(count[TeamStatus.DISPATCHED])
        self.late.set_value(late)
        self.late.setStyleSheet(OVERDUE_CARD_STYLE if late else CARD_STYLE)
        self.back.set_value(count[TeamStatus.RETURNED])
        self.list.show_rows(bool(self.rows), self.tr(
            "No teams today yet.\nTeams confirmed at the matching desk are listed here, ready to leave."))
        if chosen is not None:
            again = next((i for i, r in enumerate(self.rows) if r.id == chosen.id), None)
            if again is not None:
                self.list.view.selectRow(again)
        self._show_actions()
