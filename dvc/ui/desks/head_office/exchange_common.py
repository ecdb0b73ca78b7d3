"""What the exchange tabs share: names of tables for people, values in a diff, file dialogs, progress."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QProgressDialog, QTableWidget, QWidget

from dvc.domain.councils import KNOWN_COUNCILS

CONTEXT = "exchange"

TABLES = {
    "volunteer": QT_TRANSLATE_NOOP("exchange", "Volunteers"),
    "volunteer_group": QT_TRANSLATE_NOOP("exchange", "Groups"),
    "attendance": QT_TRANSLATE_NOOP("exchange", "Check-ins"),
    "need": QT_TRANSLATE_NOOP("exchange", "Needs"),
    "need_status_change": QT_TRANSLATE_NOOP("exchange", "Need history"),
    "survey": QT_TRANSLATE_NOOP("exchange", "Site surveys"),
    "team": QT_TRANSLATE_NOOP("exchange", "Teams"),
    "team_member": QT_TRANSLATE_NOOP("exchange", "Team members"),
    "dispatch": QT_TRANSLATE_NOOP("exchange", "Dispatches"),
    "activity_report": QT_TRANSLATE_NOOP("exchange", "Activity reports"),
    "equipment": QT_TRANSLATE_NOOP("exchange", "Equipment"),
    "loan": QT_TRANSLATE_NOOP("exchange", "Loans"),
    "operator": QT_TRANSLATE_NOOP("exchange", "Staff"),
    "audit_event": QT_TRANSLATE_NOOP("exchange", "Change log"),
    "block_day_figures": QT_TRANSLATE_NOOP("exchange", "Day figures"),
}

# The fields staff meet most in a conflict; others show their column name.
FIELDS = {
    "name": QT_TRANSLATE_NOOP("exchange", "Name"),
    "kana": QT_TRANSLATE_NOOP("exchange", "Furigana"),
    "phone": QT_TRANSLATE_NOOP("exchange", "Phone"),
    "address": QT_TRANSLATE_NOOP("exchange", "Address"),
    "headcount": QT_TRANSLATE_NOOP("exchange", "Volunteers needed"),
    "estimated_days": QT_TRANSLATE_NOOP("exchange", "Estimated days"),
    "status": QT_TRANSLATE_NOOP("exchange", "Status"),
    "priority": QT_TRANSLATE_NOOP("exchange", "Priority"),
    "district": QT_TRANSLATE_NOOP("exchange", "District"),
    "site_address": QT_TRANSLATE_NOOP("exchange", "Site address"),
    "requester_name": QT_TRANSLATE_NOOP("exchange", "Requester"),
    "requester_phone": QT_TRANSLATE_NOOP("exchange", "Requester's phone"),
    "work_types": QT_TRANSLATE_NOOP("exchange", "Work"),
    "notes": QT_TRANSLATE_NOOP("exchange", "Notes"),
    "deleted": QT_TRANSLATE_NOOP("exchange", "Deleted"),
    "skills": QT_TRANSLATE_NOOP("exchange", "Skills"),
    "vehicles": QT_TRANSLATE_NOOP("exchange", "Vehicles"),
    "quantity_owned": QT_TRANSLATE_NOOP("exchange", "Quantity owned"),
    "checked_out_at": QT_TRANSLATE_NOOP("exchange", "Checked out"),
    "block_share_consent": QT_TRANSLATE_NOOP("exchange", "Block sharing agreed"),
    "shared_with_block": QT_TRANSLATE_NOOP("exchange", "Support requested from the block"),
}

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
