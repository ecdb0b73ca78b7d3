"""The proposal on screen: the teams tree on the left, the needs still short and the people left over on the right."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel, QSplitter, QVBoxLayout, QWidget

from dvc.i18n import translate
from dvc.services.matching.words import reason_text
from dvc.ui.desks.matching.boxes import boxed
from dvc.ui.desks.matching.team_tree import TeamTree
from dvc.ui.models.paged import ROW_ROLE
from dvc.ui.models.team_plan import (
    KIND_MEMBER, KIND_ROLE, KIND_TEAM, KIND_VIOLATION, TEAM_ROLE, TeamTreeModel, UnfilledModel, UnplacedModel,
    plan_summary, reasons_line,
)
from dvc.ui.widgets.list_view import EMPTY_STYLE, ListOrEmpty

if TYPE_CHECKING:
    from dvc.services.matching.team_plan import DayPlan, PlanTeam

T = TeamTreeModel
TREE_CHARS = {T.COL_NAME: 11, T.COL_INFO: 22}
UNFILLED_CHARS = {UnfilledModel.COL_NEED: 8, UnfilledModel.COL_SUMMARY: 7, UnfilledModel.COL_MISSING: 2}
UNPLACED_CHARS = {UnplacedModel.COL_CODE: 8, UnplacedModel.COL_NAME: 6}
WHY_STYLE = "QLabel { color: #333; background: #f4f6f8; padding: 3px 6px; }"
TREE_SHARE = 0.6  # of the width; the rest shows what is left over


@dataclass(frozen=True)
class Chosen:
    """The person or team the staff picked: in the tree, or a volunteer in the left-over list (team None)."""

    volunteer_id: uuid.UUID | None
    name: str
    team: PlanTeam | None


class PlanPanel(QSplitter):
    chosen_changed = Signal()  # the staff went from the tree to the people left over, or back

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.plan: DayPlan | None = None
        self.tree_model = TeamTreeModel(self)
        self.tree = TeamTree(self)
        self.tree.setModel(self.tree_model)
        self.tree_empty = QLabel(self)
        self.tree_empty.setObjectName("emptyState")
        self.tree_empty.setWordWrap(True)
        self.tree_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tree_empty.setStyleSheet(EMPTY_STYLE)
        self.summary = QLabel(self)
        self.summary.setObjectName("planSummary")
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary)
        column.addWidget(self.tree, 1)
        column.addWidget(self.tree_empty, 1)
        self.tree_why = self._why_label("treeWhy")
        column.addWidget(self.tree_why)

        self.unfilled_model = UnfilledModel(self)
        self.unfilled = ListOrEmpty(self.unfilled_model, self)
        self.unfilled.set_column_widths(UNFILLED_CHARS, stretch=UnfilledModel.COL_WHY)
        self.unplaced_model = UnplacedModel(self)
        self.unplaced = ListOrEmpty(self.unplaced_model, self)
        self.unplaced.set_column_widths(UNPLACED_CHARS, stretch=UnplacedModel.COL_WHY)
        self.unfilled_why = self._why_label("unfilledWhy")
        self.unplaced_why = self._why_label("unplacedWhy")
        self.unfilled_box = boxed("", self.unfilled, self)
        self.unfilled_box.layout().addWidget(self.unfilled_why)
        self.unplaced_box = boxed("", self.unplaced, self)
        self.unplaced_box.layout().addWidget(self.unplaced_why)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.unfilled_box)
        right.addWidget(self.unplaced_box)
        right.setChildrenCollapsible(False)

        self.addWidget(left)
        self.addWidget(right)
        self.setChildrenCollapsible(False)
        self.setSizes([round(TREE_SHARE * 1000), round((1 - TREE_SHARE) * 1000)])
        self._size_tree_columns()
        # Which list the staff last worked in decides who "the chosen person" is.
        self.active_list: QWidget = self.tree
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.tree.selectionModel().currentChanged.connect(self._show_tree_why)
        for view, label in ((self.unfilled.view, self.unfilled_why), (self.unplaced.view, self.unplaced_why)):
            view.selectionModel().currentChanged.connect(partial(self._show_row_why, label))

    def _why_label(self, name: str) -> QLabel:
        """The whole sentence of the row the cursor is on: the list's own column cuts long reasons short."""
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet(WHY_STYLE)
        label.setMinimumHeight(label.fontMetrics().lineSpacing() * 2 + 8)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return label

    def _show_tree_why(self, index: QModelIndex, *_args: object) -> None:
        first = index.siblingAtColumn(0)
        kind, row = first.data(KIND_ROLE), first.data(ROW_ROLE)
        if kind == KIND_MEMBER:
            text = f"{row.name}：{reasons_line(row.reasons)}"
        elif kind == KIND_TEAM:
            text = "。".join(reason_text(v, translate) for v in row.violations) or first.data()
        elif kind == KIND_VIOLATION:
            text = first.data()
        else:
            text = ""
        self.tree_why.setText(text)

    @staticmethod
    def _show_row_why(label: QLabel, index: QModelIndex, *_args: object) -> None:
        row = index.data(ROW_ROLE) if index.isValid() else None
        label.setText(reasons_line(row.reasons) if row is not None else "")

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if (now is self.tree or now is self.unplaced.view) and now is not self.active_list:
            self.active_list = now
            self.chosen_changed.emit()

    def _size_tree_columns(self) -> None:
        metrics = self.tree.fontMetrics()
        char = metrics.horizontalAdvance("国")
        for column, chars in TREE_CHARS.items():
            self.tree.setColumnWidth(column, chars * char)

    # Showing a plan.

    def show_plan(self, plan: DayPlan) -> None:
        kept = self.chosen()
        self.plan = plan
        replaced = self.tree_model.set_teams(plan.teams)
        if replaced is None:
            self.tree.expandAll()
        root = QModelIndex()
        for r in range(self.tree_model.rowCount()) if replaced is None else replaced:
            self.tree.setFirstColumnSpanned(r, root, True)  # a team is one line across the whole width
            team_item = self.tree_model.item(r)
            if replaced is not None:
                self.tree.expand(team_item.index())
            for c in range(team_item.rowCount()):
                if team_item.child(c).data(KIND_ROLE) == KIND_VIOLATION:
                    self.tree.setFirstColumnSpanned(c, team_item.index(), True)
        has_teams = bool(plan.teams)
        self.tree.setVisible(has_teams)
        self.tree_why.setVisible(has_teams)
        self.summary.setVisible(has_teams)
        self.tree_empty.setVisible(not has_teams)
        self.tree_empty.setText(self.tr("No teams yet today.\nPress Ctrl+P to propose teams for the needs waiting."))
        self.summary.setText(plan_summary(plan))
        for label in (self.tree_why, self.unfilled_why, self.unplaced_why):
            label.clear()
        self.unfilled_model.set_rows(plan.unfilled)
        self.unplaced_model.set_rows(plan.unplaced)
        self.unfilled_box.setTitle(self.tr("Needs still short ({count})").format(count=len(plan.unfilled)))
        self.unplaced_box.setTitle(self.tr("People not placed ({count})").format(count=len(plan.unplaced)))
        if has_teams:
            self.unfilled.show_rows(bool(plan.unfilled), self.tr("Every need waiting has its people."))
            self.unplaced.show_rows(bool(plan.unplaced), self.tr("Everyone waiting is in a team."))
        else:
            # Before a proposal every need is short and nobody placed: reasons would only say so at length.
            self.unfilled.show_rows(False, self.tr("Nothing proposed yet."))
            self.unplaced.show_rows(False, self.tr("Nothing proposed yet."))
        self.unfilled_why.setVisible(not self.unfilled.is_showing_empty())
        self.unplaced_why.setVisible(not self.unplaced.is_showing_empty())
        if kept is not None:
            self.select(volunteer_id=kept.volunteer_id, team_id=kept.team.id if kept.team else None)

    # What is chosen.

    def chosen(self) -> Chosen | None:
        if self.active_list is self.unplaced.view:
            index = self.unplaced.view.currentIndex()
            if index.isValid():
                row = index.data(ROW_ROLE)
                return Chosen(row.volunteer_id, row.name, None)
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        first = index.siblingAtColumn(0)
        kind, team = first.data(KIND_ROLE), first.data(TEAM_ROLE)
        if kind == KIND_MEMBER:
            member = first.data(ROW_ROLE)
            return Chosen(member.volunteer_id, member.name, team)
        if kind in (KIND_TEAM, KIND_VIOLATION):
            return Chosen(None, "", team)
        return None

    def select(self, *, volunteer_id: uuid.UUID | None = None, team_id: uuid.UUID | None = None) -> bool:
        """Put the tree's cursor on a person (or else their team) again after the tree was rebuilt."""
        index = self.tree_model.member_index(volunteer_id) if volunteer_id else QModelIndex()
        if not index.isValid() and team_id is not None:
            index = self.tree_model.team_index(team_id)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        self.active_list = self.tree
        return True

    def focus_tree(self) -> None:
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.tree.currentIndex().isValid() and self.tree_model.rowCount():
            self.tree.setCurrentIndex(self.tree_model.index(0, 0))
