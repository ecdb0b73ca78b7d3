"""事前登録の取り込み: choose a file, see what would be added and every bad row, import, save the bad rows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QTabWidget, QVBoxLayout, QWidget,
)

from dvc.i18n import translate
from dvc.services.reception.volunteer_import import ImportReport, import_volunteers, preview_import, write_error_csv
from dvc.services.core.workspace import Workspace
from dvc.ui import events
from dvc.ui.events import EventBus
from dvc.ui.models.import_preview import BadRowsModel, NewRowsModel, SkippedRowsModel
from dvc.ui.dialogs.export_protection import ask_protection, save_name, tell_written
from dvc.ui.operations import run_operation
from dvc.ui.widgets.list_view import ListOrEmpty

SUMMARY_STYLE = "QLabel { font-size: 12pt; }"
DONE_STYLE = "QLabel { font-size: 12pt; color: #1f5a1f; font-weight: bold; }"


class ImportDialog(QDialog):
    def __init__(self, ws: Workspace, bus: EventBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.bus = ws, bus
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import pre-registrations (事前登録の取り込み)"))

        self.path_field = QLineEdit(self)
        self.path_field.setObjectName("importPath")
        self.path_field.setPlaceholderText(self.tr("A .csv (UTF-8 or Shift_JIS) or .xlsx file from the web form: "
                                                   "choose it, or type or paste its path and press Enter"))
        # Enter here reads the typed file; it must not reach the dialog's default button (取り込む).
        self.path_field.installEventFilter(self)
        choose = QPushButton(self.tr("Choose file…"), self)
        choose.setAutoDefault(False)
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_field, 1)
        file_row.addWidget(choose)

        self.summary = QLabel(self.tr("Choose a file to see what it holds. Nothing is imported before you say so."),
                              self)
        self.summary.setStyleSheet(SUMMARY_STYLE)
        self.summary.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.hide()

        self.new_model, self.bad_model, self.skipped_model = NewRowsModel(self), BadRowsModel(self), SkippedRowsModel(self)
        self.tabs = QTabWidget(self)
        self.new_list = ListOrEmpty(self.new_model, self)
        self.bad_list = ListOrEmpty(self.bad_model, self)
        self.skipped_list = ListOrEmpty(self.skipped_model, self)
        self.new_list.set_column_widths({0: 3, 1: 8, 2: 10, 3: 3, 4: 10, 5: 8}, stretch=NewRowsModel.COL_NOTES)
        self.bad_list.set_column_widths({0: 3, 1: 6, 3: 14}, stretch=BadRowsModel.COL_REASON)
        self.skipped_list.set_column_widths({0: 3}, stretch=SkippedRowsModel.COL_REASON)
        for widget in (self.new_list, self.bad_list, self.skipped_list):
            self.tabs.addTab(widget, "")

        self.errors_button = QPushButton(self.tr("Save bad rows…"), self)
        self.errors_button.setAutoDefault(False)
        self.errors_button.clicked.connect(self.save_errors)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.run_import)
        close = QPushButton(self.tr("Close (Esc)"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.errors_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self._show(None)
        self.resize(1100, 640)
        choose.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001, N802
        if (watched is self.path_field and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.load_typed()
            return True
        return super().eventFilter(watched, event)

    # Steps.

    def load_typed(self) -> None:
        # "Copy as path" in Windows Explorer puts quotes around it.
        typed = self.path_field.text().strip().strip('"').strip("'").strip()
        if typed:
            self.load(Path(typed).expanduser())

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pre-registration file"), "",
                                              self.tr("Lists (*.csv *.xlsx *.txt);;All files (*)"))
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        self.path_field.setText(str(path))
        self._show(None)
        report = self._with_progress(self.tr("Reading…"), lambda p: preview_import(self.ws, path=path, progress=p))
        self._show(report)
        if report is not None:
            self.import_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.summary.setStyleSheet(SUMMARY_STYLE)
            self.summary.setText(self.tr("{name} could not be read (the message said why). Nothing was imported; "
                                         "choose another file.").format(name=path.name))

    def run_import(self) -> None:
        if self.report is None or not self.report.new:
            return
        path = Path(self.report.path)  # the file previewed, even if the field was typed in since
        report = self._with_progress(self.tr("Importing…"),
                                     lambda p: import_volunteers(self.ws, path=path, progress=p), announce=True)
        if report is not None:
            self._show(report)

    def save_errors(self) -> None:
        if self.report is None or not self.report.bad:
            return
        protection = ask_protection(self)  # the bad rows are people's details
        if protection is None:
            return
        suggested = save_name(Path(self.report.path).with_name(Path(self.report.path).stem + "_errors.csv"), protection)
        out, _ = QFileDialog.getSaveFileName(self, self.tr("Save bad rows"), suggested,
                                             self.tr("Encrypted zip (*.zip)"))
        if out:
            inner = out[:-4] if out.lower().endswith(".zip") else out
            written = run_operation(self, lambda: write_error_csv(self.report, inner, translate,
                                                                  passphrase=protection.passphrase))
            if written is not None:
                self.summary.setText(self.summary.text() + "\n" + self.tr("{count} bad rows saved to {path}.").format(
                    count=len(self.report.bad), path=written))
                tell_written(self, protection, written)

    # Showing.

    def _with_progress(self, label: str, call, *, announce: bool = False):  # noqa: ANN001, ANN202
        self.progress.setFormat(label + " %p%")
        self.progress.setValue(0)
        self.progress.show()

        def progress(done: int, total: int) -> None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(done)
            # The import runs on the GUI thread (one short transaction); let the bar move.
            QCoreApplication.processEvents()

        def run():  # noqa: ANN202
            try:
                return call(progress)
            finally:
                self.progress.hide()  # before a refusal's message, which would show 「読み込み中… 0%」 behind it

        return run_operation(self, run, bus=self.bus if announce else None,
                             announces=(events.VOLUNTEERS,) if announce else ())

    def _show(self, report: ImportReport | None) -> None:
        self.report = report
        self.new_model.set_rows(report.new if report else [])
        self.bad_model.set_rows(report.bad if report else [])
        self.skipped_model.set_rows(report.skipped if report else [])
        n_new, n_bad, n_skip = (len(report.new), len(report.bad), len(report.skipped)) if report else (0, 0, 0)
        applied = bool(report and report.applied)
        self.tabs.setTabText(0, (self.tr("Added ({count})") if applied else self.tr("To add ({count})")).format(
            count=len(report.added) if applied else n_new))
        self.tabs.setTabText(1, self.tr("Bad rows ({count})").format(count=n_bad))
        self.tabs.setTabText(2, self.tr("Already known ({count})").format(count=n_skip))
        # Before a file is read (or when it could not be), the lists say nothing about "this file".
        self.new_list.show_rows(n_new > 0, self.tr("No new volunteers in this file.") if report else "")
        self.bad_list.show_rows(n_bad > 0, self.tr("No bad rows.") if report else "")
        self.skipped_list.show_rows(n_skip > 0, self.tr("Nobody in this file is known yet.") if report else "")
        self.errors_button.setEnabled(n_bad > 0)
        self.import_button.setEnabled(bool(report and n_new and not applied))
        if report is None:
            return
        if applied:
            self.summary.setStyleSheet(DONE_STYLE)
            self.summary.setText(self.tr("Imported {count} volunteers ({groups} new groups). {bad} bad rows were "
                                         "left out.").format(count=len(report.added), groups=len(report.new_groups),
                                                             bad=n_bad))
            return
        self.summary.setStyleSheet(SUMMARY_STYLE)
        lines = [self.tr("{rows} rows: {new} to add, {skipped} already known, {bad} bad.").format(
            rows=report.rows, new=n_new, skipped=n_skip, bad=n_bad)]
        if report.new_groups:
            lines.append(self.tr("New groups: {names}").format(names="、".join(report.new_groups)))
        if report.ignored_columns:
            lines.append(self.tr("Columns not read: {names}").format(names="、".join(report.ignored_columns)))
        self.summary.setText("\n".join(lines))
        if n_bad and not n_new:
            self.tabs.setCurrentIndex(1)
