"""Registrations that may be the same person, shown before saving, each with a button to open it instead."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dvc.services.reception.duplicates import SAME_KANA_AND_BIRTH, DuplicateMatch
from dvc.ui.formatting import short

SHOWN = 5
FOUND_STYLE = "QFrame#duplicatesPanel { background: #fff4d6; border: 1px solid #e0a000; }"
TITLE_STYLE = "QLabel { font-weight: bold; }"


class DuplicatesPanel(QFrame):
    open_requested = Signal(uuid.UUID)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.title = QLabel(self.tr("Possible duplicates"), self)
        self.title.setStyleSheet(TITLE_STYLE)
        layout.addWidget(self.title)
        self.rows = QVBoxLayout()
        layout.addLayout(self.rows)
        self.none_label = QLabel(self.tr("No similar registration."), self)
        self.none_label.setStyleSheet("QLabel { color: #555; }")
        layout.addWidget(self.none_label)
        self.matches: list[DuplicateMatch] = []
        self.buttons: list[QPushButton] = []
        self._widgets: list[QWidget] = []

    def show_matches(self, matches: list[DuplicateMatch]) -> None:
        for widget in self._widgets:
            self.rows.removeWidget(widget)
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        self._widgets, self.buttons = [], []
        self.matches = list(matches)
        for match in matches[:SHOWN]:
            row = QWidget(self)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = QLabel(self._describe(match), row)
            label.setWordWrap(True)
            button = QPushButton(self.tr("Open"), row)
            button.setToolTip(self.tr("Open {code} instead of registering a new person").format(code=match.code))
            button.clicked.connect(lambda _=False, vid=match.id: self.open_requested.emit(vid))
            line.addWidget(label, 1)
            line.addWidget(button)
            self.rows.addWidget(row)
            row.show()  # now, not at the next turn of the event loop: Tab may go to its button at once
            self._widgets.append(row)
            self.buttons.append(button)
        self.none_label.setVisible(not matches)
        self.title.setText(self.tr("Possible duplicates ({count})").format(count=len(matches)) if matches
                           else self.tr("Possible duplicates"))
        self.setStyleSheet(FOUND_STYLE if matches else "")

    def _describe(self, m: DuplicateMatch) -> str:
        why = [self.tr("same furigana and birth date") if r == SAME_KANA_AND_BIRTH else self.tr("same phone")
               for r in m.reasons]
        age = self.tr("{age} years").format(age=m.age) if m.age is not None else ""
        details = "  ".join(x for x in (short(m.kana), age, m.phone, short(m.group_name)) if x)
        return f"{m.code}  {short(m.name)}\n{details}\n({'、'.join(why)})"
