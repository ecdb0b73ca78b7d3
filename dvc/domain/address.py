"""Addresses compared for duplicates: the same house typed two ways gives the same key."""

from __future__ import annotations

import re
import unicodedata

_KANJI_DIGITS = str.maketrans("〇一二三四五六七八九", "0123456789")
_DASHES = re.compile(r"[‐‑‒–—―−ーｰ－]")
# 1丁目2番3号 / 1丁目2番地3 / 1-2-3 all become 1-2-3.
_BLOCK_WORDS = re.compile(r"(丁目|番地の|番地|番|号|の)")
_CITY_PREFIXES = ("東京都", "小金井市", "三鷹市", "調布市", "狛江市", "府中市")


def address_key(text: str) -> str:
    """NFKC, no spaces, 丁目/番/号 as dashes, simple kanji numbers as digits, no prefecture/city."""
    key = "".join(unicodedata.normalize("NFKC", text).split())
    for prefix in _CITY_PREFIXES:
        key = key.removeprefix(prefix)
    key = _DASHES.sub("-", key)
    # Kanji numerals only where they count blocks, e.g. 本町一丁目 → 本町1丁目 (not inside names).
    key = re.sub(r"([〇一二三四五六七八九]+)(?=丁目)", lambda m: m.group(1).translate(_KANJI_DIGITS), key)
    key = _BLOCK_WORDS.sub("-", key)
    key = re.sub(r"-{2,}", "-", key).strip("-")
    return key
