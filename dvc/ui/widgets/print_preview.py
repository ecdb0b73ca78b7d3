"""Print preview for the PDFs dvc makes: look first, then print or save.

Pages are drawn with pdfium (the same renderer the tests use) one at a time, so
a preview of a thousand intake sheets opens at once.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHBoxLayout, QLabel, QProgressDialog, QPushButton, QScrollArea, QSpinBox, QVBoxLayout,
    QWidget, QApplication,
)

from dvc.services.safekeeping import protected_file
from dvc.ui.operations import run_operation

SCREEN_DPI = 96
PRINT_DPI = 300


def render_page(doc: pdfium.PdfDocument, index: int, dpi: int) -> QImage:
    bitmap = doc[index].render(scale=dpi / 72, rev_byteorder=True)
    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
    return image.copy()  # detach from pdfium's buffer before it is freed


class PrintPreview(QDialog):
    def __init__(self, pdf_path: Path, parent: QWidget | None = None, title: str | None = None, *,
                 personal: bool = True) -> None:
        super().__init__(parent)
        self.pdf_path = Path(pdf_path)
        # Printing is not an export; a saved copy is. Unless the caller says the PDF holds no one's details
        # (blank sheets, labels, figures), the copy is saved encrypted.
        self.personal = personal
        self.doc = pdfium.PdfDocument(str(self.pdf_path))
        self.setWindowTitle(title or self.tr("Print preview"))
        self.resize(900, 720)  # fits a 1366×768 laptop screen with its taskbar

        self.page_label = QLabel(self)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea(self)
        scroll.setWidget(self.page_label)
        scroll.setWidgetResizable(True)
        scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.page_box = QSpinBox(self)
        self.page_box.setRange(1, len(self.doc))
        self.page_box.valueChanged.connect(self.show_page)
        self.count_label = QLabel(self.tr("of {count} pages").format(count=len(self.doc)), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        close_button = QPushButton(self.tr("Close"), self)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_pdf)
        close_button.clicked.connect(self.reject)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Page"), self))
        bar.addWidget(self.page_box)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        for button in (self.print_button, self.save_button, close_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)

        QShortcut(QKeySequence.StandardKey.Print, self, self.print_document)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_pdf)
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, lambda: self.page_box.stepBy(1))
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, lambda: self.page_box.stepBy(-1))
        self.print_button.setDefault(True)
        self.print_button.setFocus()
        self.show_page(1)

    def page_count(self) -> int:
        return len(self.doc)

    def show_page(self, number: int) -> None:
        self.page_label.setPixmap(QPixmap.fromImage(render_page(self.doc, number - 1, SCREEN_DPI)))

    def save_pdf(self) -> Path | None:
        from dvc.ui.dialogs.export_protection import ask_protection, save_name, tell_written

        protection = ask_protection(self, personal=self.personal)
        if protection is None:
            return None
        suggested = save_name(Path.home() / self.pdf_path.name, protection)
        kind = self.tr("Encrypted zip (*.zip)") if protection.passphrase else self.tr("PDF files (*.pdf)")
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), suggested, kind)
        if not target:
            return None
        inner = target[:-4] if target.lower().endswith(".zip") else target
        if not inner.lower().endswith(".pdf"):
            inner += ".pdf"
        data = self.pdf_path.read_bytes()
        if protection.passphrase is None:
            written = run_operation(self, lambda: protected_file.write_plain(inner, data))
        else:
            written = run_operation(self, lambda: protected_file.write_protected(
                inner, {Path(inner).name: data}, passphrase=protection.passphrase))
        if written is not None:
            tell_written(self, protection, written)
        return written

    def print_document(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.pdf_path.stem)
        printer.setFromTo(1, len(self.doc))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        first, last = printer.fromPage() or 1, printer.toPage() or len(self.doc)
        progress = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, last - first + 1, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            for number in range(first, last + 1):
                if progress.wasCanceled():
                    return False
                if number > first:
                    printer.newPage()
                image = render_page(self.doc, number - 1, PRINT_DPI)
                target = painter.viewport()
                scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(target.x(), target.y(), image.scaled(scaled, Qt.AspectRatioMode.KeepAspectRatio,
                                                                       Qt.TransformationMode.SmoothTransformation))
                progress.setValue(number - first + 1)
                QApplication.processEvents()
        finally:
            painter.end()
            progress.close()
        return True

    def done(self, result: int) -> None:
        self.doc.close()
        super().done(result)


def show_pdf_preview(parent: QWidget | None, pdf_path: Path, title: str | None = None, *, personal: bool = True) -> None:
    """Show a PDF dvc made, with Print and Save buttons (modal). ``personal=False``: it names no one."""
    PrintPreview(pdf_path, parent, title or QCoreApplication.translate("PrintPreview", "Print preview"),
                 personal=personal).exec()


@contextmanager
def temporary_pdf(name: str) -> Iterator[Path]:
    """A path for a PDF made only to be previewed and printed; the file and its folder go afterwards.

    A printed sheet names people (members, requesters): printing is not an export, so no copy of it may stay
    behind in the temp folder. The preview's "Save as PDF" is where a kept copy is made (encrypted).
    """
    with tempfile.TemporaryDirectory(prefix="dvc-print-", ignore_cleanup_errors=True) as folder:
        yield Path(folder) / name
