"""Print preview for the PDFs dvc makes: look first, then print or save.

Pages are drawn with pdfium (the same renderer the tests use) one at a time, so
a preview of a thousand intake sheets opens at once.

Printing sends the PDF itself wherever the system takes one, so text and QR codes stay vectors with the
font embedded: to a CUPS queue (Linux, macOS) through dvc/printing/print_queue.py, and, for the print
dialog's "print to file", as the same file the preview's "Save as PDF" writes (encrypted when it names
people). Only where neither is possible (a Windows printer: Qt offers no way to hand it a PDF) pages go as
images: 1-bit, at the printer's resolution up to 300 dpi, never upscaled.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrintEngine, QPrinter
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHBoxLayout, QLabel, QProgressDialog, QPushButton, QScrollArea, QSpinBox, QVBoxLayout,
    QWidget, QApplication,
)

from dvc.printing import print_queue
from dvc.printing.pdf_pages import page_range
from dvc.services.core import preview_files
from dvc.services.safekeeping import protected_file
from dvc.ui.operations import run_operation

if TYPE_CHECKING:
    from dvc.services.core.workspace import Workspace
    from dvc.ui.dialogs.export_protection import Protection

SCREEN_DPI = 96
BLACK, WHITE = 0xFF000000, 0xFFFFFFFF
# Page images only where no PDF can be handed over: 300 dpi keeps 8-point text and the QR codes sharp
# (pdfium + zxing decode them); Qt's Windows engine spools every pixel as 32 bits whatever the image, so
# the number of pixels is what counts there, and no more than 300 dpi of them are sent.
RASTER_DPI = 300
# Qt's private PPK_CupsOptions: the CUPS options the print dialog set (page-ranges, number-up, job-sheets…).
CUPS_OPTIONS = QPrintEngine.PrintEnginePropertyKey(0xFE00)
SIDES = {
    QPrinter.DuplexMode.DuplexNone: "one-sided",
    QPrinter.DuplexMode.DuplexAuto: "two-sided-long-edge",
    QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
    QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
}


def render_page(doc: pdfium.PdfDocument, index: int, dpi: int) -> QImage:
    bitmap = doc[index].render(scale=dpi / 72, rev_byteorder=True)
    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
    return image.copy()  # detach from pdfium's buffer before it is freed


def page_bitmap(doc: pdfium.PdfDocument, index: int, dpi: int) -> QImage:
    """The page as 1-bit black and white for a printer that takes no PDF; grey (the drill band, shaded table
    heads) becomes an even dot pattern, which stays legible and compresses well."""
    bitmap = doc[index].render(scale=dpi / 72, grayscale=True)
    grey = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_Grayscale8)
    image = grey.convertToFormat(QImage.Format.Format_Mono,
                                 Qt.ImageConversionFlag.MonoOnly | Qt.ImageConversionFlag.OrderedDither)
    if image.colorTable() != [BLACK, WHITE]:
        # Qt's PDF engine keeps a bitmap 1-bit only with black as colour 0; otherwise it writes a colour JPEG.
        image.invertPixels()
        image.setColorTable([BLACK, WHITE])
    return image


def job_options(printer: QPrinter, first: int, last: int, pages: int) -> print_queue.JobOptions:
    """The print dialog's choices as CUPS job options, as Qt's own CUPS printing would send them."""
    extra = list(printer.printEngine().property(CUPS_OPTIONS) or [])
    return print_queue.JobOptions(
        copies=printer.copyCount(), collate=printer.collateCopies(),
        pages=(first, last) if (first, last) != (1, pages) else None,
        sides=SIDES.get(printer.duplex(), ""), media=printer.pageLayout().pageSize().key(),
        monochrome=printer.colorMode() == QPrinter.ColorMode.GrayScale,
        extra=tuple(zip(extra[0::2], extra[1::2])))


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
        from dvc.ui.dialogs.export_protection import ask_protection, save_name

        protection = ask_protection(self, personal=self.personal)
        if protection is None:
            return None
        suggested = save_name(Path.home() / self.pdf_path.name, protection)
        kind = self.tr("Encrypted zip (*.zip)") if protection.passphrase else self.tr("PDF files (*.pdf)")
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), suggested, kind)
        if not target:
            return None
        return self._write_copy(target, self.pdf_path.read_bytes(), protection)

    def _write_copy(self, target: str, data: bytes, protection: Protection) -> Path | None:
        from dvc.ui.dialogs.export_protection import tell_written

        written = run_operation(self, lambda: protected_file.write_pdf(target, data, passphrase=protection.passphrase))
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

    def _pages(self, printer: QPrinter) -> tuple[int, int]:
        return printer.fromPage() or 1, printer.toPage() or len(self.doc)

    def print_to(self, printer: QPrinter) -> bool:
        """Print as the dialog set ``printer`` up: to a file, to a CUPS queue, or (Windows) as page images."""
        first, last = self._pages(printer)
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            return self.print_to_file(printer.outputFileName(), first, last)
        if print_queue.available() and printer.printerName():
            return self.send_to_queue(printer, first, last)
        return self.print_raster(printer)

    def print_to_file(self, target: str, first: int, last: int) -> bool:
        """The print dialog's "print to file" is a saved copy like "Save as PDF": dvc's own PDF, encrypted when
        it names people, never a file of page images."""
        from dvc.ui.dialogs.export_protection import ask_protection

        if not target:
            return self.save_pdf() is not None
        protection = ask_protection(self, personal=self.personal)
        if protection is None:
            return False
        data = page_range(self.pdf_path, first, last)
        return self._write_copy(target, data, protection) is not None

    def send_to_queue(self, printer: QPrinter, first: int, last: int) -> bool:
        options = job_options(printer, first, last, len(self.doc))
        title = printer.docName() or self.pdf_path.stem
        job = run_operation(self, lambda: print_queue.submit_pdf(printer.printerName(), self.pdf_path, title=title,
                                                                 options=options))
        return job is not None

    def print_raster(self, printer: QPrinter) -> bool:
        """Page images, for a printer that takes no PDF: 1-bit, at the printer's resolution up to RASTER_DPI."""
        first, last = self._pages(printer)
        dpi = min(printer.resolution(), RASTER_DPI)
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
                image = page_bitmap(self.doc, number - 1, dpi)
                target = painter.viewport()
                # The page fills the printable area; the engine scales the image itself, so the spool holds
                # the image's own pixels, not a copy blown up to the printer's 600 or 1,200 dpi.
                fitted = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(target.topLeft(), fitted), image)
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
def temporary_pdf(ws: Workspace, name: str) -> Iterator[Path]:
    """A path for a PDF made only to be previewed and printed; the file and its folder go afterwards.

    A printed sheet names people (members, requesters) or carries the recovery passphrase: printing is not an
    export, so it is made in the database's private preview folder, never the shared temp folder, and nothing of
    it stays (dvc/services/core/preview_files.py). The preview's "Save as PDF" is where a kept copy is made
    (encrypted).
    """
    with preview_files.preview_file(ws.path, name) as path:
        yield path
