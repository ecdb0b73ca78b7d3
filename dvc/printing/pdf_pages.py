"""Some pages of a PDF dvc made, as a PDF of their own (the print dialog's "pages 3 to 5" to a file).

pdfium copies the pages with what they use, so the fonts stay embedded and the text and QR codes stay vectors.
"""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium


def page_range(pdf: Path | str, first: int, last: int) -> bytes:
    """Pages ``first`` to ``last`` (counted from 1) of ``pdf``; the file's own bytes when that is every page."""
    source = pdfium.PdfDocument(str(pdf))
    try:
        if first <= 1 and last >= len(source):
            return Path(pdf).read_bytes()
        part = pdfium.PdfDocument.new()
        try:
            part.import_pages(source, list(range(max(first, 1) - 1, min(last, len(source)))))
            buffer = io.BytesIO()
            part.save(buffer)
            return buffer.getvalue()
        finally:
            part.close()
    finally:
        source.close()
