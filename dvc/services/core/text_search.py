"""Turning what a person typed into SQL LIKE patterns for the desk lists."""

from __future__ import annotations

import re
import unicodedata

_KATA_START, _KATA_END = 0x30A1, 0x30F6  # ァ … ヶ
_HIRA_OFFSET = 0x60  # ァ (U+30A1) - ぁ (U+3041)
_SPACES = re.compile(r"\s+")
LIKE_ESCAPE = "\\"


def fold(text: str) -> str:
    """NFKC (full-width letters and digits become ASCII) without any spaces.

    Names are stored with or without a space between family and given name,
    so both sides of a comparison drop them.
    """
    return _SPACES.sub("", unicodedata.normalize("NFKC", text))


def to_hiragana(text: str) -> str:
    return "".join(
        chr(ord(ch) - _HIRA_OFFSET) if _KATA_START <= ord(ch) <= _KATA_END else ch for ch in text
    )


def to_katakana(text: str) -> str:
    return "".join(
        chr(ord(ch) + _HIRA_OFFSET) if _KATA_START <= ord(ch) + _HIRA_OFFSET <= _KATA_END else ch
        for ch in text
    )


def contains_pattern(text: str) -> str:
    """A LIKE pattern for 'contains text', with the wildcards in text escaped."""
    escaped = text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2).replace("%", LIKE_ESCAPE + "%").replace("_", LIKE_ESCAPE + "_")
    return f"%{escaped}%"
