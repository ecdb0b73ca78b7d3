"""A table that says something helpful when it is empty instead of showing a blank grid."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QStackedWidget, QTableView, QWidget

from dvc.ui.widgets.cut_text import CutTextTooltips

EMPTY_STYLE = "QLabel { color: #555; font-size: 12pt; padding: 24px; }"


def make_table_view(model: QAbstractItemModel, parent: QWidget | None = None) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setItemDelegate(CutTextTooltips(view))  # a cell cut with "…" shows its whole text on hover
    view.verticalHeader().setVisible(False)
    # Fixed row heights: the view never measures rows it does not show.
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return view


class ListOrEmpty(QStackedWidget):
    """A table view, or a sentence saying why there is nothing to show."""

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = make_table_view(model, self)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(EMPTY_STYLE)
        self.addWidget(self.view)
        self.addWidget(self.empty_label)

    def set_column_widths(self, widths: dict[int, int], *, stretch: int | None = None,
                          fits: dict[int, Iterable[str]] | None = None) -> None:
        """Widths in full-width characters of the current font, never narrower than the header.

        ``stretch`` takes the room left over (the column whose text is longest);
        without it the last column does. ``fits`` names, for a column of a closed list (a status, a
        priority), every text it can show: the column is wide enough for the longest in the language
        on screen ("Awaiting matching" is wider than マッチング待ち).
        """
        metrics = self.view.fontMetrics()
        char = metrics.horizontalAdvance("国")
        model = self.view.model()
        header = self.view.horizontalHeader()
        for column, chars in widths.items():
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            values = [metrics.horizontalAdvance(t) + char for t in (fits or {}).get(column, ())]
            self.view.setColumnWidth(column, max(chars * char, metrics.horizontalAdvance(title) + char, *values))
        if stretch is not None:
            header.setStretchLastSection(False)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def show_rows(self, has_rows: bool, empty_message: str) -> None:
        self.empty_label.setText(empty_message)
        self.setCurrentWidget(self.view if has_rows else self.empty_label)

    def is_showing_empty(self) -> bool:
        return self.currentWidget() is self.empty_label
