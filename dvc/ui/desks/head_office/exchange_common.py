"""What the exchange tabs share: names of tables for people, values in a diff, file dialogs, progress."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QProgressDialog, QTableWidget, QWidget

from dvc.domain.councils import KNOWN_COUNCILS
from dvc.domain.record_labels import FIELDS, TABLES

CONTEXT = "exchange"

YES = QT_TRANSLATE_NOOP("exchange", "yes")
NO = QT_TRANSLATE_NOOP("exchange", "no")
BUNDLE_FILTER = QT_TRANSLATE_NOOP("exchange", "dvc exchange bundles (*.dvcx)")
IDENTITY_FILTER = QT_TRANSLATE_NOOP("exchange", "dvc identity files (*.dvcid)")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def table_label(table: str) -> str:
    return tr(TABLES[table]) if table in TABLES else table


def field_label(field: str) -> str:
    return tr(FIELDS[field]) if field in FIELDS else field


def council_label(code: str) -> str:
    known = KNOWN_COUNCILS.get(code)
    return known.name_ja if known else code


def compact(table: QTableWidget) -> None:
    """Rows one line high: the counts and lists stay readable without scrolling."""
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)


def value_text(value: object) -> str:
    """A field's value as a person reads it in a diff."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return tr(YES) if value else tr(NO)
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    return str(value)


class Progress:
    """A modal progress dialog fed by a service's (done, total) callback on the GUI thread."""

    def __init__(self, parent: QWidget, title: str) -> None:
        self.dialog = QProgressDialog(title, "", 0, 100, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setCancelButton(None)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setMinimumWidth(360)
        self.dialog.setValue(0)
        self.dialog.show()
        QCoreApplication.processEvents()

    def __call__(self, done: int, total: int) -> None:
        self.dialog.setValue(int(100 * done / total) if total else 100)
        QCoreApplication.processEvents()

    def close(self) -> None:
        self.dialog.close()


def with_progress(parent: QWidget, title: str, call: Callable[[Progress], object]) -> Callable[[], object]:
    """Wrap ``call`` so that run_operation shows a progress dialog while it runs."""
    def run() -> object:
        progress = Progress(parent, title)
        try:
            return call(progress)
        finally:
            progress.close()
    return run
