"""Reception's 名簿・検索 tab: every registered volunteer in kana order, or those matching a search."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from dvc.services.reception import checkin
from dvc.services.reception import roster
from dvc.services.reception.checkin import ScanResult
from dvc.services.core.workspace import Workspace
from dvc.ui import labels
from dvc.ui.models.volunteers import VolunteerTableModel
from dvc.ui.widgets.list_view import ListOrEmpty

M = VolunteerTableModel
COLUMN_CHARS = {M.COL_CODE: 9, M.COL_NAME: 9, M.COL_KANA: 11, M.COL_AGE: 3, M.COL_GROUP: 14, M.COL_INSURED: 4, M.COL_CHECKED_IN: 5}


class RosterTab(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.result_label = QLabel(self)
        self.model = VolunteerTableModel(self)
        self.list = ListOrEmpty(self.model, self)
        self.list.set_column_widths(COLUMN_CHARS, stretch=M.COL_GROUP, fits={
            M.COL_INSURED: [labels.insurance(True), labels.insurance(False)],
            M.COL_CHECKED_IN: [QCoreApplication.translate("VolunteerTableModel", w) for w in ("Checked in", "Checked out")]})
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.header = QHBoxLayout()  # the count of what is listed, and on its right what opens a chosen row
        self.header.addWidget(self.result_label, 1)
        layout.addLayout(self.header)
        layout.addWidget(self.list, 1)

    def show_search(self, text: str) -> None:
        self.model.set_source(
            count=partial(roster.count_volunteers, self.ws, search=text),
            page=lambda after, limit: roster.volunteer_page(self.ws, search=text, after=after, limit=limit),
        )
        found = self.model.total()
        if text:
            self.result_label.setText(self.tr("{count} found for “{text}”").format(count=f"{found:,}", text=text))
            empty = self.tr("No volunteer matches “{text}”.\nCheck the code, or search by name or kana.").format(text=text)
        else:
            self.result_label.setText(self.tr("{count} volunteers, in kana order").format(count=f"{found:,}"))
            empty = self.tr("No volunteers are registered yet.")
        self.list.show_rows(found > 0, empty)
        if found == 1 and text:
            self.list.view.selectRow(0)

    def mark_scanned(self, scans: list[ScanResult]) -> None:
        """Show the people just scanned as in or out in the loaded rows, without reading 100,000 rows again."""
        latest = {scan.volunteer.id: scan.result for scan in scans if scan.volunteer is not None}

        def change(row):  # noqa: ANN001, ANN202
            result = latest.get(row.id)
            if result == checkin.CHECKED_IN:
                return replace(row, checked_in=True, checked_out=False)
            if result == checkin.CHECKED_OUT:
                return replace(row, checked_out=True)
            return None

        self.model.replace_rows(change)
