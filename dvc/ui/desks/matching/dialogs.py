"""The matching desk's questions: where a person goes, which teams to confirm, whether to accept a rule break."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QInputDialog, QLabel, QListWidget, QListWidgetItem, QMenu, QMessageBox, QVBoxLayout,
    QWidget,
)

from dvc.domain.vocab import TeamStatus
from dvc.i18n import translate
from dvc.services.matching.words import reason_text
from dvc.ui.models.team_plan import VIOLATION_COLOR

if TYPE_CHECKING:
    from dvc.services.matching.team_plan import DayPlan, PlanTeam

OUT_OF_TEAMS = "out"  # the menu's answer for "take out of any team"
SHOWN_WARNINGS = 8  # teams listed in the warning itself; the rest behind "Show details"


def team_line(team: PlanTeam) -> str:
    leader = next((m.name for m in team.members if m.volunteer_id == team.leader_id), "")
    line = translate("MatchingDialogs", "{team}  {need} {summary}  ({size}/{headcount} people)").format(
        team=team.code, need=team.need_code, summary=team.need_summary, size=len(team.members),
        headcount=team.headcount)
    if leader:
        line += "  " + translate("MatchingDialogs", "leader {name}").format(name=leader)
    return line


@dataclass(frozen=True)
class NewTeamFor:
    """The menu's answer for a need short of people that has no team yet: a team is made for it."""

    need_id: uuid.UUID


def choose_target(parent: QWidget, plan: DayPlan, *, current: uuid.UUID | None,
                  at: QPoint) -> uuid.UUID | NewTeamFor | str | None:
    """A menu of places the person may go, walked with the arrow keys: a team id, NewTeamFor, OUT_OF_TEAMS or None."""
    menu = QMenu(parent)
    menu.setObjectName("moveTargetMenu")
    menu.setToolTipsVisible(True)
    for team in plan.teams:
        if team.id == current or team.status != TeamStatus.PROPOSED:
            continue
        action = menu.addAction(team_line(team))
        action.setData(team.id)
        if len(team.members) >= team.headcount:
            action.setEnabled(False)
            action.setToolTip(translate("MatchingDialogs", "This team is full."))
    with_team = {t.need_id for t in plan.teams}
    teamless = [u for u in plan.unfilled if u.need_id not in with_team]
    if teamless:
        menu.addSection(translate("MatchingDialogs", "Needs without a team"))
        for need in teamless:
            menu.addAction(translate("MatchingDialogs", "{need} {summary}  (new team, {missing} short)").format(
                need=need.need_code, summary=need.need_summary, missing=need.missing)).setData(NewTeamFor(need.need_id))
    if current is not None:
        menu.addSeparator()
        menu.addAction(translate("MatchingDialogs", "Out of any team")).setData(OUT_OF_TEAMS)
    first = next((a for a in menu.actions() if a.isEnabled() and not a.isSeparator()), None)
    if first is None:
        return None
    menu.setActiveAction(first)
    chosen = menu.exec(at, first)
    return chosen.data() if chosen is not None else None


class ConfirmTeamsDialog(QDialog):
    """The teams about to be confirmed, one a line, their broken rules in red below them."""

    def __init__(self, teams: Sequence[PlanTeam], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmTeamsDialog")
        self.setWindowTitle(self.tr("Confirm teams"))
        self.note = note = QLabel(self.tr(
            "Confirm these {count} teams? Their members are then busy for the day and the dispatch "
            "desk can send them out.").format(count=len(teams)), self)
        note.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("teamsToConfirm")
        for team in teams:
            QListWidgetItem(team_line(team), self.list)
            for violation in team.violations:
                item = QListWidgetItem("　※ " + reason_text(violation, translate), self.list)
                item.setForeground(QBrush(VIOLATION_COLOR))
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("Confirm"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.ok_button.setDefault(True)


def confirm_teams(parent: QWidget, teams: Sequence[PlanTeam]) -> bool:
    return ConfirmTeamsDialog(teams, parent).exec() == QDialog.DialogCode.Accepted


def accept_warnings(parent: QWidget, teams: Sequence[PlanTeam]) -> bool:
    """A second, explicit yes for teams a staff edit left breaking a soft rule (a group split…)."""
    question = translate("MatchingDialogs", "{count} of these teams break a matching rule. Confirm them anyway?")
    box = QMessageBox(QMessageBox.Icon.Warning, translate("MatchingDialogs", "Teams break matching rules"),
                      question.format(count=len(teams)), QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("acceptWarningsBox")
    lines = [f"{team.code}  " + "、".join(reason_text(v, translate) for v in team.violations) for team in teams]
    box.setInformativeText("\n".join(lines[:SHOWN_WARNINGS]))
    if len(lines) > SHOWN_WARNINGS:
        box.setDetailedText("\n".join(lines))
    yes = box.addButton(translate("MatchingDialogs", "Confirm anyway"), QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(translate("MatchingDialogs", "Go back"), QMessageBox.ButtonRole.RejectRole)
    # The safe answer is the default: Enter pressed out of habit does not accept a broken rule.
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def ask_repropose(parent: QWidget, unlocked: int) -> bool:
    answer = QMessageBox.question(
        parent, translate("MatchingDialogs", "Propose again"),
        translate("MatchingDialogs", "Propose again? The {count} proposed teams that are not locked are replaced; "
                  "locked teams stay as they are.").format(count=unlocked),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes



def ask_cancel_reason(parent: QWidget, team: PlanTeam) -> str | None:
    """Why a team is called off (may be left blank); None when the staff think better of it."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("cancelTeamDialog")
    dialog.setWindowTitle(translate("MatchingDialogs", "Cancel team"))
    dialog.setLabelText(translate(
        "MatchingDialogs", "Cancel this team?\n{team}\nIts people are free again and its need goes back to "
        "matching.\nReason (may be left blank):").format(team=team_line(team)))
    dialog.setOkButtonText(translate("MatchingDialogs", "Cancel the team"))
    dialog.setCancelButtonText(translate("MatchingDialogs", "Keep it"))
    dialog.resize(560, dialog.sizeHint().height())
    return dialog.textValue() if dialog.exec() == QDialog.DialogCode.Accepted else None
