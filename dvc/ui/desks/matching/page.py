"""The matching desk's screen: propose teams, adjust them by hand, lock, confirm; and who is waiting.

Two tabs: the day's teams (a tree, with the needs still short and the people
left over beside it), and the needs waiting beside the people ready. Every
action has a key, so a desk can work without the mouse: Ctrl+P proposes,
Ctrl+M (or Enter) moves the chosen person, Delete takes them out, Ctrl+R makes
them leader, Ctrl+K locks a team, Ctrl+Z undoes the last edit, Ctrl+Enter
confirms the chosen team, Ctrl+Shift+Enter all, Shift+Delete cancels a team.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMenu, QSplitter, QTabWidget, QToolButton, QWidget

from dvc.domain.vocab import TeamStatus
from dvc.services.needs import board as needs_board
from dvc.services.reception import roster
from dvc.services.apart import model as apart
from dvc.services.matching import apart_teams
from dvc.services.matching import team_plan
from dvc.services.core.workspace import Workspace
from dvc.ui import events
from dvc.ui.desks.base import DeskPage
from dvc.ui.desks.matching.actions import CANCELLABLE, PlanActions
from dvc.ui.desks.matching.boxes import boxed
from dvc.ui.desks.matching.plan_panel import PlanPanel
from dvc.ui.events import EventBus
from dvc.ui.models.needs import WaitingNeedModel
from dvc.ui.models.volunteers import AvailableVolunteerModel
from dvc.ui.widgets.list_view import ListOrEmpty

N = WaitingNeedModel
NEED_CHARS = {N.COL_CODE: 9, N.COL_PRIORITY: 4, N.COL_DISTRICT: 5, N.COL_WORK: 10, N.COL_HEADCOUNT: 3}
V = AvailableVolunteerModel
PEOPLE_CHARS = {V.COL_CODE: 9, V.COL_NAME: 6, V.COL_AGE: 3, V.COL_GENDER: 5, V.COL_GROUP: 6, V.COL_VEHICLES: 4,
                V.COL_LEADER: 3, V.COL_ARRIVED: 4}
TEAMS_TAB, WAITING_TAB = 0, 1


class MatchingPage(DeskPage):
    topics = frozenset({events.NEEDS, events.ATTENDANCE, events.TEAMS})

    def __init__(self, ws: Workspace, bus: EventBus, parent: QWidget | None = None) -> None:
        super().__init__(ws, bus, parent)
        self.add_heading(self.tr("Matching"), self.tr(
            "Ctrl+P proposes teams. Choose a person: Ctrl+M moves, Delete takes out. Ctrl+Enter confirms."))
        self.add_apart_notice(apart.MATCHING, self.tr("Matching"), apart_teams.decide)
        self.plan_actions = PlanActions(self)
        self._build_actions()
        self.panel = PlanPanel(self)
        self.panel.tree.selectionModel().currentChanged.connect(self._update_actions)
        self.panel.unplaced.view.selectionModel().currentChanged.connect(self._update_actions)
        self.panel.chosen_changed.connect(self._update_actions)
        self.panel.tree.customContextMenuRequested.connect(self._context_menu)
        self.panel.tree.dropped.connect(self.plan_actions.drop)
        # Enter (or a double click) on a person opens the team menu, as Ctrl+M does.
        self.panel.tree.activated.connect(self._activated)
        self.plan_actions.undo_changed.connect(self._update_actions)

        self.need_model = WaitingNeedModel(self)
        self.needs = ListOrEmpty(self.need_model, self)
        self.needs.set_column_widths(NEED_CHARS, stretch=N.COL_WORK)
        self.people_model = AvailableVolunteerModel(self)
        self.people = ListOrEmpty(self.people_model, self)
        self.people.set_column_widths(PEOPLE_CHARS, stretch=V.COL_GROUP)
        self.needs_box = boxed("", self.needs, self)
        self.people_box = boxed("", self.people, self)
        waiting = QSplitter(Qt.Orientation.Horizontal, self)
        waiting.addWidget(self.needs_box)
        waiting.addWidget(self.people_box)
        waiting.setChildrenCollapsible(False)
        waiting.setSizes([45, 55])  # the people list has more columns

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("matchingTabs")
        self.tabs.addTab(self.panel, "")
        self.tabs.addTab(waiting, "")
        self.body.addWidget(self.tabs, 1)
        self._first_refresh = True

    def _build_actions(self) -> None:
        a = self.plan_actions
        self.propose_action = self._action(self.tr("&Propose"), "Ctrl+P", a.propose, self.tr(
            "Fill teams for the needs waiting; locked teams are kept."))
        self.move_action = self._action(self.tr("&Move to…"), "Ctrl+M", a.move, self.tr(
            "Move the chosen person to another team (from the list of people not placed: into a team)."))
        self.take_out_action = self._action(self.tr("Take &out"), "Delete", a.take_out, self.tr(
            "Take the chosen person out of their team."))
        self.leader_action = self._action(self.tr("Make &leader"), "Ctrl+R", a.set_leader, self.tr(
            "Make the chosen person their team's leader (an adult)."))
        self.lock_action = self._action(self.tr("Loc&k"), "Ctrl+K", a.toggle_lock, self.tr(
            "A locked team stays as it is when teams are proposed again."))
        self.undo_action = self._action(self.tr("&Undo"), QKeySequence.StandardKey.Undo, a.undo, "")
        self.confirm_action = self._action(self.tr("&Confirm team…"), "Ctrl+Return", a.confirm_selected, self.tr(
            "Confirm the chosen team: its people are then busy and dispatch can send it out."))
        self.confirm_all_action = self._action(self.tr("Confirm &all…"), "Ctrl+Shift+Return", a.confirm_all,
                                               self.tr("Confirm every proposed team of the day."))
        self.cancel_action = self._action(self.tr("Ca&ncel team…"), "Shift+Delete", a.cancel, self.tr(
            "Call the chosen team off (also a confirmed one): its people are free again."))
        row = QHBoxLayout()
        row.setSpacing(6)
        for action in (self.propose_action, None, self.move_action, self.take_out_action, self.leader_action,
                       self.lock_action, self.undo_action, None, self.confirm_action, self.confirm_all_action,
                       self.cancel_action):
            if action is None:
                row.addSpacing(14)
                continue
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            row.addWidget(button)
        row.addStretch(1)
        self.body.addLayout(row)

    def _action(self, label: str, key, slot, tip: str) -> QAction:  # noqa: ANN001
        action = QAction(label, self)
        sequence = QKeySequence(key)
        action.setShortcut(sequence)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({shown})" if tip else shown)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _context_menu(self, point) -> None:  # noqa: ANN001
        menu = QMenu(self)
        for action in (self.move_action, self.take_out_action, self.leader_action, self.lock_action, None,
                       self.confirm_action, self.cancel_action):
            menu.addSeparator() if action is None else menu.addAction(action)
        menu.exec(self.panel.tree.viewport().mapToGlobal(point))

    def _activated(self, *_args: object) -> None:
        if self.move_action.isEnabled():
            self.move_action.trigger()

    def focus_target(self) -> QWidget:
        if self.tabs.currentIndex() == TEAMS_TAB and self.panel.tree.isVisible():
            return self.panel.tree
        return self.needs.view

    def show_teams(self) -> None:
        self.tabs.setCurrentIndex(TEAMS_TAB)
        self.panel.focus_tree()

    # Keeping up to date.

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
        plan = team_plan.day_plan(self.ws)
        self.panel.show_plan(plan)
        self.tabs.setTabText(TEAMS_TAB, self.tr("&Teams of the day ({count})").format(count=len(plan.teams)))
        self.tabs.setTabText(WAITING_TAB, self.tr("&Waiting: needs and people ({needs} / {people})").format(
            needs=f"{waiting:,}", people=f"{ready:,}"))
        if self._first_refresh:
            # Nothing proposed yet today: the desk starts on who and what is waiting.
            self.tabs.setCurrentIndex(TEAMS_TAB if plan.teams else WAITING_TAB)
            self._first_refresh = False
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        chosen = self.panel.chosen()
        plan = self.panel.plan
        editable = chosen is not None and (chosen.team is None or chosen.team.status == TeamStatus.PROPOSED)
        person = editable and chosen.volunteer_id is not None
        proposed = [t for t in plan.teams if t.status == TeamStatus.PROPOSED] if plan else []
        self.move_action.setEnabled(bool(person and proposed))
        self.take_out_action.setEnabled(bool(person and chosen.team is not None))
        self.leader_action.setEnabled(bool(person and chosen.team is not None))
        self.lock_action.setEnabled(bool(editable and chosen.team is not None))
        unlock = bool(chosen and chosen.team and chosen.team.locked)
        self.lock_action.setText(self.tr("Unloc&k") if unlock else self.tr("Loc&k"))
        self.confirm_action.setEnabled(bool(editable and chosen.team is not None))
        self.confirm_all_action.setEnabled(bool(proposed))
        self.cancel_action.setEnabled(bool(chosen and chosen.team and chosen.team.status in CANCELLABLE))
        steps = self.plan_actions.undo_steps
        self.undo_action.setEnabled(bool(steps))
        self.undo_action.setToolTip(steps[-1].label if steps else self.tr("Nothing to undo"))
