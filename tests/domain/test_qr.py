import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dvc.domain.qr import QR_KINDS, PayloadError, looks_like_payload, make_payload, parse_payload

councils = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=2)
kinds = st.sampled_from(sorted(QR_KINDS))
ids = st.uuids()


@given(councils, kinds, ids)
def test_round_trip_and_shape(council, kind, record_id):
    text = make_payload(council, kind, record_id)
    assert len(text) == 38
    assert set(text) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
    parsed = parse_payload(text)
    assert (parsed.council, parsed.kind, parsed.record_id) == (council, kind, record_id)


@given(councils, kinds, ids, st.data())
def test_any_single_changed_character_is_refused(council, kind, record_id, data):
    text = make_payload(council, kind, record_id)
    i = data.draw(st.sampled_from([i for i, ch in enumerate(text) if ch != "-"]))
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" if i > 4 else "0123456789DVC"
    wrong = data.draw(st.sampled_from([c for c in alphabet if c != text[i]]))
    with pytest.raises(PayloadError):
        parse_payload(text[:i] + wrong + text[i + 1:])


def test_full_width_scan_is_understood():
    text = make_payload("KG", "V", uuid.UUID(int=12345))
    wide = text.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)})
    assert parse_payload(wide).record_id == uuid.UUID(int=12345)


@pytest.mark.parametrize("text", ["", "hello", "https://example.jp/", "V-KG1-0042-7", "DVC1-KG-V-AAAA-A",
                                  "DVC1-KG-X-" + "A" * 26 + "-A"])
def test_foreign_or_truncated_is_refused(text):
    with pytest.raises(PayloadError):
        parse_payload(text)


def test_a_newer_version_says_so():
    text = make_payload("KG", "V", uuid.UUID(int=1)).replace("DVC1", "DVC2", 1)
    with pytest.raises(PayloadError) as err:
        parse_payload(text)
    assert err.value.reason == "newer-version"


def test_looks_like_payload():
    assert looks_like_payload("ｄｖｃ１－")
    assert not looks_like_payload("V-KG1-0042-7")
