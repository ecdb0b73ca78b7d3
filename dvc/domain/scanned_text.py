"""What a scan field was given, before any look-up: a dvc code, a code from outside dvc, or words to search for.

A USB scanner reads whatever it is pointed at: besides dvc's QR codes and
record codes, the web address on a flyer's QR code or the JAN barcode of a
bottle of water. Those must be told apart from a name typed to search, so the
desk can say at once that this is not a dvc sheet instead of searching for it.
"""

from __future__ import annotations

import re
import unicodedata

from dvc.domain.codes import CodeError, parse_code
from dvc.domain.qr import looks_like_payload

# A URI scheme and something after it: https://…, mailto:, tel:, WIFI:, BEGIN:VCARD, LINE's line://…
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]{1,15}:\S", re.IGNORECASE)
# JAN/EAN-13, EAN-8, UPC-A, ITF-14 and the like: only digits. No name is digits only, and a piece of a
# record code is at most a few digits (V-KG1-0042-7).
_PRODUCT_BARCODE = re.compile(r"^\d{8,}$")

WEB_ADDRESS, BARCODE = "web_address", "barcode"


def _clean(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def looks_like_code(text: str) -> bool:
    """A dvc QR payload or a record code (V-KG1-0042-7), even one with a misread check digit."""
    if looks_like_payload(text):
        return True
    try:
        parse_code(text)
    except CodeError as exc:
        # A code with a misread digit is still a scan: say so rather than search for it.
        return exc.reason == "bad-check-digit"
    return True


def foreign_kind(text: str) -> str:
    """WEB_ADDRESS or BARCODE for a code that is not dvc's (a web address, a product barcode), else ""."""
    clean = _clean(text)
    if not clean or looks_like_payload(clean):
        return ""
    if _SCHEME.match(clean) or clean.lower().startswith("www."):
        return WEB_ADDRESS
    if _PRODUCT_BARCODE.match(clean):
        return BARCODE
    return ""


def looks_scanned(text: str) -> bool:
    """What only a scanner (or someone copying a code) types: a dvc code or a code from outside dvc."""
    return looks_like_code(text) or bool(foreign_kind(text))
