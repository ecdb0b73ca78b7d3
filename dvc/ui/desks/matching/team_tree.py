"""The teams tree view; a member can also be dragged onto another team (the keyboard way is Ctrl+M)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from dvc.domain.vocab import TeamStatus
from dvc.ui.models.paged import ROW_ROLE
from dvc.ui.models.team_plan import KIND_MEMBER, KIND_ROLE, TEAM_ROLE

TREE_STYLE = "QTreeView::item { padding: 2px 0; }"


class TeamTree(QTreeView):
    dropped = Signal(object, object)  # volunteer id, the team id it was dropped on

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamTree")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setStyleSheet(TREE_STYLE)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.header().setStretchLastSection(True)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)

    def dragged_member(self) -> uuid.UUID | None:
        first = self.currentIndex().siblingAtColumn(0)
        if first.data(KIND_ROLE) != KIND_MEMBER or first.data(TEAM_ROLE).status != TeamStatus.PROPOSED:
            return None
        return first.data(ROW_ROLE).volunteer_id

    def team_at(self, point: QPoint) -> uuid.UUID | None:
        """The proposed team with room under the mouse (its own line or one of its members), else None."""
        index: QModelIndex = self.indexAt(point).siblingAtColumn(0)
        team = index.data(TEAM_ROLE) if index.isValid() else None
        if team is None or team.status != TeamStatus.PROPOSED or len(team.members) >= team.headcount:
            return None
        current = self.currentIndex().siblingAtColumn(0).data(TEAM_ROLE)
        return None if current is not None and current.id == team.id else team.id

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        super().dragMoveEvent(event)  # scrolls near the edges
        if event.source() is self and self.dragged_member() and self.team_at(event.position().toPoint()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        member, team = self.dragged_member(), self.team_at(event.position().toPoint())
        # The move goes through the service and a re-read; Qt must not move the row in the model itself.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if member and team:
            # After the drag has finished: the move rebuilds the tree the drag started from.
            QTimer.singleShot(0, lambda: self.dropped.emit(member, team))
