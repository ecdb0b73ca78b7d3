"""Dates as written on Japanese forms: 西暦 and 和暦."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dvc.domain.dates import parse_date, wareki
from dvc.domain.normalise import InvalidValue


@pytest.mark.parametrize("text, expected", [
    ("2026-04-01", date(2026, 4, 1)),
    ("2026/4/1", date(2026, 4, 1)),
    ("２０２６／４／１", date(2026, 4, 1)),
    ("2026.04.01", date(2026, 4, 1)),
    ("2026年4月1日", date(2026, 4, 1)),
    ("20260401", date(2026, 4, 1)),
    ("令和8年4月1日", date(2026, 4, 1)),
    ("令和 8年 4月 1日", date(2026, 4, 1)),
    ("R8.4.1", date(2026, 4, 1)),
    ("r08/04/01", date(2026, 4, 1)),
    ("Ｒ８．４．１", date(2026, 4, 1)),
    ("令和元年5月1日", date(2019, 5, 1)),
    ("平成元年1月8日", date(1989, 1, 8)),
    ("平成2年4月1日", date(1990, 4, 1)),
    ("H2.4.1", date(1990, 4, 1)),
    ("平成31年4月30日", date(2019, 4, 30)),
    ("H31.5.1", date(2019, 5, 1)),  # forms printed before the new era kept being used
    ("昭和55年1月2日", date(1980, 1, 2)),
    ("S55.1.2", date(1980, 1, 2)),
    ("昭和64年1月7日", date(1989, 1, 7)),
    ("大正15年1月1日", date(1926, 1, 1)),
    ("㍼55年1月2日", date(1980, 1, 2)),
    ("H28/3/3", date(2016, 3, 3)),
    ("H28・3・3", date(2016, 3, 3)),  # the / key with the IME on
    ("Ｈ２８・３・３", date(2016, 3, 3)),
    ("R8。4。1", date(2026, 4, 1)),  # the . key with the IME on
    ("2016・3・3", date(2016, 3, 3)),
])
def test_accepted_forms(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", [
    "2026-02-30", "2026/13/1", "令和8年", "R0.1.1", "平成32年1月1日", "昭和65年1月1日", "令和元年4月30日",
    "平成元年1月7日", "M45.1.1", "明日", "4/1", "2026-4", "X8.4.1",
])
def test_refused_forms(text):
    with pytest.raises(InvalidValue):
        parse_date(text)


def test_empty_is_no_date():
    assert parse_date("") is None
    assert parse_date(None) is None
    assert parse_date("  ") is None


@given(st.dates(min_value=date(1926, 12, 25), max_value=date(2100, 12, 31)))
def test_wareki_reads_back(day):
    assert parse_date(wareki(day)) == day


def test_wareki_first_year_is_gannen():
    assert wareki(date(2019, 5, 1)) == "令和元年5月1日"
    assert wareki(date(2019, 4, 30)) == "平成31年4月30日"
