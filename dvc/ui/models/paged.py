"""The one shape of every table model in dvc.

Rows are frozen dataclasses from a service. A model either holds a short list
(``set_rows``) or pages through a long one (``set_source``): then it asks
the service for a count and the first page, and Qt's views ask for more
(``canFetchMore``/``fetchMore``) as the user scrolls, so 100,000 volunteers
never sit in memory at once. A page is asked for as ``page(after, limit)``:
the rows following ``after``, the last row loaded (None for the first page);
services answer with a keyset query.

Subclasses define ``COL_*`` constants, ``headers()`` (translated) and
``display(row, column)``; numbers in ``NUMERIC_COLUMNS`` align right.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row dataclass itself
PAGE_SIZE = 200

Index = QModelIndex | QPersistentModelIndex
CountFn = Callable[[], int]
PageFn = Callable[[Any | None, int], Sequence[Any]]


class PagedTableModel(QAbstractTableModel):
    NUMERIC_COLUMNS: ClassVar[frozenset[int]] = frozenset()

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[Any] = []
        self._total = 0
        self._count: CountFn | None = None
        self._page: PageFn | None = None
        self.page_size = PAGE_SIZE

    # What a subclass says.

    def headers(self) -> list[str]:
        raise NotImplementedError

    def display(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    # Filling the model.

    def set_rows(self, rows: Sequence[Any]) -> None:
        """A short list, shown whole."""
        self.beginResetModel()
        self._count = self._page = None
        self._rows = list(rows)
        self._total = len(self._rows)
        self.endResetModel()

    def set_source(self, *, count: CountFn, page: PageFn) -> None:
        """A long list: ``count()`` rows in all, ``page(after, limit)`` reads those after a row."""
        self._count, self._page = count, page
        self.refresh()

    def refresh(self) -> None:
        """Read again, keeping as many rows loaded as before so the view does not jump to the top."""
        if self._page is None or self._count is None:
            return
        keep = max(self.page_size, len(self._rows))
        self.beginResetModel()
        self._total = self._count()
        self._rows = list(self._page(None, min(keep, self._total))) if self._total else []
        self.endResetModel()

    def total(self) -> int:
        """All rows of the list, loaded or not."""
        return self._total

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def loaded_rows(self) -> list[Any]:
        return list(self._rows)

    # Qt's side.

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers())

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._page is not None and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        assert self._page is not None
        start = len(self._rows)
        asked = min(self.page_size, self._total - start)
        more = list(self._page(self._rows[-1] if self._rows else None, asked))
        if len(more) < asked:
            # Rows vanished since the count: the list ends here.
            self._total = start + len(more)
        if not more:
            return
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.NUMERIC_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def replace_rows(self, change: Callable[[Any], Any | None]) -> int:
        """Swap loaded rows for ``change(row)`` where it is not None (one row changed, no re-read); returns how many."""
        replaced = 0
        for number, row in enumerate(self._rows):
            new = change(row)
            if new is not None:
                self._rows[number] = new
                self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))
                replaced += 1
        return replaced

    def column_changed(self, column: int) -> None:
        """Tell views one column of every loaded row changed (e.g. a clock-driven value)."""
        if self._rows:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))
