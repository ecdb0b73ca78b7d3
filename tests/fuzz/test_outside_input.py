"""Fuzz pass over every parser that takes outside input: the answer is a value or a clear
refusal (UserError / the parser's own error with a reason), never a crash, and a refused
import changes nothing in the database."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dvc.domain.codes import CodeError, parse_code
from dvc.domain.dates import parse_date
from dvc.domain.messages import UserError
from dvc.domain.normalise import InvalidValue, clean_email, clean_kana, clean_phone, clean_postal_code
from dvc.domain.qr import PayloadError, parse_payload
from dvc.services.reception.checkin import check_in
from tests.rawdb import raw_connect
from dvc.services.needs.list_import import import_needs
from dvc.services.reception.volunteer_import import import_volunteers

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
# What a scanner, a keyboard with an IME, or a broken file can produce.
typed = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)
scanner_like = st.text(alphabet="DVC1-KGVSNTE0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ234567ー－ｖｄｃ ", max_size=45)


@FUZZ
@given(st.one_of(typed, scanner_like))
def test_codes_and_payloads(text):
    for parse, error in ((parse_code, CodeError), (parse_payload, PayloadError)):
        try:
            parse(text)
        except error as exc:
            assert exc.reason


@FUZZ
@given(typed)
def test_form_field_cleaners(text):
    for clean in (clean_phone, clean_postal_code, clean_email, clean_kana, parse_date):
        try:
            clean(text)
        except (InvalidValue, UserError):
            pass


def _content(path) -> list:
    con = raw_connect(path)
    try:
        return [con.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in ("volunteer", "need", "attendance")]
    finally:
        con.close()


@FUZZ
@given(st.one_of(typed, scanner_like))
def test_scan_field_never_crashes_or_writes_for_garbage(workspace, text):
    before = _content(workspace.path)
    result = check_in(workspace, scanned=text)
    assert result.result in {"invalid", "unknown", "unregistered"}
    assert _content(workspace.path) == before


VOLUNTEER_HEADERS = ["氏名", "ふりがな", "生年月日", "性別", "電話番号", "メール", "団体名", "保険"]
NEED_HEADERS = ["受付日時", "依頼者氏名", "電話番号", "住所", "地区", "作業内容", "必要人数", "優先度"]


def _csv(headers, rows, encoding) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(headers)
    writer.writerows(rows)
    return out.getvalue().encode(encoding, errors="replace")


cells = st.lists(st.lists(typed, min_size=0, max_size=9), max_size=6)
raw_bytes = st.binary(max_size=400)


@pytest.mark.parametrize("importer,headers", [(import_volunteers, VOLUNTEER_HEADERS), (import_needs, NEED_HEADERS)])
@FUZZ
@given(rows=cells, raw=raw_bytes, encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp932"]),
       use_raw=st.booleans(), suffix=st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_imports_read_or_refuse_and_refusals_change_nothing(workspace, tmp_path, importer, headers, rows, raw,
                                                            encoding, use_raw, suffix):
    path = tmp_path / f"input{suffix}"
    path.write_bytes(raw if use_raw else _csv(headers, rows, encoding))
    before = _content(workspace.path)
    try:
        importer(workspace, path=path)
    except UserError as exc:
        assert str(exc)
        assert _content(workspace.path) == before
