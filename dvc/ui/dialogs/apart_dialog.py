"""What the laptops did apart, for one desk to decide: the list, what happened, the choices.

Keyboard first: the list has the keyboard (Up/Down); Tab goes to the choices (arrows move between
them, Space picks one), Tab again to the number where a choice needs one, Enter decides. Nothing is
chosen beforehand, so an Enter meant for something else decides nothing. A decision goes through the
desk's own service (one transaction, in the audit trail, sent on to the other laptops like any change).
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QRadioButton, QSpinBox, QVBoxLayout, QWidget,
)

from dvc.i18n import translate
from dvc.services.apart import watch
from dvc.services.apart.model import Choice, Conflict
from dvc.services.core.workspace import Workspace
from dvc.ui import events
from dvc.ui.events import EventBus
from dvc.ui.operations import run_operation

Decide = Callable[..., None]  # decide(ws, *, key, choice, value)
WHY_NOT_STYLE = "QLabel { color: #8a1c13; margin-left: 24px; }"
EMPTY_STYLE = "QLabel { color: #1b5e20; font-weight: bold; font-size: 13pt; }"


class ApartDialog(QDialog):
    def __init__(self, ws: Workspace, bus: EventBus, *, desk: str, desk_name: str, decide: Decide,
                 announces: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.bus, self.desk, self.decide_call, self.announces = ws, bus, desk, decide, announces
        self.conflicts: list[Conflict] = []
        self.radios: list[QRadioButton] = []
        self.setWindowTitle(self.tr("The laptops disagree — {desk}").format(desk=desk_name))
        intro = QLabel(self.tr(
            "While the laptops were apart (no network, or files not exchanged yet), two of them recorded things "
            "that cannot both be right. Look at each one, find out what is true, and choose. Until this desk "
            "decides, it stays in this list and on the desk's screen."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._show)
        self.list.activated.connect(lambda _index: self._first_choice())
        self.empty = QLabel(self.tr("Nothing is left for this desk to decide."), self)
        self.empty.setStyleSheet(EMPTY_STYLE)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.choice_box = QGroupBox(self.tr("Choose one"), self)
        self.choice_layout = QVBoxLayout(self.choice_box)
        self.group = QButtonGroup(self)
        self.group.idToggled.connect(lambda _id, _on: self._chosen_changed())
        self.value_label = QLabel(self.tr("Number:"), self)
        self.value = QSpinBox(self)
        self.value.setAccelerated(True)
        value_row = QHBoxLayout()
        value_row.addWidget(self.value_label)
        value_row.addWidget(self.value)
        value_row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.decide_button = QPushButton(self.tr("&Decide"), self)
        self.decide_button.setDefault(True)
        buttons.addButton(self.decide_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.decide_button.clicked.connect(self.decide)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAutoDefault(False)
        side = QVBoxLayout()
        side.addWidget(self.details)
        side.addWidget(self.choice_box)
        side.addLayout(value_row)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(1000, 580)
        self.refresh()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    # The list.

    def refresh(self) -> None:
        keep = self.current().key if self.current() else None
        self.conflicts = watch.open_conflicts(self.ws, desk=self.desk)
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in self.conflicts:
            QListWidgetItem(conflict.title.text(translate), self.list)
        self.list.blockSignals(False)
        self.empty.setVisible(not self.conflicts)
        self.list.setVisible(bool(self.conflicts))
        keys = [c.key for c in self.conflicts]
        self.list.setCurrentRow(keys.index(keep) if keep in keys else 0 if keys else -1)
        self._show(self.list.currentRow())
        if not self.conflicts:
            self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def current(self) -> Conflict | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show(self, row: int) -> None:
        conflict = self.conflicts[row] if 0 <= row < len(self.conflicts) else None
        for radio in self.radios:
            self.group.removeButton(radio)
            radio.deleteLater()
        self.radios = []
        while self.choice_layout.count():
            item = self.choice_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        # One paragraph per line, a little apart: names and codes come from the records, so they are escaped.
        self.details.setText("".join(f'<p style="margin: 0 0 6px 0">{html.escape(line.text(translate))}</p>'
                                     for line in conflict.lines) if conflict else "")
        self.choice_box.setVisible(conflict is not None)
        if conflict is not None:
            for number, choice in enumerate(conflict.choices):
                radio = QRadioButton(choice.wording.text(translate), self.choice_box)
                radio.setEnabled(choice.enabled)
                self.group.addButton(radio, number)
                self.choice_layout.addWidget(radio)
                self.radios.append(radio)
                if choice.why_not is not None:
                    why = QLabel(choice.why_not.text(translate), self.choice_box)
                    why.setWordWrap(True)
                    why.setStyleSheet(WHY_NOT_STYLE)
                    self.choice_layout.addWidget(why)
        # The choices are made after the buttons: put them back between the list and the buttons for Tab.
        chain = [self.list, *self.radios, self.value, self.decide_button, self.close_button]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)
        self._chosen_changed()

    def _first_choice(self) -> None:
        enabled = [r for r in self.radios if r.isEnabled()]
        if enabled:
            enabled[0].setFocus(Qt.FocusReason.TabFocusReason)

    # Choosing.

    def chosen(self) -> Choice | None:
        conflict, number = self.current(), self.group.checkedId()
        if conflict is None or not 0 <= number < len(conflict.choices):
            return None
        return conflict.choices[number]

    def _chosen_changed(self) -> None:
        choice = self.chosen()
        asks = choice is not None and choice.limits is not None
        self.value_label.setVisible(asks)
        self.value.setVisible(asks)
        if asks:
            self.value.setRange(*choice.limits)
            self.value.setValue(choice.suggested if choice.suggested is not None else choice.limits[0])
        self.decide_button.setEnabled(choice is not None and choice.enabled)

    def decide(self) -> None:
        conflict, choice = self.current(), self.chosen()
        if conflict is None or choice is None or not choice.enabled:
            return
        value = self.value.value() if choice.limits is not None else None
        run_operation(self, lambda: self.decide_call(self.ws, key=conflict.key, choice=choice.id, value=value),
                      bus=self.bus, announces=(*self.announces, events.APART))
        # Refused or not, the list shows what stands now (it may have been settled elsewhere meanwhile).
        self.refresh()
        if self.conflicts:
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
