"""Which characters the printing font cannot draw: an emoji in a name comes out as an empty box on paper.

Entry refuses them (services/reception/printable.py); what is drawn anyway (a name
from another council's bundle) goes through ``printable`` in render.py, the one
place the forms draw text.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase import pdfmetrics

from dvc.printing.fonts import NoJapaneseFont, pdf_font


@lru_cache(maxsize=1)
def _drawn() -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(pdf_font()).face.charToGlyph)


def missing(text: str) -> str:
    """The distinct characters of ``text`` the printing font lacks, in order ("" when all of it prints)."""
    try:
        drawn = _drawn()
    except NoJapaneseFont:
        return ""  # no font at all: printing itself says so, entering a name is not the place
    out: list[str] = []
    for ch in text:
        if not ch.isspace() and ord(ch) not in drawn and ch not in out:
            out.append(ch)
    return "".join(out)


GETA = "〓"  # the customary mark (下駄) for a character the type does not have


def printable(text: str) -> str:
    """``text`` as it may be drawn: each character the font lacks becomes 〓, never an empty box.

    A name from another council's bundle is that council's data and cannot be refused; on paper the mark
    shows that a character is there and must be read from the record.
    """
    if text.isascii():
        return text
    lacking = missing(text)
    if not lacking:
        return text
    return "".join(GETA if ch in lacking else ch for ch in text)
