"""Which characters the printing font cannot draw: an emoji in a name comes out as an empty box on paper."""

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
