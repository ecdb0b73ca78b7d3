"""Reading the PDFs dvc prints as a person or a scanner would: page images, their QR codes, their text."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp


def page_images(pdf: Path, dpi: int = 150) -> list:
    doc = pdfium.PdfDocument(str(pdf))
    return [page.render(scale=dpi / 72).to_pil() for page in doc]


def page_texts(pdf: Path) -> list[str]:
    doc = pdfium.PdfDocument(str(pdf))
    return [page.get_textpage().get_text_range() for page in doc]


def qr_texts(pdf: Path, dpi: int = 150) -> list[list[str]]:
    """Every QR code's text, page by page, in reading order (top to bottom, left to right)."""
    pages = []
    for image in page_images(pdf, dpi):
        found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        found = sorted(found, key=lambda b: (round(b.position.top_left.y / 40), b.position.top_left.x))
        pages.append([b.text for b in found])
    return pages
