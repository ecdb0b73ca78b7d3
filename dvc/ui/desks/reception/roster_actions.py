"""Opening someone from reception's lists: correct a volunteer (Ctrl+E, or a double click), open their group (Ctrl+Shift+G).

A double click opens the person, never checks them in: a desk that clicks to
look at someone must not record them as here. Enter on a row still checks in
(the person who forgot their sheet), as does the page's own button.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QWidget

from dvc.services.core.workspace import Workspace
from dvc.services.reception import registration
from dvc.services.reception.roster import VolunteerRow
from dvc.ui.events import EventBus
from dvc.ui.operations import run_operation


class RosterActions(QWidget):
    def __init__(self, ws: Workspace, bus: EventBus, chosen: Callable[[], VolunteerRow | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.bus, self.chosen = ws, bus, chosen
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.open_button = QPushButton(self.tr("Open / correct… (Ctrl+E)"), self)
        self.group_button = QPushButton(self.tr("Open their group… (Ctrl+Shift+G)"), self)
        for button, slot, keys in ((self.open_button, self.open_person, "Ctrl+E"),
                                   (self.group_button, self.open_group, "Ctrl+Shift+G")):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the keyboard
            button.clicked.connect(slot)
            row.addWidget(button)
            QShortcut(QKeySequence(keys), self, slot, context=Qt.ShortcutContext.WindowShortcut)

    def _chosen_or_say(self) -> VolunteerRow | None:
        row = self.chosen()
        if row is None:
            QMessageBox.information(self, self.tr("Open"),
                                    self.tr("Choose a volunteer in the list first (search by name, then Down)."))
        return row

    def open_person(self) -> None:
        from dvc.ui.desks.reception.registration_dialog import RegistrationDialog

        row = self._chosen_or_say()
        if row is None:
            return
        dialog = RegistrationDialog(self.ws, self.bus, self)
        dialog.open_existing(row.id)
        if dialog.editing is not None:
            dialog.exec()

    def open_group(self) -> None:
        from dvc.ui.desks.reception.group_edit_dialog import GroupEditDialog

        row = self._chosen_or_say()
        if row is None:
            return
        details = run_operation(self, lambda: registration.get_volunteer(self.ws, volunteer_id=row.id))
        if details is None:
            return
        if details.group_id is None:
            QMessageBox.information(self, self.tr("Open"), self.tr("{code} {name} came alone, not with a group.").format(
                code=row.code, name=row.name))
            return
        GroupEditDialog(self.ws, self.bus, details.group_id, self).exec()
