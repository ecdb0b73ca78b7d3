"""Before the main window closes while teams are out or people are still checked in: say so, offer 閉所チェック.

Closing loses nothing (every check-in is on disk), but a laptop shut at lunch
with three teams out is how someone goes unmissed at the day's end. With
everyone back the window closes without a question.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from dvc.i18n import translate
from dvc.services.core.workspace import Workspace
from dvc.services.dispatch import safety

QUIT, CLOSING_CHECK, STAY = "quit", "closing_check", "stay"


def ask_before_quitting(parent: QWidget, ws: Workspace) -> str:
    """QUIT, CLOSING_CHECK (the person wants to see who is out) or STAY."""
    found = safety.closing_list(ws)
    if found.all_back:
        return QUIT
    text = translate("QuitCheck", "Teams not back: {teams}\nPeople checked in and not checked out: {people}"
                     ).format(teams=len(found.teams_out), people=len(found.people))
    box = QMessageBox(QMessageBox.Icon.Warning, translate("QuitCheck", "Quit dvc"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(translate("QuitCheck", "Their records stay in dvc. Before the center closes, make sure "
                                                  "with the closing check that everyone is back."))
    check = box.addButton(translate("QuitCheck", "Open the &closing check"), QMessageBox.ButtonRole.ActionRole)
    quit_anyway = box.addButton(translate("QuitCheck", "&Quit anyway"), QMessageBox.ButtonRole.DestructiveRole)
    stay = box.addButton(translate("QuitCheck", "Do &not quit"), QMessageBox.ButtonRole.RejectRole)
    # Enter or Esc keeps dvc open: quitting is chosen on purpose.
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    box.exec()
    clicked = box.clickedButton()
    if clicked is quit_anyway:
        return QUIT
    return CLOSING_CHECK if clicked is check else STAY
