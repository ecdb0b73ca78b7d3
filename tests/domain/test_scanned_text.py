"""Telling a code from outside dvc (web address, product barcode) from dvc's codes and from names typed to search."""

from __future__ import annotations

import uuid

import pytest

from dvc.domain.codes import make_code
from dvc.domain.qr import make_payload
from dvc.domain.scanned_text import BARCODE, WEB_ADDRESS, foreign_kind, looks_like_code, looks_scanned


@pytest.mark.parametrize("text, kind", [
    ("https://www.city.koganei.lg.jp/", WEB_ADDRESS), ("HTTP://EXAMPLE.COM", WEB_ADDRESS),
    ("www.example.jp", WEB_ADDRESS), ("WIFI:S:center;T:WPA;P:secret;;", WEB_ADDRESS),
    ("mailto:info@example.jp", WEB_ADDRESS), ("4901234567894", BARCODE), ("49012347", BARCODE),
    ("４９０１２３４５６７８９４", BARCODE),  # a scanner with the IME left on
])
def test_codes_from_outside_dvc(text, kind):
    assert foreign_kind(text) == kind and looks_scanned(text) and not looks_like_code(text)


@pytest.mark.parametrize("text", ["山田", "やまだ", "yamada", "0042", "V-KG1", "090-1234-5678", "", "  "])
def test_names_and_pieces_of_codes_are_searches(text):
    assert foreign_kind(text) == "" and not looks_scanned(text)


def test_dvc_codes_are_not_foreign():
    for text in (make_payload("KG", "V", uuid.uuid4()), make_code("V", "KG", 1, 42), make_code("T", "MT", 2, 7)):
        assert foreign_kind(text) == "" and looks_like_code(text) and looks_scanned(text)
