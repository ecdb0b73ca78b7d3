"""Writing the daily report (日報) or the per-day report of a range, as Excel, PDF or CSV.

A PDF opens in the print preview (print it there); Excel and CSV are saved
where the user chooses, to hand to the city or attach to an e-mail.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QMessageBox, QRadioButton, QVBoxLayout,
    QWidget,
)

from dvc.domain.timeutil import local_day
from dvc.services.head_office.report_export import write_report
from dvc.services.head_office.report_figures import build_report
from dvc.services.core.workspace import Workspace
from dvc.ui.operations import run_operation
from dvc.ui.widgets.print_preview import show_pdf_preview, temporary_pdf

FORMATS = (("xlsx", "Excel (.xlsx)"), ("pdf", "PDF (.pdf)"), ("csv", "CSV (.csv, UTF-8)"))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class ReportDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.written: Path | None = None
        today = today or local_day()
        self.setWindowTitle(self.tr("Reports"))
        self.daily = QRadioButton(self.tr("&Daily report (日報) of one day"), self)
        self.ranged = QRadioButton(self.tr("Figures for each day of a &range"), self)
        self.day = QDateEdit(_qdate(today), self)
        self.start = QDateEdit(_qdate(today.replace(day=1)), self)
        self.end = QDateEdit(_qdate(today), self)
        for edit in (self.day, self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.format = QComboBox(self)
        for key, text in FORMATS:
            self.format.addItem(text, key)
        form = QFormLayout()
        form.addRow(self.daily, self.day)
        form.addRow(self.ranged)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        form.addRow(self.tr("&Format"), self.format)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Write…"))
        buttons.accepted.connect(self.write)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.daily.toggled.connect(self._mode_changed)
        self.daily.setChecked(True)
        self._mode_changed()
        self.setMinimumWidth(380)

    def _mode_changed(self) -> None:
        self.day.setEnabled(self.daily.isChecked())
        self.start.setEnabled(not self.daily.isChecked())
        self.end.setEnabled(not self.daily.isChecked())

    def span(self) -> tuple[date, date]:
        if self.daily.isChecked():
            return _day(self.day), _day(self.day)
        return _day(self.start), _day(self.end)

    def file_name(self) -> str:
        start, end = self.span()
        kind = self.format.currentData()
        if start == end:
            return f"日報_{start.isoformat()}.{kind}"
        return f"活動状況_{start.isoformat()}_{end.isoformat()}.{kind}"

    def write(self) -> None:
        start, end = self.span()
        kind = self.format.currentData()
        if kind == "pdf":
            # Printed from the preview: made in the database's private preview folder and gone when it closes.
            with temporary_pdf(self.ws, self.file_name()) as target:
                if self._write(start, end, target):
                    show_pdf_preview(self, target, self.tr("Report"), personal=False)  # figures only
                    self.accept()
            return
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), str(Path.home() / self.file_name()),
                                                self.tr("{kind} files (*.{kind})").format(kind=kind))
        if not chosen:
            return
        target = Path(chosen) if chosen.lower().endswith(f".{kind}") else Path(f"{chosen}.{kind}")
        if self._write(start, end, target):
            QMessageBox.information(self, self.tr("Reports"), self.tr("Saved {path}.").format(path=self.written))
            self.accept()

    def _write(self, start: date, end: date, target: Path) -> bool:
        written = run_operation(self, lambda: write_report(build_report(self.ws, start=start, end=end), target))
        if written is None:
            return False
        self.written = written
        return True
