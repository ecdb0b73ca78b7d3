"""What the matching desk's buttons do, each a call of dvc.services.matching.team_plan through run_operation.

Every edit announces TEAMS so the page (and the dispatch desk) read the day's
plan again; a confirm also announces NEEDS and ATTENDANCE, because confirmed
needs leave the waiting list and their people stop being free.

Undo is kept where it is cheap and exact: a move, a take-out, a new leader or
a lock is undone by the opposite call. A new proposal or a confirm clears it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from dvc.domain.vocab import TeamStatus
from dvc.services.matching import team_plan
from dvc.services.matching.plan_view import REFUSING
from dvc.ui import events
from dvc.ui.desks.matching import dialogs
from dvc.ui.operations import run_operation

if TYPE_CHECKING:
    from dvc.ui.desks.matching.page import MatchingPage

# People waiting above which a proposal takes long enough (a good part of a second) to deserve a progress window.
SHOW_PROGRESS_FROM = 300
CONFIRM_ANNOUNCES = (events.TEAMS, events.NEEDS, events.ATTENDANCE)
CANCELLABLE = (TeamStatus.PROPOSED, TeamStatus.CONFIRMED)


@dataclass(frozen=True)
class UndoStep:
    label: str
    call: Callable[[], object]
    select: uuid.UUID | None  # the person to put the cursor on afterwards


@contextmanager
def busy(parent: QWidget, label: str, *, show: bool) -> Iterator[None]:
    """A wait cursor, and for a large day a progress window saying what is happening."""
    dialog = None
    if show:
        dialog = QProgressDialog(label, "", 0, 0, parent)
        dialog.setObjectName("proposeProgress")
        dialog.setCancelButton(None)  # a half-saved proposal cannot happen (one transaction), but neither can stopping
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        QApplication.processEvents()
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()


class PlanActions(QObject):
    undo_changed = Signal()

    def __init__(self, page: MatchingPage) -> None:
        super().__init__(page)
        self.page = page
        self.undo_steps: list[UndoStep] = []

    @property
    def ws(self):  # noqa: ANN201
        return self.page.ws

    def _run(self, call: Callable[[], object], *, announces=(events.TEAMS,)) -> bool:  # noqa: ANN001
        done = run_operation(self.page, lambda: call() or True, bus=self.page.bus, announces=announces)
        return done is not None

    def _remember(self, step: UndoStep) -> None:
        self.undo_steps.append(step)
        self.undo_changed.emit()

    def _forget(self) -> None:
        self.undo_steps.clear()
        self.undo_changed.emit()

    # Proposing.

    def propose(self) -> None:
        plan = self.page.panel.plan
        unlocked = [t for t in plan.teams if t.status == TeamStatus.PROPOSED and not t.locked] if plan else []
        if unlocked and not dialogs.ask_repropose(self.page, len(unlocked)):
            return
        show = self.page.people_model.total() >= SHOW_PROGRESS_FROM
        with busy(self.page, self.tr("Proposing teams…"), show=show):
            done = self._run(lambda: team_plan.propose_and_save(self.ws))
        if done:
            self._forget()
            self.page.show_teams()

    # Editing a proposal.

    def move(self) -> None:
        chosen = self.page.panel.chosen()
        if chosen is None or chosen.volunteer_id is None:
            return
        plan = self.page.panel.plan
        if plan is None:
            return
        target = dialogs.choose_target(self.page, plan, current=chosen.team.id if chosen.team else None,
                                       at=self._menu_point())
        # Back where the staff were, whatever the menu did with the focus on closing.
        self.page.panel.active_list.setFocus(Qt.FocusReason.PopupFocusReason)
        if target is None:
            return
        self._move(chosen, None if target == dialogs.OUT_OF_TEAMS else target)

    def drop(self, volunteer_id: uuid.UUID, team_id: uuid.UUID) -> None:
        """A member dragged onto another team with the mouse."""
        panel = self.page.panel
        if panel.select(volunteer_id=volunteer_id):
            chosen = panel.chosen()
            if chosen is not None and chosen.team is not None and chosen.team.id != team_id:
                self._move(chosen, team_id)

    def take_out(self) -> None:
        chosen = self.page.panel.chosen()
        if chosen is not None and chosen.volunteer_id is not None and chosen.team is not None:
            self._move(chosen, None)

    def _move(self, chosen, to: uuid.UUID | dialogs.NewTeamFor | None) -> None:  # noqa: ANN001
        vid, old = chosen.volunteer_id, chosen.team
        to_need = to.need_id if isinstance(to, dialogs.NewTeamFor) else None
        to_team = None if to_need else to
        if not self._run(lambda: team_plan.move_member(self.ws, volunteer_id=vid, to_team_id=to_team,
                                                       to_need_id=to_need)):
            return
        was_leader = old is not None and old.leader_id == vid
        plan = self.page.panel.plan  # read again by the move's announcement
        made = next((t.id for t in plan.teams if t.need_id == to_need), None) if to_need and plan else None

        def back() -> None:
            team_plan.move_member(self.ws, volunteer_id=vid, to_team_id=old.id if old else None)
            if was_leader:
                team_plan.set_leader(self.ws, team_id=old.id, volunteer_id=vid)
            if made is not None and not any(t.members for t in team_plan.day_plan(self.ws).teams if t.id == made):
                # The team the move made for a need is gone with it, not left empty on the list.
                team_plan.cancel_team(self.ws, team_id=made, reason=self.tr("Undone at the matching desk"))

        self._remember(UndoStep(self.tr("Undo moving {name}").format(name=chosen.name), back, vid))
        if self.page.panel.select(volunteer_id=vid, team_id=to_team):
            self.page.panel.tree.setFocus()  # the cursor follows the person, also from the list of people left

    def set_leader(self) -> None:
        chosen = self.page.panel.chosen()
        if chosen is None or chosen.volunteer_id is None or chosen.team is None:
            return
        team, vid, before = chosen.team, chosen.volunteer_id, chosen.team.leader_id
        if vid == before or not self._run(lambda: team_plan.set_leader(self.ws, team_id=team.id, volunteer_id=vid)):
            return
        if before is not None:
            self._remember(UndoStep(self.tr("Undo the new leader of {team}").format(team=team.code),
                                    lambda: team_plan.set_leader(self.ws, team_id=team.id, volunteer_id=before),
                                    before))
        self.page.panel.select(volunteer_id=vid)

    def toggle_lock(self) -> None:
        chosen = self.page.panel.chosen()
        if chosen is None or chosen.team is None:
            return
        team, locked = chosen.team, not chosen.team.locked
        if not self._run(lambda: team_plan.set_locked(self.ws, team_id=team.id, locked=locked)):
            return
        self._remember(UndoStep(self.tr("Undo locking {team}").format(team=team.code),
                                lambda: team_plan.set_locked(self.ws, team_id=team.id, locked=not locked),
                                chosen.volunteer_id))
        self.page.panel.select(volunteer_id=chosen.volunteer_id, team_id=team.id)

    def undo(self) -> None:
        if not self.undo_steps:
            return
        step = self.undo_steps.pop()
        self.undo_changed.emit()
        # A step that no longer fits (the team was proposed again elsewhere) is refused in words and dropped.
        if self._run(step.call) and step.select is not None:
            self.page.panel.select(volunteer_id=step.select)

    # Confirming.

    def confirm_selected(self) -> None:
        chosen = self.page.panel.chosen()
        if chosen is not None and chosen.team is not None:
            self._confirm([chosen.team])

    def confirm_all(self) -> None:
        plan = self.page.panel.plan
        self._confirm(list(plan.teams) if plan else [])

    def _confirm(self, teams: list) -> None:  # noqa: ANN001
        teams = [t for t in teams if t.status == TeamStatus.PROPOSED]
        if not teams:
            QMessageBox.information(self.page, self.tr("Confirm teams"),
                                    self.tr("There is no proposed team to confirm."))
            return
        if not dialogs.confirm_teams(self.page, teams):
            return
        breaking = [t for t in teams if t.violations]
        # A team the service refuses anyway is not worth a second question: its refusal lists why.
        refused = any(v["key"] in REFUSING for t in breaking for v in t.violations)
        if breaking and not refused and not dialogs.accept_warnings(self.page, breaking):
            return
        ids, accept = [t.id for t in teams], bool(breaking) and not refused
        if self._run(lambda: team_plan.confirm_teams(self.ws, team_ids=ids, accept_warnings=accept),
                     announces=CONFIRM_ANNOUNCES):
            self._forget()

    def cancel(self) -> None:
        """Call a proposed or confirmed team off: how a confirmed team is changed (cancel, then propose again)."""
        chosen = self.page.panel.chosen()
        if chosen is None or chosen.team is None or chosen.team.status not in CANCELLABLE:
            return
        team = chosen.team
        reason = dialogs.ask_cancel_reason(self.page, team)
        if reason is not None and self._run(lambda: team_plan.cancel_team(self.ws, team_id=team.id, reason=reason),
                                            announces=CONFIRM_ANNOUNCES):
            self._forget()

    # Where the team menu opens: under the chosen row, so the keyboard user sees it next to the person.

    def _menu_point(self) -> QPoint:
        panel = self.page.panel
        view = panel.unplaced.view if panel.active_list is panel.unplaced.view else panel.tree
        rect = view.visualRect(view.currentIndex())
        return view.viewport().mapToGlobal(rect.bottomLeft() if rect.isValid() else QPoint(0, 0))
