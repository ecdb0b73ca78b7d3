"""閉所チェック: before the center closes, every team not back and everyone still checked in.

Nobody should go missing on paper: the list says plainly when all are back,
and otherwise names each team with its leader's phone and each person still
here. "Check again" reads the database anew after a phone call or a return.
"""

from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from dvc.services.dispatch import closing_print
from dvc.services.dispatch import safety
from dvc.services.dispatch.safety import ClosingList
from dvc.services.core.workspace import Workspace
from dvc.ui.models.closing import StillHereModel, TeamsNotBackModel
from dvc.ui.operations import run_operation
from dvc.ui.widgets.list_view import ListOrEmpty
from dvc.ui.widgets.print_preview import show_pdf_preview, temporary_pdf

T, P = TeamsNotBackModel, StillHereModel
TEAM_CHARS = {T.COL_CODE: 9, T.COL_NEED: 9, T.COL_LEADER: 6, T.COL_PHONE: 10, T.COL_MEMBERS: 3, T.COL_EXPECTED: 4,
              T.COL_LATE: 4}
PEOPLE_CHARS = {P.COL_CODE: 9, P.COL_NAME: 7, P.COL_PHONE: 10, P.COL_ARRIVED: 4, P.COL_TEAM: 9}
ALL_BACK_STYLE = "QLabel { color: #1b5e20; font-weight: bold; font-size: 13pt; }"
NOT_BACK_STYLE = "QLabel { color: #b00020; font-weight: bold; font-size: 13pt; }"


class ClosingDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Closing check"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.team_model = TeamsNotBackModel(self)
        self.teams = ListOrEmpty(self.team_model, self)
        self.teams.set_column_widths(TEAM_CHARS, stretch=T.COL_NEED)
        self.people_model = StillHereModel(self)
        self.people = ListOrEmpty(self.people_model, self)
        self.people.set_column_widths(PEOPLE_CHARS, stretch=P.COL_NAME)
        self.team_box = QGroupBox(self)
        QVBoxLayout(self.team_box).addWidget(self.teams)
        self.people_box = QGroupBox(self)
        QVBoxLayout(self.people_box).addWidget(self.people)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.again_button = QPushButton(self.tr("Check &again"), self)
        buttons.addButton(self.again_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.again_button.clicked.connect(self.refresh)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_list)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.team_box, 1)
        layout.addWidget(self.people_box, 1)
        layout.addWidget(buttons)
        self.resize(1000, 600)
        self.refresh()
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        self.show_list(safety.closing_list(self.ws))

    def print_list(self) -> None:
        """The list as it stands now, on paper for whoever stays by the phone."""
        with temporary_pdf(self.ws, "closing_list.pdf") as path:
            if run_operation(self, lambda: closing_print.print_closing_list(self.ws, out=path)) is not None:
                show_pdf_preview(self, path, self.tr("Closing check"))

    def show_list(self, closing: ClosingList) -> None:
        self.closing = closing
        self.team_model.set_rows(closing.teams_out)
        self.people_model.set_rows(closing.people)
        teams, people = len(closing.teams_out), len(closing.people)
        self.team_box.setTitle(self.tr("Teams not back: %n", "", teams))
        self.people_box.setTitle(self.tr("People still checked in: %n", "", people))
        self.teams.show_rows(bool(teams), self.tr("Every team is back."))
        self.people.show_rows(bool(people), self.tr("Everyone who checked in has checked out."))
        if closing.all_back:
            self.summary.setText(self.tr("All back: every team has returned and everyone has checked out."))
            self.summary.setStyleSheet(ALL_BACK_STYLE)
        else:
            self.summary.setText(self.tr(
                "Not everyone is back. Call the leaders of the teams below; check out people who have left."))
            self.summary.setStyleSheet(NOT_BACK_STYLE)
