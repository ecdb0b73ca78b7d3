"""Tables show a cell cut short with "…" whole in its tooltip.

A narrow column cuts a need's long list of work types or a long address; the
desk should not have to open the detail pane or widen the column to read it.
Only a cell that is really cut gets the whole text: a short one keeps the
model's own tooltip (an address, a status reason), shown under the text when
both apply.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QToolTip


class CutTextTooltips(QStyledItemDelegate):
    def cut_text(self, view: QAbstractItemView, index: QModelIndex | QPersistentModelIndex) -> str | None:
        """The cell's whole text when its column is too narrow for it, else None."""
        option = QStyleOptionViewItem()
        option.initFrom(view.viewport())
        option.rect = view.visualRect(index)
        self.initStyleOption(option, index)
        text = option.text
        if not text:
            return None
        style = view.style()
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view).width()
        # The item text is drawn inside a margin on each side (QCommonStyle's textMargin).
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        return text if option.fontMetrics.horizontalAdvance(text) > room - 2 * margin else None

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,  # noqa: N802
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        if event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        whole = self.cut_text(view, index)
        if whole is None:
            return super().helpEvent(event, view, option, index)
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        QToolTip.showText(event.globalPos(), whole if not own or own == whole else f"{whole}\n{own}",
                          view, view.visualRect(index))
        return True
