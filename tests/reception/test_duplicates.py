"""Likely duplicates shown before saving."""

from __future__ import annotations

from datetime import date

from dvc.domain.volunteer_input import VolunteerInput
from dvc.services.reception import registration as reg
from dvc.services.reception.duplicates import SAME_KANA_AND_BIRTH, SAME_PHONE, find_duplicates

DAY = date(2026, 8, 1)


def _register(ws, **kw):
    data = dict(name="山田 太郎", kana="やまだ たろう", birth_date="1980-01-02", phone="090-1234-5678")
    data.update(kw)
    return reg.register_individual(ws, data=VolunteerInput(**data), day=DAY)


def test_same_kana_and_birth_date_whatever_the_spacing_and_script(workspace):
    done = _register(workspace, phone="", email="taro@example.jp")
    _register(workspace, name="山田 太郎", kana="やまだ たろう", birth_date="1990-01-02", phone="", email="x@y.jp")
    found = find_duplicates(workspace, kana="ヤマダタロウ", birth_date=date(1980, 1, 2), day=DAY)
    assert [(m.code, m.reasons) for m in found] == [(done.code, (SAME_KANA_AND_BIRTH,))]


def test_same_phone_in_any_writing(workspace):
    done = _register(workspace)
    found = find_duplicates(workspace, phone="０９０１２３４５６７８", day=DAY)
    assert [(m.code, m.reasons) for m in found] == [(done.code, (SAME_PHONE,))]


def test_both_reasons_rank_first(workspace):
    phone_only = _register(workspace, name="山田 花子", kana="やまだ はなこ", birth_date="1982-03-04")
    both = _register(workspace, phone="090-1234-5678")
    found = find_duplicates(workspace, kana="やまだ たろう", birth_date=date(1980, 1, 2), phone="09012345678", day=DAY)
    assert [m.code for m in found] == [both.code, phone_only.code]
    assert found[0].reasons == (SAME_KANA_AND_BIRTH, SAME_PHONE)


def test_stated_age_matches_a_birth_date_of_that_age(workspace):
    done = _register(workspace, phone="", email="a@b.jp")
    assert [m.code for m in find_duplicates(workspace, kana="やまだたろう", age=46, day=DAY)] == [done.code]
    assert find_duplicates(workspace, kana="やまだたろう", age=30, day=DAY) == []


def test_kana_alone_is_not_enough_and_the_record_itself_is_excluded(workspace):
    done = _register(workspace)
    assert find_duplicates(workspace, kana="やまだ たろう", day=DAY) == []
    assert find_duplicates(workspace, kana="やまだ たろう", birth_date=date(1980, 1, 2), phone="090-1234-5678",
                           exclude_ids=[done.id], day=DAY) == []


def test_typing_in_progress_is_harmless(workspace):
    _register(workspace)
    assert find_duplicates(workspace, kana="yama", phone="090-12", birth_date=None, day=DAY) == []
