import subprocess
import uuid
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit, QMessageBox

from dvc.domain.qr import make_payload
from dvc.printing import forms
from dvc.printing.render import render_pdf
from dvc.services.safekeeping.protected_file import read_protected
from dvc.ui.dialogs import export_protection
from dvc.ui.widgets.print_preview import PrintPreview
from tests.reception.pdf_tools import fonts, page_texts, qr_texts, unembedded_fonts
from tests.ui.dispatch.helpers import when_open

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


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def key(window, which, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the keyboard sends it: to the window, which gives it to its focus widget."""
    QTest.keyClick(window.windowHandle(), which, modifier)


def type_text(window, text: str) -> None:
    for char in text:
        QTest.keyClick(window.windowHandle(), char)


def test_print_to_file_of_a_figures_only_pdf_is_the_pdf_itself(qtbot, tmp_path, monkeypatch):
    """Issue 17: "print to file" gave a 6.5 MB page image per sheet, with no fonts. It is dvc's own PDF now."""
    pdf = make_pdf(tmp_path / "sheets.pdf", 3, monkeypatch)
    preview = PrintPreview(pdf, personal=False)
    qtbot.addWidget(preview)
    monkeypatch.setattr(export_protection, "ask_protection", lambda *_a, **_k: export_protection.Protection(None))
    monkeypatch.setattr(export_protection, "tell_written", lambda *_a: None)
    assert preview.print_to(pdf_printer(tmp_path / "printed.pdf"))
    assert (tmp_path / "printed.pdf").read_bytes() == pdf.read_bytes()
    printer = pdf_printer(tmp_path / "two.pdf")
    printer.setFromTo(2, 3)
    assert preview.print_to(printer)
    assert len(pdfium.PdfDocument(str(tmp_path / "two.pdf"))) == 2
    assert page_texts(tmp_path / "two.pdf")[0] == page_texts(pdf)[1]  # text, not a picture of it
    assert fonts(tmp_path / "two.pdf") and unembedded_fonts(tmp_path / "two.pdf") == []
    preview.reject()


def test_the_print_dialogs_print_to_file_is_saved_encrypted(qtbot, tmp_path, monkeypatch):
    """Issue 18 item 6: the print dialog's 「PDF ファイルに出力」 wrote the sheets plain; it is a saved copy now,
    encrypted like 「PDFで保存」. Driven by keys through the windows: Ctrl+P, the file name, the passphrase."""
    monkeypatch.setenv("HOME", str(tmp_path))
    pdf = make_pdf(tmp_path / "dvc.pdf", 2, monkeypatch)
    target = tmp_path / "out" / "dvc.pdf"
    target.parent.mkdir()
    preview = PrintPreview(pdf)
    qtbot.addWidget(preview)
    preview.show()
    preview.activateWindow()
    qtbot.waitUntil(preview.isActiveWindow)

    def in_print_dialog(dialog) -> None:
        assert dialog.findChild(QComboBox, "printers").currentText() == "PDF ファイルに出力"  # no printer here
        name = dialog.findChild(QLineEdit, "filename")
        name.setFocus()
        name.selectAll()
        type_text(dialog, str(target))
        key(dialog, Qt.Key.Key_Return)

    def in_passphrase_dialog(dialog) -> None:
        type_text(dialog, "typed-pass-123")
        key(dialog, Qt.Key.Key_Tab)
        type_text(dialog, "typed-pass-123")
        key(dialog, Qt.Key.Key_Return)

    seen = (when_open(QPrintDialog, in_print_dialog), when_open(export_protection.ExportProtectionDialog,
                                                                 in_passphrase_dialog),
            when_open(QMessageBox, lambda box: key(box, Qt.Key.Key_Return)))
    key(preview, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert all(seen)
    assert not target.exists()
    saved = target.with_name("dvc.pdf.zip")
    assert read_protected(saved, passphrase="typed-pass-123") == {"dvc.pdf": pdf.read_bytes()}
    preview.reject()


def test_page_images_for_a_printer_without_pdf_are_one_bit_and_still_scan(qtbot, tmp_path, monkeypatch):
    """Where no PDF can be handed over (a Windows printer): 1-bit pages at up to 300 dpi, QR codes readable."""
    pdf = make_pdf(tmp_path / "sheets.pdf", 2, monkeypatch)
    preview = PrintPreview(pdf)
    qtbot.addWidget(preview)
    out = tmp_path / "raster.pdf"
    assert preview.print_raster(pdf_printer(out))
    preview.reject()
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in images.splitlines()[2:]]
    assert len(rows) == 2 and all(row[5] == "gray" and row[7] == "1" for row in rows)  # color, bpc
    assert all(int(row[12]) <= 320 for row in rows)  # x-ppi: not blown up to the printer's 1,200 dpi
    assert out.stat().st_size < 2 * 150_000
    assert [len(codes) for codes in qr_texts(out)] == [1, 1]
