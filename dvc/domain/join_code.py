"""The center hub's join code and the text of its QR code.

A join code is 8 digits: 7 random and a Damm check digit, so a mistyped code
is refused at the desk before it costs one of the hub's few attempts (see
dvc/sync/pairing.py: the code is only ever used inside SPAKE2, so a captured
exchange does not let anyone try codes offline). Digits only: a USB scanner
and a Japanese IME in either mode type them the same.

The QR code reads ``DVC1-KG-J-192.168.1.20-47810-12345678``: format, the
council's short code, J for "join", the hub's address and port, the code.
Only upper-case letters, digits, '-' and '.', which a scanner types the same
on a US and a Japanese (JIS) keyboard layout (':' would not be).
"""

from __future__ import annotations

import ipaddress
import re
import secrets
import unicodedata
from dataclasses import dataclass

from dvc.domain.codes import check_digit

CODE_DIGITS = 8
DEFAULT_PORT = 47810
_DASHES = "-‐‑‒–—―−ー－ "
_PAYLOAD = re.compile(r"^DVC1-([A-Z]{2})-J-([0-9A-Za-z.\-]{1,253}?)-(\d{1,5})-(\d{8})$")
_HOST = re.compile(r"^[0-9A-Za-z]([0-9A-Za-z\-]{0,62})(\.[0-9A-Za-z]([0-9A-Za-z\-]{0,62}))*$")


def new_code() -> str:
    body = "".join(secrets.choice("0123456789") for _ in range(CODE_DIGITS - 1))
    return body + str(check_digit(body))


def format_code(code: str) -> str:
    """As shown on the hub screen: 1234-5678."""
    return f"{code[:4]}-{code[4:]}"


def clean_code(text: str) -> str | None:
    """The 8 digits of a typed or scanned code (full-width digits, dashes and spaces allowed); None if it is
    not a join code or its check digit is wrong."""
    text = unicodedata.normalize("NFKC", text or "")
    for dash in _DASHES:
        text = text.replace(dash, "")
    text = text.replace("-", "").strip()
    if len(text) != CODE_DIGITS or not text.isdigit() or not text.isascii():
        return None
    if str(check_digit(text[:-1])) != text[-1]:
        return None
    return text


@dataclass(frozen=True)
class Address:
    host: str
    port: int

    def __str__(self) -> str:
        return f"{self.host}:{self.port}"


def parse_address(text: str) -> Address | None:
    """HOST[:PORT] as typed (full-width digits and the Japanese colon accepted); None if it is not one."""
    text = unicodedata.normalize("NFKC", text or "").strip().replace("：", ":")
    if not text:
        return None
    host, _, port_text = text.rpartition(":") if ":" in text else (text, "", "")
    if not port_text:
        port = DEFAULT_PORT
    elif port_text.isdigit() and 0 < int(port_text) < 65536:
        port = int(port_text)
    else:
        return None
    host = host.strip("[] ")
    try:
        host = str(ipaddress.ip_address(host))
    except ValueError:
        if len(host) > 253 or not _HOST.match(host):
            return None
    return Address(host, port)


def make_payload(council_short: str, address: Address, code: str) -> str:
    return f"DVC1-{council_short}-J-{address.host}-{address.port}-{code}"


@dataclass(frozen=True)
class JoinPayload:
    council_short: str
    address: Address
    code: str


def parse_payload(text: str) -> JoinPayload | None:
    """What a scanned join QR code says, or None for anything else (a volunteer's sheet, a foreign code)."""
    text = unicodedata.normalize("NFKC", text or "").strip()
    match = _PAYLOAD.match(text)
    if match is None:
        return None
    short, host, port, code = match.groups()
    address = parse_address(f"{host}:{port}")
    code = clean_code(code)
    if address is None or code is None:
        return None
    return JoinPayload(short, address, code)
