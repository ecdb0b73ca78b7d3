"""Reading the PDFs dvc prints as a person or a scanner would: page images, their QR codes, their text."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp


def page_images(pdf: Path, dpi: int = 150) -> list:
    doc = pdfium.PdfDocument(str(pdf))
    return [page.render(scale=dpi / 72).to_pil() for page in doc]


def page_texts(pdf: Path | bytes) -> list[str]:
    """Each page's text; ``pdf`` a file or the PDF's bytes (a member of an encrypted export)."""
    doc = pdfium.PdfDocument(pdf if isinstance(pdf, bytes) else str(pdf))
    return [page.get_textpage().get_text_range() for page in doc]


def qr_texts(pdf: Path, dpi: int = 150) -> list[list[str]]:
    """Every QR code's text, page by page, in reading order (top to bottom, left to right)."""
    pages = []
    for image in page_images(pdf, dpi):
        found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        found = sorted(found, key=lambda b: (round(b.position.top_left.y / 40), b.position.top_left.x))
        pages.append([b.text for b in found])
    return pages


def fonts(pdf: Path) -> list[dict[str, str]]:
    """The fonts poppler's pdffonts lists for ``pdf``: name, type, emb (yes/no), … per font."""
    lines = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout.splitlines()
    header, rule, rows = lines[0], lines[1], lines[2:]
    # Columns are as wide as the rule's runs of dashes (a name or a type may hold spaces).
    spans, start = [], 0
    for run in rule.split(" "):
        spans.append((start, start + len(run)))
        start += len(run) + 1
    names = [header[a:b].strip() for a, b in spans]
    return [{name: row[a:b].strip() for name, (a, b) in zip(names, spans)} for row in rows]


def unembedded_fonts(pdf: Path) -> list[str]:
    return [f"{font['name']} ({font['type']})" for font in fonts(pdf) if font["emb"] != "yes"]
