"""Human-facing record codes: printed on paper, typed at a desk, read over a phone.

Format: ``V-KG1-0042-7``

* ``V``    kind of record (see ``KINDS``)
* ``KG``   the council's two-letter short code (KG 小金井, MT 三鷹, ...)
* ``1``    the laptop's device number within that council (1-99)
* ``0042`` a per-laptop sequence, zero-padded to four digits, growing as needed
* ``7``    a Damm check digit over everything before it

The council and device parts make codes unique without a server: each laptop
numbers only its own records, so two laptops of one council, or two councils,
can never hand out the same code. The check digit catches every single misheard
digit and every swap of two neighbouring digits, so a code read wrongly over a
phone is refused instead of finding somebody else. Codes are ASCII so that a USB
barcode scanner (which types like a keyboard) and a Japanese IME in either
mode produce the same text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

KINDS = {
    "V": "volunteer",
    "G": "group",
    "N": "need",
    "T": "team",
    "E": "equipment",
}

MIN_SEQ_DIGITS = 4
MAX_DEVICE_NO = 99

# Damm's totally anti-symmetric quasigroup of order 10.
_DAMM = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)

_SHORT_RE = re.compile(r"^[A-Z]{2}$")
_CODE_RE = re.compile(r"^([A-Z])-([A-Z]{2})(\d{1,2})-(\d{%d,})-(\d)$" % MIN_SEQ_DIGITS)
# Dashes people and IMEs type instead of '-': fullwidth forms are folded by NFKC,
# the rest are listed.
_DASHES = "‐‑‒–—―−ーｰ－"


class CodeError(ValueError):
    """A code that cannot be one of ours; ``reason`` is a stable key for messages."""

    def __init__(self, reason: str, text: str) -> None:
        super().__init__(f"{reason}: {text!r}")
        self.reason = reason
        self.text = text


@dataclass(frozen=True)
class Code:
    kind: str
    council: str
    device: int
    seq: int

    def __str__(self) -> str:
        body = f"{self.kind}-{self.council}{self.device}-{self.seq:0{MIN_SEQ_DIGITS}d}"
        return f"{body}-{check_digit(self._digits())}"

    def _digits(self) -> str:
        return _digits_of(self.kind, self.council, self.device, self.seq)


def _digits_of(kind: str, council: str, device: int, seq: int) -> str:
    # Letters count as their two-digit alphabet position, so a misheard
    # council or kind letter also breaks the check digit.
    letters = "".join(f"{ord(c) - ord('A') + 10:02d}" for c in kind + council)
    return f"{letters}{device:02d}{seq:0{MIN_SEQ_DIGITS}d}"


def check_digit(digits: str) -> int:
    interim = 0
    for ch in digits:
        interim = _DAMM[interim][int(ch)]
    return interim


def validate_short(short: str) -> str:
    short = short.strip().upper()
    if not _SHORT_RE.match(short):
        raise CodeError("bad-council-short", short)
    return short


def make_code(kind: str, council: str, device: int, seq: int) -> str:
    if kind not in KINDS:
        raise CodeError("bad-kind", kind)
    council = validate_short(council)
    if not 1 <= device <= MAX_DEVICE_NO:
        raise CodeError("bad-device", str(device))
    if seq < 1:
        raise CodeError("bad-sequence", str(seq))
    return str(Code(kind, council, device, seq))


def normalise(text: str) -> str:
    """Fold what a person may type (full-width letters, other dashes, spaces)."""
    text = unicodedata.normalize("NFKC", text).strip().upper()
    for dash in _DASHES:
        text = text.replace(dash, "-")
    return re.sub(r"\s+", "", text)


def parse_code(text: str, kind: str | None = None) -> Code:
    """Read a typed or scanned code; raise ``CodeError`` if it is not valid."""
    clean = normalise(text)
    match = _CODE_RE.match(clean)
    if not match:
        raise CodeError("not-a-code", text)
    k, council, device, seq, check = match.groups()
    if k not in KINDS:
        raise CodeError("bad-kind", text)
    if kind is not None and k != kind:
        raise CodeError("wrong-kind", text)
    code = Code(k, council, int(device), int(seq))
    if int(device) < 1 or int(seq) < 1:
        raise CodeError("not-a-code", text)
    if clean != str(code):
        # Only the printed form is a code: '01000000' is not how 1000000 is
        # printed, and accepting it would let a digit swap through.
        raise CodeError("bad-check-digit" if clean[:-1] == str(code)[:-1] else "not-a-code", text)
    if check_digit(code._digits()) != int(check):
        raise CodeError("bad-check-digit", text)
    return code
