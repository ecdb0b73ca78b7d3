import uuid
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from dvc.domain.qr import make_payload
from dvc.printing import forms
from dvc.printing.render import render_pdf
from dvc.services.safekeeping.protected_file import read_protected
from dvc.ui.dialogs import export_protection
from dvc.ui.widgets.print_preview import PrintPreview

SAMPLE_FORMS = Path(__file__).resolve().parent.parent / "printing" / "forms"


def make_pdf(path: Path, pages: int, monkeypatch) -> Path:
    monkeypatch.setenv(forms.ENV_FORMS, str(SAMPLE_FORMS))
    render_pdf("sample_sheet", [{"name": f"受付 {n}", "payload": make_payload("KG", "V", uuid.uuid4())}
                                for n in range(pages)], path, drill=False)
    return path


def test_preview_pages_by_keyboard_and_saves_a_copy(qtbot, tmp_path, monkeypatch):
    pdf = make_pdf(tmp_path / "sheets.pdf", 3, monkeypatch)
    preview = PrintPreview(pdf)
    qtbot.addWidget(preview)
    preview.show()
    preview.activateWindow()
    qtbot.waitUntil(preview.isActiveWindow)
    assert preview.page_count() == 3
    assert not preview.page_label.pixmap().isNull()
    qtbot.keyClick(preview, Qt.Key.Key_PageDown)
    assert preview.page_box.value() == 2
    target = tmp_path / "saved"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    # The sheets carry names: the copy is an encrypted zip (tests/safekeeping drives the passphrase dialog itself).
    monkeypatch.setattr(export_protection, "ask_protection", lambda *_a, **_k: export_protection.Protection("typed-pass-123"))
    monkeypatch.setattr(export_protection, "tell_written", lambda *_a: None)
    saved = preview.save_pdf()
    assert saved == tmp_path / "saved.pdf.zip"
    assert read_protected(saved, passphrase="typed-pass-123") == {"saved.pdf": pdf.read_bytes()}
    preview.grab().save(str(tmp_path / "preview.png"))
    preview.reject()


def test_printing_goes_to_the_printer_page_by_page(qtbot, tmp_path, monkeypatch):
    pdf = make_pdf(tmp_path / "sheets.pdf", 2, monkeypatch)
    preview = PrintPreview(pdf)
    qtbot.addWidget(preview)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_to(printer)
    preview.reject()
    assert len(pdfium.PdfDocument(str(tmp_path / "printed.pdf"))) == 2
