"""The notice on a desk's screen while something the laptops did apart waits for this desk's decision.

An amber bar under the desk's heading: how many, the first one in words, and the way to the list (F8
or a click). It stays until the desk has decided every one; another desk's decision (on any laptop)
takes it away at the next check. The keyboard stays in the desk's fields, where a scanner types.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from dvc.i18n import translate
from dvc.services.apart import watch
from dvc.services.core.workspace import Workspace
from dvc.ui import events
from dvc.ui.events import EventBus
from dvc.ui.widgets.one_line_bar import OneLineBar

STYLE = """
QPushButton#apartNotice { background: #ffe08a; color: #5d4200; font-weight: bold; border: 1px solid #d9a400;
                          padding: 6px 12px; text-align: left; }
QPushButton#apartNotice:hover { background: #ffd54f; }
"""


class ApartNotice(OneLineBar):
    def __init__(self, ws: Workspace, bus: EventBus, desk: str, topics: frozenset[str],
                 open_list: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.desk, self.topics = ws, desk, topics | {events.APART}
        self.setObjectName("apartNotice")
        self.setStyleSheet(STYLE)
        self.count = 0
        self._keys: list[str] | None = None  # the stored list this bar last described
        self.clicked.connect(open_list)
        bus.changed.connect(self._on_changed)
        self.hide()
        self.check()

    def _on_changed(self, topic: str) -> None:
        if topic not in self.topics or not self.window().isVisible():
            return
        # A desk's own change (a scan at reception, 30 a minute) costs one read here; the words are read again
        # when the list changed, or when the check after the change says so (APART).
        if topic == events.APART or watch.open_keys(self.ws, desk=self.desk) != self._keys:
            self.check()

    def check(self) -> None:
        self._keys = watch.open_keys(self.ws, desk=self.desk)
        conflicts = watch.open_conflicts(self.ws, desk=self.desk)
        self.count = len(conflicts)
        if not conflicts:
            self.hide()
            return
        self.say("⚠ " + self.tr("The laptops disagree: %n thing(s) for this desk to decide: ", "", self.count),
                 conflicts[0].title.text(translate), self.tr("  ▶ Look and decide (F8)"))
        self.setToolTip("\n".join(c.title.text(translate) for c in conflicts))
        self.show()
