"""Importing needs from a file at the desk: choose, see what would happen, then import."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from dvc.i18n import translate
from dvc.services.needs.list_import import ImportReport, import_needs
from dvc.ui import events
from dvc.ui.operations import run_operation

if TYPE_CHECKING:
    from dvc.ui.desks.needs.page import NeedsPage

SHOWN_BAD_ROWS = 12


def summary(report: ImportReport) -> str:
    lines = [QCoreApplication.translate(
        "NeedImport", "{rows} rows: {new} new, {already} already imported, {repeated} repeated in the file, "
                      "{bad} with errors.").format(rows=report.rows, new=len(report.new), already=len(report.already),
                                                   repeated=len(report.repeated), bad=len(report.bad))]
    if report.ignored_columns:
        lines.append(QCoreApplication.translate("NeedImport", "Columns not read: {names}").format(
            names="、".join(report.ignored_columns)))
    for bad in report.bad[:SHOWN_BAD_ROWS]:
        lines.append(QCoreApplication.translate("NeedImport", "Line {line} {column}: {message}").format(
            line=bad.line, column=bad.column, message=bad.error.message(translate)))
    if len(report.bad) > SHOWN_BAD_ROWS:
        lines.append(QCoreApplication.translate("NeedImport", "…and {count} more rows with errors.").format(
            count=len(report.bad) - SHOWN_BAD_ROWS))
    look_alikes = [p for p in report.new if p.possible_duplicates]
    if look_alikes:
        lines.append(QCoreApplication.translate(
            "NeedImport", "{count} new rows look like needs already on the board; check them after the import.")
            .format(count=len(look_alikes)))
    return "\n".join(lines)


def run_import(page: NeedsPage, path: str | None = None) -> ImportReport | None:
    title = QCoreApplication.translate("NeedImport", "Import needs")
    if path is None:
        path, _ = QFileDialog.getOpenFileName(page, title, "",
                                              QCoreApplication.translate("NeedImport", "Needs lists (*.xlsx *.csv)"))
        if not path:
            return None
    preview = run_operation(page, lambda: import_needs(page.ws, path=Path(path), dry_run=True))
    if preview is None:
        return None
    text = summary(preview)
    if not preview.new:
        QMessageBox.information(page, title, text + "\n\n" + QCoreApplication.translate("NeedImport", "Nothing new to import."))
        return preview
    question = QCoreApplication.translate("NeedImport", "Import the {count} new needs?").format(count=len(preview.new))
    if QMessageBox.question(page, title, text + "\n\n" + question) != QMessageBox.StandardButton.Yes:
        return preview
    return run_operation(page, lambda: import_needs(page.ws, path=Path(path)), bus=page.bus, announces=(events.NEEDS,))
