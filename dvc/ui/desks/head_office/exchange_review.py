"""The exchange tabs about trust and review: our laptops and peers, conflicts to reverse, where a record came from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton,
    QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from dvc.services.exchange.conflicts import ConflictRow, list_conflicts, provenance_by_code, reverse_conflict
from dvc.services.exchange.identity import (
    check_trustable, list_peers, own_identity, read_identity_file, trust_peer, write_identity,
)
from dvc.services.core.workspace import Workspace
from dvc.ui.desks.head_office.exchange_common import (
    IDENTITY_FILTER, compact, council_label, field_label, table_label, tr, value_text,
)
from dvc.ui.desks.head_office.exchange_transfer import CHANGED_TOPICS
from dvc.ui.events import EventBus
from dvc.ui.formatting import day_and_time, full_date_and_time
from dvc.ui.operations import run_operation


# Trusting and reversing are said yes to on purpose: Enter, or a scanner's Enter, must not say it.
NO_YES = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setStretchLastSection(True)
    compact(table)
    return table


class PeersTab(QWidget):
    def __init__(self, ws: Workspace, bus: EventBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        layout = QVBoxLayout(self)
        self.own = QLabel("", self)
        self.own.setWordWrap(True)
        layout.addWidget(self.own)
        row = QHBoxLayout()
        self.identity_button = QPushButton(self.tr("Write this laptop's &identity file…"), self)
        self.identity_button.clicked.connect(self.write_identity)
        self.trust_button = QPushButton(self.tr("&Trust another laptop…"), self)
        self.trust_button.clicked.connect(self.trust)
        row.addWidget(self.identity_button)
        row.addWidget(self.trust_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.peers = _table(self, [self.tr("Council"), self.tr("Laptop"), self.tr("Fingerprint"), self.tr("Trusted on")])
        layout.addWidget(self.peers, 1)

    def refresh(self) -> None:
        ident = own_identity(self.ws)
        self.own.setText(self.tr("This laptop: {name}, laptop {device}. Fingerprint: {fingerprint}").format(
            name=ident.name, device=ident.device_number, fingerprint=ident.fingerprint))
        rows = list_peers(self.ws)
        self.peers.setRowCount(len(rows))
        for i, p in enumerate(rows):
            name = self.tr("{name} (ours)").format(name=p.council_name) if p.same_council else p.council_name
            for j, text in enumerate((name, str(p.device_number), p.fingerprint,
                                      full_date_and_time(p.trusted_at))):
                self.peers.setItem(i, j, QTableWidgetItem(text))
        self.peers.resizeColumnsToContents()

    def write_identity(self) -> None:
        default = str(Path.home() / f"{self.ws.identity.council_code}-{self.ws.identity.device_number}.dvcid")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Identity file"), default, tr(IDENTITY_FILTER))
        if path:
            run_operation(self, lambda: write_identity(self.ws, out=Path(path)), on_success=lambda ident: (
                QMessageBox.information(self, self.tr("Identity file"), self.tr(
                    "Wrote {path}. Give it to the other laptop; its staff will read this fingerprint back to you:\n"
                    "{fingerprint}").format(path=path, fingerprint=ident.fingerprint))))

    def trust(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Trust another laptop"), str(Path.home()),
                                              tr(IDENTITY_FILTER))
        if not path:
            return

        def check():  # noqa: ANN202
            ident = read_identity_file(Path(path))
            check_trustable(self.ws, ident)
            return ident

        ident = run_operation(self, check)
        if ident is None:
            return
        answer = QMessageBox.question(self, self.tr("Trust another laptop"), self.tr(
            "{name} ({council}), laptop {device}\n\nFingerprint:\n{fingerprint}\n\n"
            "Read it aloud with the other laptop's staff (e.g. by phone). Trust it only if every digit matches.")
            .format(name=ident.name, council=ident.council, device=ident.device_number,
                    fingerprint=ident.fingerprint), NO_YES, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            run_operation(self, lambda: trust_peer(self.ws, identity=ident), on_success=lambda _p: self.refresh())


class ConflictsTab(QWidget):
    def __init__(self, ws: Workspace, bus: EventBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.bus = ws, bus
        self.rows: list[ConflictRow] = []
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "When a record was changed on two laptops, the newer change is kept everywhere and the other is listed "
            "here. Choose one to see both versions; “Keep the other version” makes it the current one."),
            wordWrap=True))
        self.list = _table(self, [self.tr("When"), self.tr("Kind of record"), self.tr("Record"), self.tr("Fields"),
                                  self.tr("State")])
        self.list.itemSelectionChanged.connect(self._show_selected)
        layout.addWidget(self.list, 2)
        self.diff = QTreeWidget(self)
        self.diff.setHeaderLabels([self.tr("Field"), self.tr("Kept"), self.tr("Other version")])
        self.diff.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.diff, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.reverse_button = QPushButton(self.tr("&Keep the other version"), self)
        self.reverse_button.setEnabled(False)
        self.reverse_button.clicked.connect(self.reverse)
        row.addWidget(self.reverse_button)
        layout.addLayout(row)

    def refresh(self) -> None:
        self.rows = list_conflicts(self.ws)
        self.list.setRowCount(len(self.rows))
        for i, c in enumerate(self.rows):
            state = self.tr("reversed by {who}").format(who=c.reversed_by or "—") if c.reversed_at else self.tr("open")
            cells = (day_and_time(c.at), table_label(c.table), c.label or str(c.record_id)[:8],
                     "、".join(field_label(f) for f, _a, _b in c.differences), state)
            for j, text in enumerate(cells):
                self.list.setItem(i, j, QTableWidgetItem(text))
        self.list.resizeColumnsToContents()
        self.diff.clear()
        self.reverse_button.setEnabled(False)

    def selected(self) -> ConflictRow | None:
        index = self.list.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def _show_selected(self) -> None:
        c = self.selected()
        self.diff.clear()
        if c is None:
            self.reverse_button.setEnabled(False)
            return
        for name, kept, other in c.differences:
            self.diff.addTopLevelItem(QTreeWidgetItem([field_label(name), value_text(kept), value_text(other)]))
        self.reverse_button.setEnabled(c.reversed_at is None)

    def reverse(self) -> None:
        c = self.selected()
        if c is None:
            return
        answer = QMessageBox.question(self, self.tr("Keep the other version"), self.tr(
            "Make the other version of {record} the current one? It then travels to the other laptops as a new "
            "change.").format(record=c.label or table_label(c.table)), NO_YES, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            run_operation(self, lambda: reverse_conflict(self.ws, conflict_id=c.id), bus=self.bus,
                          announces=CHANGED_TOPICS, on_success=lambda _r: self.refresh())


class SourceTab(QWidget):
    def __init__(self, ws: Workspace, bus: EventBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Record &code:"), self))
        self.code = QLineEdit(self)
        self.code.setPlaceholderText("V-KG1-0042-7")
        row.itemAt(0).widget().setBuddy(self.code)
        self.code.returnPressed.connect(self.look_up)
        row.addWidget(self.code, 1)
        button = QPushButton(self.tr("&Look up"), self)
        button.clicked.connect(self.look_up)
        row.addWidget(button)
        layout.addLayout(row)
        self.answer = QLabel(self.tr("Where did a record come from? Type or scan its code."), self)
        self.answer.setWordWrap(True)
        layout.addWidget(self.answer)
        layout.addStretch(1)

    def refresh(self) -> None:
        pass

    def look_up(self) -> None:
        p = run_operation(self, lambda: provenance_by_code(self.ws, code=self.code.text()))
        if p is None:
            return
        if p.bundle_id is None:
            text = self.tr("Made by {origin}; entered on this laptop.").format(origin=council_label(p.origin))
        else:
            text = self.tr("Made by {origin}. Imported {at} from {council}, laptop {device} (bundle {bundle}).").format(
                origin=council_label(p.origin), at=full_date_and_time(p.imported_at),
                council=council_label(p.source_council),
                device=p.source_device, bundle=str(p.bundle_id)[:8])
            if p.changed_here_since:
                text += " " + self.tr("Changed here since.")
        self.answer.setText(text)
