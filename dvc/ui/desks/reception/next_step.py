"""After registering at the desk: 「登録しました」 with the codes, and the offer to check in and print at once.

A walk-in stands at the desk while being registered; the next things are always
the same (check them in, give them their sheet), so Enter does both. A group is
answered for all its members together.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from dvc.i18n import translate
from dvc.services.reception.registration import Registered, RegisteredGroup
from dvc.ui.formatting import short

CHECK_IN_AND_PRINT, CHECK_IN = "check_in_and_print", "check_in"
LISTED = 10  # members named in the message; a school's forty are counted after these


def ask_after_registering(parent: QWidget, registered: Registered | RegisteredGroup) -> str | None:
    """CHECK_IN_AND_PRINT, CHECK_IN, or None (just close: they come another day, or check in later)."""
    box = QMessageBox(QMessageBox.Icon.Information, translate("NextStep", "Registered"), "",
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("nextStep")
    if isinstance(registered, RegisteredGroup):
        box.setText(translate("NextStep", "Registered: group {code} {name}").format(
            code=registered.code, name=short(registered.name)))
        lines = [f"{m.code}　{short(m.name)}" for m in registered.members[:LISTED]]
        if len(registered.members) > LISTED:
            lines.append(translate("NextStep", "and {count} more").format(
                count=len(registered.members) - LISTED))
        box.setInformativeText(translate("NextStep", "Members: {count}").format(
            count=len(registered.members)) + "\n" + "\n".join(lines) + "\n\n"
            + translate("NextStep", "Check them all in now and print their intake sheets?"))
        both = box.addButton(translate("NextStep", "Check all in and print their sheets (Enter)"),
                             QMessageBox.ButtonRole.AcceptRole)
        only = box.addButton(translate("NextStep", "Check all in only"), QMessageBox.ButtonRole.ActionRole)
    else:
        box.setText(translate("NextStep", "Registered: {code} {name}").format(
            code=registered.code, name=short(registered.name)))
        box.setInformativeText(translate("NextStep", "Check this person in now and print their intake sheet?"))
        both = box.addButton(translate("NextStep", "Check in and print the sheet (Enter)"),
                             QMessageBox.ButtonRole.AcceptRole)
        only = box.addButton(translate("NextStep", "Check in only"), QMessageBox.ButtonRole.ActionRole)
    close = box.addButton(translate("NextStep", "Close (Esc)"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(both)
    box.setEscapeButton(close)
    box.exec()
    return {id(both): CHECK_IN_AND_PRINT, id(only): CHECK_IN}.get(id(box.clickedButton()))
