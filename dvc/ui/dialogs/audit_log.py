"""The audit log, read-only: who changed what and when, filtered by table, staff member and day."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QDate, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QSplitter,
    QVBoxLayout, QWidget,
)

from dvc.services.safekeeping.audit_log import AuditFilter, AuditRow, count_events, filter_choices, page_events
from dvc.services.core.workspace import Workspace
from dvc.ui.formatting import day_and_time
from dvc.ui.models.paged import ROW_ROLE, PagedTableModel
from dvc.ui.widgets.list_view import ListOrEmpty


TABLE_NAMES = {
    "volunteer": QT_TRANSLATE_NOOP("audit", "Volunteer"),
    "volunteer_group": QT_TRANSLATE_NOOP("audit", "Group"),
    "attendance": QT_TRANSLATE_NOOP("audit", "Check-in"),
    "need": QT_TRANSLATE_NOOP("audit", "Need"),
    "survey": QT_TRANSLATE_NOOP("audit", "Site survey"),
    "need_status_change": QT_TRANSLATE_NOOP("audit", "Need status"),
    "team": QT_TRANSLATE_NOOP("audit", "Team"),
    "team_member": QT_TRANSLATE_NOOP("audit", "Team member"),
    "dispatch": QT_TRANSLATE_NOOP("audit", "Dispatch"),
    "activity_report": QT_TRANSLATE_NOOP("audit", "Activity report"),
    "equipment": QT_TRANSLATE_NOOP("audit", "Equipment"),
    "loan": QT_TRANSLATE_NOOP("audit", "Loan"),
    "operator": QT_TRANSLATE_NOOP("audit", "Staff member"),
    "setting": QT_TRANSLATE_NOOP("audit", "Setting"),
    "council": QT_TRANSLATE_NOOP("audit", "Council"),
    "device": QT_TRANSLATE_NOOP("audit", "Laptop"),
}


def table_label(name: str) -> str:
    source = TABLE_NAMES.get(name)
    return QCoreApplication.translate("audit", source) if source else name


class AuditModel(PagedTableModel):
    COL_AT, COL_OPERATOR, COL_DEVICE, COL_ACTION, COL_TABLE, COL_FIELDS = range(6)

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("Staff"), self.tr("Laptop"), self.tr("Action"), self.tr("Record type"),
                self.tr("Changed")]

    def display(self, row: AuditRow, column: int) -> str:
        if column == self.COL_AT:
            return day_and_time(row.at)
        if column == self.COL_OPERATOR:
            return row.operator_name
        if column == self.COL_DEVICE:
            return "" if row.device_number is None else str(row.device_number)
        if column == self.COL_ACTION:
            return {"insert": self.tr("Added"), "update": self.tr("Changed"), "delete": self.tr("Removed")}.get(
                row.action, row.action)
        if column == self.COL_TABLE:
            return table_label(row.table_name)
        if column == self.COL_FIELDS:
            return ", ".join(row.changed_fields()) if row.action != "insert" else ""
        return ""


class AuditLogDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Audit log"))
        tables, names = filter_choices(ws)
        self.table = QComboBox(self)
        self.table.addItem(self.tr("All records"), "")
        for name in tables:
            self.table.addItem(table_label(name), name)
        self.operator = QComboBox(self)
        self.operator.addItem(self.tr("All staff"), "")
        for name in names:
            self.operator.addItem(name, name)
        self.one_day = QCheckBox(self.tr("Only the day"), self)
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setCalendarPopup(True)
        self.day.setEnabled(False)
        self.one_day.toggled.connect(self.day.setEnabled)
        for signal in (self.table.currentIndexChanged, self.operator.currentIndexChanged, self.one_day.toggled,
                       self.day.dateChanged):
            signal.connect(self.reload)

        self.model = AuditModel(self)
        self.list = ListOrEmpty(self.model, self)
        actions = [QCoreApplication.translate("AuditModel", word) for word in ("Added", "Changed", "Removed")]
        self.list.set_column_widths({0: 9, 1: 7, 2: 3, 3: 4, 4: 9, 5: 14}, stretch=AuditModel.COL_FIELDS,
                                    fits={AuditModel.COL_ACTION: actions})
        self.detail = QPlainTextEdit(self)
        self.detail.setReadOnly(True)
        self.list.view.selectionModel().currentRowChanged.connect(self.show_detail)
        self.summary = QLabel(self)

        filters = QHBoxLayout()
        for widget in (self.table, self.operator, self.one_day, self.day):
            filters.addWidget(widget)
        filters.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.list)
        split.addWidget(self.detail)
        split.setSizes([420, 180])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.resize(980, 680)
        self.reload()

    def current_filter(self) -> AuditFilter:
        day = self.day.date().toPython() if self.one_day.isChecked() else None
        return AuditFilter(table=self.table.currentData(), operator=self.operator.currentData(), day=day)

    def reload(self) -> None:
        f = self.current_filter()
        self.model.set_source(count=lambda: count_events(self.ws, f),
                              page=lambda after, limit: page_events(self.ws, f, after=after, limit=limit))
        self.summary.setText(self.tr("{count} changes").format(count=self.model.total()))
        self.list.show_rows(self.model.total() > 0, self.tr("No changes match."))
        self.detail.clear()

    def show_detail(self, current, _previous) -> None:  # noqa: ANN001
        row = self.model.data(current, ROW_ROLE) if current.isValid() else None
        if row is None:
            self.detail.clear()
            return
        lines = [self.tr("Record {id}").format(id=row.record_id)]
        for key in row.changed_fields():
            before = (row.before or {}).get(key)
            after = (row.after or {}).get(key)
            lines.append(f"{key}: {json.dumps(before, ensure_ascii=False)} → {json.dumps(after, ensure_ascii=False)}"
                         if row.action != "insert" else f"{key}: {json.dumps(after, ensure_ascii=False)}")
        self.detail.setPlainText("\n".join(lines))
