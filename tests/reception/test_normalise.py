"""Cleaning what people type: phone numbers, ふりがな, postal codes, e-mail."""

from __future__ import annotations

import jaconv
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dvc.domain.normalise import (
    InvalidValue, clean_email, clean_kana, clean_name, clean_phone, clean_postal_code, kana_key, split_list,
)

FULL_WIDTH = str.maketrans("0123456789-+", "０１２３４５６７８９－＋")
# Mobile numbers in use: 070/080/090 then a digit 1-9 (080-0… would be the free-dial 0800 range).
digits = st.builds(lambda first, tail: first + tail, st.sampled_from("123456789"),
                   st.text(alphabet="0123456789", min_size=7, max_size=7))


def _spell(national: str, style: int) -> str:
    """One number written the ways people and forms write it."""
    bare = national.replace("-", "")
    return [national, bare, national.translate(FULL_WIDTH), bare.translate(FULL_WIDTH),
            national.replace("-", " "), "+81 " + national[1:], "+81" + bare[1:], f"({national[:3]}){national[4:]}",
            national.replace("-", "ー")][style]


@given(prefix=st.sampled_from(["090", "080", "070"]), rest=digits, style=st.integers(0, 8))
def test_mobile_numbers_have_one_form(prefix, rest, style):
    national = f"{prefix}-{rest[:4]}-{rest[4:]}"
    assert clean_phone(_spell(national, style)) == national


@given(rest=st.text(alphabet="0123456789", min_size=4, max_size=4), exchange=st.integers(380, 389),
       style=st.integers(0, 7))
def test_koganei_landlines_have_one_form(rest, exchange, style):
    national = f"042-{exchange}-{rest}"
    assert clean_phone(_spell(national, style)) == national


@given(prefix=st.sampled_from(["090", "080", "070"]), rest=digits)
def test_cleaning_a_clean_number_changes_nothing(prefix, rest):
    once = clean_phone(prefix + rest)
    assert clean_phone(once) == once


@pytest.mark.parametrize("text", ["1234", "090-1234-567", "0901234567890", "電話", "abc", "+81"])
def test_not_phone_numbers_are_refused(text):
    with pytest.raises(InvalidValue):
        clean_phone(text)


def test_foreign_numbers_keep_their_country():
    assert clean_phone("+1 415 555 2671") == "+1 415-555-2671"


def test_empty_phone_stays_empty():
    assert clean_phone("  ") == ""


KATAKANA = "アイウエオカキクケコガギグゲゴサシスセソザジズゼゾタチツテトダヂヅデドナニヌネノハヒフヘホバビブベボパピプペポ" \
           "マミムメモヤユヨラリルレロワヲンァィゥェォャュョッー"
kata_words = st.text(alphabet=KATAKANA, min_size=1, max_size=8)


@given(family=kata_words, given_name=kata_words)
def test_furigana_is_stored_in_hiragana(family, given_name):
    typed = f"{family} {given_name}"
    expected = jaconv.kata2hira(typed)
    assert clean_kana(typed) == expected
    assert clean_kana(expected) == expected
    # Half-width katakana (old web forms, some IMEs) and a full-width space come out the same.
    assert clean_kana(jaconv.z2h(family, kana=True) + "\u3000" + given_name) == expected
    assert kana_key(typed) == expected.replace(" ", "")


@pytest.mark.parametrize("text", ["yamada", "山田", "やまだ1"])
def test_furigana_must_be_kana(text):
    with pytest.raises(InvalidValue):
        clean_kana(text)


def test_names_lose_extra_spaces_and_full_width_letters():
    assert clean_name("  山田\u3000\u3000太郎 ") == "山田 太郎"
    assert clean_name("ＪＯＨＮ　ＳＭＩＴＨ") == "JOHN SMITH"


@pytest.mark.parametrize("text", ["184-0004", "1840004", "〒184-0004", "〒１８４－０００４", "184ー0004", "184 0004"])
def test_postal_codes(text):
    assert clean_postal_code(text) == "184-0004"


@pytest.mark.parametrize("text", ["184-000", "12345678", "abc-defg"])
def test_bad_postal_codes(text):
    with pytest.raises(InvalidValue):
        clean_postal_code(text)


def test_email():
    assert clean_email("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ") == "taro@example.jp"
    for bad in ("taro", "taro@", "taro@example", "a@b@c.jp"):
        with pytest.raises(InvalidValue):
            clean_email(bad)


def test_lists_typed_in_one_field():
    assert split_list("看護師、大工,重機 ; 看護師") == ["看護師", "大工", "重機"]
    assert split_list("片付け・清掃") == ["片付け・清掃"]


def test_lists_split_on_middle_dots_only_between_vocabulary_words():
    works = ("泥出し", "片付け・清掃", "運搬", "家屋内の片付け")
    assert split_list("泥出し・片付け・清掃", works) == ["泥出し", "片付け・清掃"]
    assert split_list("片付け･清掃 運搬", works) == ["片付け・清掃", "運搬"]
    assert split_list("片付け・清掃\n運搬；泥出し", works) == ["片付け・清掃", "運搬", "泥出し"]
    assert split_list("片付け・掃除", works) == ["片付け・掃除"]  # not a word: kept whole, refused by its name
    assert split_list("泥出し運搬", works) == ["泥出し運搬"]
    assert split_list("泥出し・運搬") == ["泥出し・運搬"]  # free text: ・ is part of what was typed
