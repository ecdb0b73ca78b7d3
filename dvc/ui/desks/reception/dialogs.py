"""Reception's small questions: over the day's limit, and setting that limit."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from dvc.i18n import translate
from dvc.services.reception.checkin import MAX_CAPACITY, ScanResult


class OverCapacityBox(QMessageBox):
    def __init__(self, parent: QWidget | None, result: ScanResult) -> None:
        super().__init__(QMessageBox.Icon.Warning, translate("ReceptionDialogs", "Today's limit reached"),
                         result.text(translate), QMessageBox.StandardButton.NoButton, parent)
        self.setInformativeText(translate(
            "ReceptionDialogs",
            "The center set this limit to keep the day safe. Ask the desk lead before checking in more people."))
        self.yes_button = self.addButton(translate("ReceptionDialogs", "Check in anyway"),
                                         QMessageBox.ButtonRole.AcceptRole)
        self.no_button = self.addButton(translate("ReceptionDialogs", "Do not check in"),
                                        QMessageBox.ButtonRole.RejectRole)
        # The safe answer is the default: a scanner typing the next sheet's Enter must not say yes.
        self.setDefaultButton(self.no_button)
        self.setEscapeButton(self.no_button)


def confirm_over_capacity(parent: QWidget | None, result: ScanResult) -> bool:
    box = OverCapacityBox(parent, result)
    box.exec()
    return box.clickedButton() is box.yes_button


def ask_capacity(parent: QWidget | None, current: int) -> int | None:
    """The day's check-in limit (0: none); None when cancelled."""
    value, ok = QInputDialog.getInt(
        parent, translate("ReceptionDialogs", "Daily limit"),
        translate("ReceptionDialogs", "Check-ins per day before the desk asks for a confirmation (0 = no limit):"),
        current, 0, MAX_CAPACITY, 50)
    return value if ok else None
