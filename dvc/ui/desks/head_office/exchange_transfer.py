"""The exchange tabs that move data: write a bundle for a council; check a bundle, preview it, import it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from dvc.services.exchange.bundle_export import ExportSummary, export_bundle
from dvc.services.exchange.identity import peer_councils
from dvc.services.exchange.bundle_import import ImportSummary, import_bundle
from dvc.services.core.workspace import Workspace
from dvc.ui import events
from dvc.ui.desks.head_office.exchange_common import (
    BUNDLE_FILTER, compact, field_label, table_label, tr, value_text, with_progress,
)
from dvc.ui.events import EventBus
from dvc.ui.formatting import full_date_and_time
from dvc.ui.operations import run_operation

CHANGED_TOPICS = (events.VOLUNTEERS, events.ATTENDANCE, events.NEEDS, events.TEAMS, events.EQUIPMENT, events.APART)
SHOWN_CODES = 10  # the rest are in the JSON of `dvc exchange import --json`


class ExportTab(QWidget):
    def __init__(self, ws: Workspace, bus: EventBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.bus = ws, bus
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "A bundle holds what changed since the last bundle for that council. For another council it holds only "
            "volunteers who agreed to block sharing, needs asked for support, lendable equipment and the day's "
            "figures; for our own other laptops it holds everything."), wordWrap=True))
        form = QFormLayout()
        self.peer = QComboBox(self)
        form.addRow(self.tr("&To:"), self.peer)
        self.full = QCheckBox(self.tr("Everything, not only the changes (&full)"), self)
        self.encrypt = QCheckBox(self.tr("&Encrypt for the receiving council"), self)
        self.encrypt.setChecked(True)
        form.addRow("", self.full)
        form.addRow("", self.encrypt)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("&Write bundle…"), self)
        self.export_button.clicked.connect(self.export)
        row.addWidget(self.export_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.result = QLabel("", self)
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        layout.addStretch(1)

    def refresh(self) -> None:
        current = self.peer.currentData()
        self.peer.clear()
        for code, name in peer_councils(self.ws):
            label = self.tr("{name} (our other laptops)").format(name=name) if code == self.ws.identity.council_code \
                else name
            self.peer.addItem(label, code)
        if current is not None and self.peer.findData(current) >= 0:
            self.peer.setCurrentIndex(self.peer.findData(current))
        self.export_button.setEnabled(self.peer.count() > 0)
        trust_first = self.tr("Trust another laptop first (the Laptops tab).")
        if self.peer.count() == 0:
            self.result.setText(trust_first)
        elif self.result.text() == trust_first:
            self.result.setText("")  # a laptop was trusted since: the advice is done with

    def export(self) -> None:
        code = self.peer.currentData()
        if code is None:
            return
        default = str(Path.home() / f"{self.ws.identity.council_code}-to-{code}.dvcx")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Write bundle"), default, tr(BUNDLE_FILTER))
        if not path:
            return
        call = with_progress(self, self.tr("Writing the bundle…"), lambda p: export_bundle(
            self.ws, peer=code, out=Path(path), full=self.full.isChecked(), encrypt=self.encrypt.isChecked(),
            progress=p))
        run_operation(self, call, on_success=self._done)

    def _done(self, summary: ExportSummary) -> None:
        kind = self.tr("everything") if summary.full else self.tr("changes only")
        self.result.setText(self.tr("Wrote {path} ({kind}, {rows} records). Hand it over on a USB stick or by mail.")
                            .format(path=summary.path, kind=kind, rows=summary.rows))


class ImportTab(QWidget):
    def __init__(self, ws: Workspace, bus: EventBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.bus = ws, bus
        self.path: Path | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("&Check a bundle…"), self)
        self.choose_button.clicked.connect(self.choose)
        row.addWidget(self.choose_button)
        self.source = QLabel(self.tr("Choose a bundle: it is checked and shown here before anything changes."), self)
        self.source.setWordWrap(True)
        row.addWidget(self.source, 1)
        layout.addLayout(row)
        self.counts = QTableWidget(0, 5, self)
        self.counts.setHorizontalHeaderLabels(
            [self.tr("Kind of record"), self.tr("New"), self.tr("Updated"), self.tr("Unchanged"), self.tr("Conflicts")])
        self.counts.verticalHeader().setVisible(False)
        self.counts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        compact(self.counts)
        layout.addWidget(self.counts, 2)
        layout.addWidget(QLabel(self.tr("Records changed on both sides (the newer change is kept; the other stays in "
                                        "the conflict list to review):"), wordWrap=True))
        self.conflicts = QTreeWidget(self)
        self.conflicts.setHeaderLabels([self.tr("Record / field"), self.tr("Here"), self.tr("In the bundle")])
        self.conflicts.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.conflicts, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.apply_button = QPushButton(self.tr("&Import"), self)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.cancel_button = QPushButton(self.tr("Do &not import"), self)
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.reset)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.apply_button)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        """A preview on screen stays until imported or dismissed."""

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Check a bundle"), str(Path.home()), tr(BUNDLE_FILTER))
        if path:
            self.preview(Path(path))

    def preview(self, path: Path) -> None:
        call = with_progress(self, self.tr("Checking the bundle…"),
                             lambda p: import_bundle(self.ws, path=path, dry_run=True, progress=p))
        summary = run_operation(self, call)
        if summary is None:
            self.reset()
            return
        self.path = path
        self.show_summary(summary)
        self.apply_button.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self.apply_button.setFocus()

    def show_summary(self, summary: ImportSummary) -> None:
        when = full_date_and_time(summary.created_at)
        text = self.tr("From {name}, laptop {device}, made {when}.").format(
            name=summary.source_name, device=summary.source_device, when=when)
        if summary.already_imported:
            text += " " + self.tr("This bundle was imported before.")
        if summary.dry_run:
            text += " " + self.tr("Nothing has been changed yet.")
        found = len(summary.apart.opened)
        if found and summary.dry_run:
            text += " " + self.tr("Importing it shows the desks %n thing(s) the laptops did apart that they must "
                                  "decide (F8 at the desk).", "", found)
        elif found:
            text += " " + self.tr("The desks now show %n thing(s) the laptops did apart that they must decide "
                                  "(F8 at the desk).", "", found)
        if summary.unprintable:
            text += " " + self._unprintable(summary)
        self.source.setText(text)
        rows = [(t, c) for t, c in summary.tables.items() if c.new or c.updated or c.unchanged or c.conflicts]
        self.counts.setRowCount(len(rows))
        for i, (table, c) in enumerate(rows):
            self.counts.setItem(i, 0, QTableWidgetItem(table_label(table)))
            for j, value in enumerate((c.new, c.updated, c.unchanged, c.conflicts), start=1):
                self.counts.setItem(i, j, QTableWidgetItem(f"{value:,}"))
        self.counts.resizeColumnsToContents()
        self.counts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.conflicts.clear()
        for c in summary.conflicts[:200]:
            kept = self.tr("kept: bundle") if c.winner == "incoming" else self.tr("kept: here")
            top = QTreeWidgetItem([f"{table_label(c.table)} {c.label}　（{kept}）", "", ""])
            for name, here, there in c.differences():
                top.addChild(QTreeWidgetItem([field_label(name), value_text(here), value_text(there)]))
            self.conflicts.addTopLevelItem(top)
            top.setExpanded(True)

    def _unprintable(self, summary: ImportSummary) -> str:
        """How many records it writes have a name the forms print with 〓, and the first of their codes."""
        codes = "、".join(summary.unprintable[:SHOWN_CODES]) + ("…" if len(summary.unprintable) > SHOWN_CODES else "")
        count = len(summary.unprintable)
        if summary.dry_run:
            said = self.tr("%n record(s) in it have a name with characters the printed forms cannot show (they "
                           "will print as 〓): {codes}. Check those names with the people or their council.", "", count)
        else:
            said = self.tr("%n imported record(s) have a name with characters the printed forms cannot show "
                           "(printed as 〓): {codes}. Check those names with the people or their council.", "", count)
        return said.format(codes=codes)

    def apply(self) -> None:
        if self.path is None:
            return
        path = self.path
        call = with_progress(self, self.tr("Importing…"), lambda p: import_bundle(self.ws, path=path, progress=p))
        summary = run_operation(self, call, bus=self.bus, announces=CHANGED_TOPICS)
        if summary is None:
            return
        self.show_summary(summary)
        self.apply_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.path = None
        totals = summary.totals()
        QMessageBox.information(self, self.tr("Imported"), self.tr(
            "Imported: {new} new, {updated} updated, {conflicts} conflicts.").format(
            new=totals.new, updated=totals.updated, conflicts=totals.conflicts))

    def reset(self) -> None:
        self.path = None
        self.apply_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.counts.setRowCount(0)
        self.conflicts.clear()
        self.source.setText(self.tr("Choose a bundle: it is checked and shown here before anything changes."))
