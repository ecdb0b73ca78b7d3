"""The day's proposed teams as a tree (team → leader ★ and members, rule breaks in red) and what is left over.

Rows are the frozen dataclasses of dvc.services.matching.team_plan; the sentences come
from dvc.services.matching.words, the same words the CLI prints.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from dvc.domain.vocab import TeamStatus
from dvc.i18n import translate
from dvc.services.matching.words import reason_text
from dvc.ui import labels
from dvc.ui.formatting import number, text
from dvc.ui.models.paged import ROW_ROLE, PagedTableModel
from dvc.ui.widgets.lock_icon import lock_icon

if TYPE_CHECKING:
    from dvc.services.matching.team_plan import DayPlan, PlanMember, PlanTeam, Unfilled, Unplaced

KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "team", "member" or "violation"
TEAM_ROLE = Qt.ItemDataRole.UserRole + 3  # the PlanTeam a row belongs to
KIND_TEAM, KIND_MEMBER, KIND_VIOLATION = "team", "member", "violation"
LEADER_MARK = "★"
VIOLATION_COLOR = QColor("#b00020")
VIOLATION_BACKGROUND = QColor("#fde7ea")
CONFIRMED_COLOR = QColor("#2e7d32")
# Up to this many teams changed (an edit touches one or two), their rows are replaced instead of the whole tree.
FEW_CHANGED = 20
SEPARATOR = "　"  # an ideographic space between the parts of a line reads better than a dot in Japanese


def reasons_line(reasons: tuple[dict, ...] | list[dict]) -> str:
    return "。".join(reason_text(r, translate) for r in reasons)


class TeamTreeModel(QStandardItemModel):
    """Teams at the top level, their members below; a team's broken rules are red rows of their own."""

    COL_NAME, COL_INFO, COL_WHY = range(3)

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.teams: list[PlanTeam] = []
        self.setHorizontalHeaderLabels(self.headers())

    def headers(self) -> list[str]:
        return [self.tr("Team / member"), self.tr("Need / person"), self.tr("Why")]

    def set_teams(self, teams: list[PlanTeam] | tuple[PlanTeam, ...]) -> list[int] | None:
        """Show ``teams``; the rows replaced when the same teams came back with a few changed (an edit), else
        None: everything was built again."""
        new = list(teams)
        if self.rowCount() == len(self.teams) and [t.id for t in self.teams] == [t.id for t in new]:
            changed = [r for r, (a, b) in enumerate(zip(self.teams, new)) if a is not b and a != b]
            if len(changed) <= FEW_CHANGED:
                self.teams = new
                root = self.invisibleRootItem()
                for r in changed:
                    root.removeRow(r)
                    root.insertRow(r, self._whole_team(new[r]))
                return changed
        self.teams = new
        # One reset instead of a signal per row: a big day has 500 teams and 3,000 members.
        self.beginResetModel()
        self.blockSignals(True)
        try:
            self.removeRows(0, self.rowCount())
            root = self.invisibleRootItem()
            for team in self.teams:
                root.appendRow(self._whole_team(team))
        finally:
            self.blockSignals(False)
            self.endResetModel()
        return None

    def _whole_team(self, team: PlanTeam) -> list[QStandardItem]:
        row = self._team_row(team)
        for violation in team.violations:
            row[0].appendRow(self._violation_row(team, violation))
        leader_first = sorted(team.members, key=lambda m: (m.volunteer_id != team.leader_id, m.code))
        for member in leader_first:
            row[0].appendRow(self._member_row(team, member))
        return row

    # Rows.

    def _items(self, texts: list[str], kind: str, team: PlanTeam, payload: Any) -> list[QStandardItem]:
        # The view never edits (NoEditTriggers); what a row is and holds sits on its first column only.
        items = [QStandardItem(value) for value in texts]
        first = items[0]
        first.setData(kind, KIND_ROLE)
        first.setData(team, TEAM_ROLE)
        first.setData(payload, ROW_ROLE)
        for item, value in zip(items, texts):
            if value:
                item.setToolTip(value)
        return items

    def _team_row(self, team: PlanTeam) -> list[QStandardItem]:
        """One line across the whole width (the view spans it): code, need, size, state, rule breaks."""
        state = [labels.team_status(team.status)]
        if team.locked:
            state.append(self.tr("locked"))
        # What staff scan for first comes first; a narrow window cuts the end of the line (the need's words).
        parts = [team.code,
                 self.tr("{size}/{headcount} people").format(size=len(team.members), headcount=team.headcount),
                 "・".join(state)]
        if team.violations:
            parts.append(self.tr("{count} rule(s) broken").format(count=len(team.violations)))
        parts += [team.need_code, team.need_summary]
        line = SEPARATOR.join(filter(None, parts))
        items = self._items([line, "", ""], KIND_TEAM, team, team)
        bold = QFont()
        bold.setBold(True)
        items[0].setFont(bold)
        if team.locked:
            items[0].setIcon(lock_icon())
        if team.violations:
            items[0].setForeground(QBrush(VIOLATION_COLOR))
            items[0].setBackground(QBrush(VIOLATION_BACKGROUND))
        elif team.status == TeamStatus.CONFIRMED:
            items[0].setForeground(QBrush(CONFIRMED_COLOR))
        return items

    def _member_row(self, team: PlanTeam, m: PlanMember) -> list[QStandardItem]:
        mark = LEADER_MARK if m.volunteer_id == team.leader_id else "　"
        age = self.tr("{age} years").format(age=m.age) if m.age is not None else ""
        info = SEPARATOR.join(filter(None, [m.code, age, labels.gender(m.gender) if m.gender else "", m.group_name]))
        items = self._items([f"{mark} {m.name}", info, reasons_line(m.reasons)], KIND_MEMBER, team, m)
        if m.volunteer_id == team.leader_id:
            items[0].setToolTip(self.tr("Leader: {name}").format(name=m.name))
        return items

    def _violation_row(self, team: PlanTeam, violation: dict) -> list[QStandardItem]:
        sentence = "※ " + reason_text(violation, translate)
        items = self._items([sentence], KIND_VIOLATION, team, violation)
        item = items[0]
        item.setForeground(QBrush(VIOLATION_COLOR))
        # Read-only text: the keyboard walks past it to the members.
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return items

    # Finding rows again after a refresh.

    def team_index(self, team_id: uuid.UUID) -> QModelIndex:
        for r in range(self.rowCount()):
            if self.item(r).data(ROW_ROLE).id == team_id:
                return self.index(r, 0)
        return QModelIndex()

    def member_index(self, volunteer_id: uuid.UUID) -> QModelIndex:
        for r in range(self.rowCount()):
            team_item = self.item(r)
            for c in range(team_item.rowCount()):
                child = team_item.child(c)
                if child.data(KIND_ROLE) == KIND_MEMBER and child.data(ROW_ROLE).volunteer_id == volunteer_id:
                    return child.index()
        return QModelIndex()

    def team(self, team_id: uuid.UUID) -> PlanTeam | None:
        return next((t for t in self.teams if t.id == team_id), None)


class UnfilledModel(PagedTableModel):
    COL_NEED, COL_SUMMARY, COL_MISSING, COL_WHY = range(4)
    NUMERIC_COLUMNS = frozenset({COL_MISSING})

    def headers(self) -> list[str]:
        return [self.tr("Need"), self.tr("Work"), self.tr("Short"), self.tr("Why")]

    def display(self, row: Unfilled, column: int) -> str:
        if column == self.COL_NEED:
            return row.need_code
        if column == self.COL_SUMMARY:
            return text(row.need_summary)
        if column == self.COL_MISSING:
            return number(row.missing)
        if column == self.COL_WHY:
            return reasons_line(row.reasons)
        return ""

    def tooltip(self, row: Unfilled, column: int) -> str | None:
        return reasons_line(row.reasons) if column == self.COL_WHY else None


class UnplacedModel(PagedTableModel):
    COL_CODE, COL_NAME, COL_WHY = range(3)

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Name"), self.tr("Why")]

    def display(self, row: Unplaced, column: int) -> str:
        if column == self.COL_CODE:
            return row.code
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_WHY:
            return reasons_line(row.reasons)
        return ""

    def tooltip(self, row: Unplaced, column: int) -> str | None:
        return reasons_line(row.reasons) if column == self.COL_WHY else None


def plan_summary(plan: DayPlan) -> str:
    """One line over the tree: how many teams, people placed, needs short, people left."""
    placed = sum(len(t.members) for t in plan.teams)
    return QCoreApplication.translate(
        "TeamPlan", "{teams} teams, {placed} people placed; {unfilled} needs short, {unplaced} people not placed"
    ).format(teams=number(len(plan.teams)), placed=number(placed), unfilled=number(len(plan.unfilled)),
             unplaced=number(len(plan.unplaced)))
