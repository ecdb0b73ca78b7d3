"""Cleaning what people type or what a web form exported, before it is stored.

Each ``clean_*`` returns the stored form or raises ``InvalidValue`` with a
message for a person. Everything starts with NFKC, so full-width digits and
letters (what a Japanese IME gives) and half-width katakana are accepted.
"""

from __future__ import annotations

import re
import unicodedata

import jaconv
import phonenumbers

from dvc.domain.messages import QT_TRANSLATE_NOOP

_SPACES = re.compile(r"\s+")
# What a ふりがな may hold once folded to hiragana: kana, the long-vowel mark, the middle dot, spaces.
_KANA = re.compile(r"^[\u3041-\u3096\u309d\u309eー・ ]+$")
_POSTAL_MARKS = re.compile(r"^(〒|郵便番号)\s*")
_DASHES = re.compile(r"[‐‑‒–—―−ーｰ－]")
# Deliberately loose: one @, a dot in the domain, no spaces. Mail servers decide the rest.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


class InvalidValue(ValueError):
    """A value that cannot be stored; ``source`` is English source text (context "errors")."""

    def __init__(self, source: str, **params: object) -> None:
        super().__init__(source.format(**params) if params else source)
        self.source = source
        self.params = params


def nfkc(text: str | None) -> str:
    """NFKC, runs of spaces (also the ideographic space) as one, trimmed."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text or "")).strip()


def clean_text(text: str | None) -> str:
    return nfkc(text)


def clean_name(text: str | None) -> str:
    return nfkc(text)


def clean_kana(text: str | None) -> str:
    """ふりがな in hiragana (katakana, half-width katakana accepted); empty stays empty."""
    folded = jaconv.kata2hira(nfkc(text))
    if folded and not _KANA.match(folded):
        raise InvalidValue(QT_TRANSLATE_NOOP("errors", "Write the furigana in kana (hiragana or katakana)."))
    return folded


def kana_key(kana: str) -> str:
    """The ふりがな as compared for duplicates: hiragana, no spaces or middle dots."""
    return jaconv.kata2hira(nfkc(kana)).replace(" ", "").replace("・", "")


def clean_phone(text: str | None) -> str:
    """Japanese numbers as 090-1234-5678 / 042-381-1234; foreign ones as +1 415-555-2671."""
    raw = nfkc(text)
    if not raw:
        return ""
    try:
        number = phonenumbers.parse(raw, "JP")
    except phonenumbers.NumberParseException:
        number = None
    if number is not None and number.country_code == 81:
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        # A number the library can lay out as a Japanese number (0 + hyphens) is accepted even when
        # its range is not in the library's allocation data: that data ages, people's phones don't wait.
        if phonenumbers.is_valid_number(number) or (
            phonenumbers.is_possible_number(number) and national.startswith("0") and "-" in national
        ):
            return national
    elif number is not None and phonenumbers.is_valid_number(number):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    raise InvalidValue(QT_TRANSLATE_NOOP("errors", "“{text}” is not a phone number."), text=raw)


def clean_postal_code(text: str | None) -> str:
    """Seven digits as 184-0004."""
    raw = _POSTAL_MARKS.sub("", nfkc(text))
    digits = _DASHES.sub("", raw).replace("-", "").replace(" ", "")
    if not raw:
        return ""
    if not (len(digits) == 7 and digits.isascii() and digits.isdigit()):
        raise InvalidValue(QT_TRANSLATE_NOOP("errors", "“{text}” is not a postal code (7 digits, e.g. 184-0004)."),
                           text=raw)
    return f"{digits[:3]}-{digits[3:]}"


def clean_email(text: str | None) -> str:
    address = nfkc(text).replace(" ", "")
    if address and not _EMAIL.match(address):
        raise InvalidValue(QT_TRANSLATE_NOOP("errors", "“{text}” is not an e-mail address."), text=address)
    return address


# Between the items of a list typed in one cell: 、 , ; / and line breaks (their full-width forms become these
# under NFKC). No word of a vocabulary may hold one (need_intake.clean_work_types refuses them), so they always split.
LIST_SEPARATORS = "、,;/"
_LIST_BREAKS = re.compile(r"[、,;/\r\n]+")
# ・ and spaces separate words too (泥出し・運搬), but ・ is also part of words (片付け・清掃): they split a cell
# only where what they join are whole words of the column's vocabulary.
_WORD_JOINS = re.compile(r"[・\s]+")


def split_list(text: str | None, vocabulary: tuple[str, ...] | list[str] = ()) -> list[str]:
    """A list typed in one field: split on 、 , ; / and line breaks; on ・ and spaces only between vocabulary words.

    With the work types as ``vocabulary``: 片付け・清掃 stays one item, 泥出し・運搬 is two, 片付け・掃除 stays
    whole (and is then refused by name). Without a vocabulary (free text such as qualifications) ・ never splits.
    """
    known = {nfkc(word) for word in vocabulary}
    items: list[str] = []
    for part in _LIST_BREAKS.split(unicodedata.normalize("NFKC", text or "")):
        part = nfkc(part)
        if part:
            items += _vocabulary_words(part, known) or [part]
    return list(dict.fromkeys(items))


def _vocabulary_words(part: str, known: set[str]) -> list[str] | None:
    """``part`` as whole words of ``known`` joined by ・ or spaces (the longest words first), or None."""
    if part in known:
        return [part]
    if not known:
        return None
    words = sorted(known, key=len, reverse=True)
    # found[i]: the words that make up part[:i], where part[i:] starts after a joining ・ or space.
    found: dict[int, list[str]] = {0: []}
    for start in range(len(part)):
        if start not in found:
            continue
        for word in words:
            if not part.startswith(word, start):
                continue
            end = start + len(word)
            join = _WORD_JOINS.match(part, end)
            if end == len(part) or (join and join.end() == len(part)):
                return found[start] + [word]
            if join:
                found.setdefault(join.end(), found[start] + [word])
    return None
