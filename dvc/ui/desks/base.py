"""What every desk page shares: the workspace, the event bus, a heading, lazy refresh."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from dvc.services.core.workspace import Workspace
from dvc.ui.events import EventBus
from dvc.ui.shortcuts import shortcut

HEADING_STYLE = "QLabel#deskHeading { font-size: 16pt; font-weight: bold; color: #1f3a5f; }"
HINT_STYLE = "QLabel#deskHint { color: #555; }"


class DeskPage(QWidget):
    """A desk's screen. It refreshes when a topic it shows is announced on the bus.

    A page that is not on screen only remembers that it is out of date and
    reads the database when it is shown: switching desks stays instant and a
    change at one desk does not make six screens query at once.
    """

    topics: frozenset[str] = frozenset()

    def __init__(self, ws: Workspace, bus: EventBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.bus = bus
        self._stale = True
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 12, 16, 12)
        self.body.setSpacing(10)
        bus.changed.connect(self._on_changed)

    # For subclasses.

    def refresh(self) -> None:
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        """Where the keyboard goes when this desk is chosen."""
        return self

    def add_apart_notice(self, desk: str, desk_name: str, decide: Callable[..., None]) -> None:
        """The notice of what the laptops did apart for this desk to decide, under the heading; F8 opens the list."""
        from dvc.ui.dialogs.apart_dialog import ApartDialog
        from dvc.ui.widgets.apart_notice import ApartNotice

        def open_list() -> None:
            ApartDialog(self.ws, self.bus, desk=desk, desk_name=desk_name, decide=decide,
                        announces=tuple(self.topics), parent=self).exec()
            self.apart_notice.check()
            self.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

        self.apart_notice = ApartNotice(self.ws, self.bus, desk, self.topics, open_list, self)
        self.body.addWidget(self.apart_notice)
        self.open_apart_list = open_list
        shortcut(Qt.Key.Key_F8, self, open_list, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def add_heading(self, title: str, hint: str = "") -> QHBoxLayout:
        """The desk's name, an optional one-line hint; returns the row for extra widgets on the right."""
        row = QHBoxLayout()
        heading = QLabel(title, self)
        heading.setObjectName("deskHeading")
        heading.setStyleSheet(HEADING_STYLE)
        row.addWidget(heading)
        if hint:
            hint_label = QLabel(hint, self)
            hint_label.setObjectName("deskHint")
            hint_label.setStyleSheet(HINT_STYLE)
            row.addSpacing(12)
            row.addWidget(hint_label)
        row.addStretch(1)
        self.body.addLayout(row)
        return row

    # Keeping up to date.

    def refresh_if_stale(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh()

    def _on_changed(self, topic: str) -> None:
        if topic not in self.topics:
            return
        self._stale = True
        if self.isVisible():
            self.refresh_if_stale()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh_if_stale()


def card_row(cards: Iterable[QWidget]) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(8)
    for card in cards:
        row.addWidget(card)
    row.addStretch(1)
    return row
