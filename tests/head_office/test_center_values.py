"""The center's settings: read together, saved together by the center head only, each checked by its room's rule."""

from __future__ import annotations

import pytest

from dvc.domain.messages import UserError
from dvc.domain.vocab import Role
from dvc.services.head_office.center_values import CenterSettings, read_settings, save_settings
from dvc.services.needs.sheets import center_phone
from dvc.services.reception.checkin import get_daily_capacity
from dvc.services.staff import operators, screen_lock

DEFAULTS = CenterSettings(center_phone="", pin_required=False, daily_capacity=0, lock_minutes=15)


def test_the_center_head_saves_all_four_and_the_phone_is_cleaned(workspace):
    operators.sign_in_by_name(workspace, name="山田 花子")
    assert read_settings(workspace) == DEFAULTS
    saved = save_settings(workspace, wanted=CenterSettings("０４２（３８１）１２３４", False, 800, 30))
    assert saved.center_phone == "042-381-1234"
    assert read_settings(workspace) == CenterSettings("042-381-1234", False, 800, 30)
    assert center_phone(workspace) == "042-381-1234" and get_daily_capacity(workspace) == 800
    assert screen_lock.lock_minutes(workspace) == 30


def test_staff_may_look_but_not_change(workspace):
    operators.add_operator(workspace, name="受付 一郎", role=Role.STAFF)
    operators.sign_in_by_name(workspace, name="受付 一郎")
    with pytest.raises(UserError, match="center head"):
        save_settings(workspace, wanted=CenterSettings("042-381-1234", False, 0, 15))
    assert read_settings(workspace) == DEFAULTS


def test_one_bad_value_saves_nothing(workspace):
    operators.sign_in_by_name(workspace, name="山田 花子")
    with pytest.raises(UserError, match="phone"):
        save_settings(workspace, wanted=CenterSettings("電話して", False, 500, 5))
    with pytest.raises(UserError):
        save_settings(workspace, wanted=CenterSettings("042-381-1234", False, 10_000_000, 5))
    assert read_settings(workspace) == DEFAULTS


def test_pins_are_required_only_once_everyone_has_one(workspace):
    operators.sign_in_by_name(workspace, name="山田 花子")
    with pytest.raises(UserError) as refused:
        save_settings(workspace, wanted=CenterSettings("", True, 0, 15))
    assert "山田 花子" in refused.value.message()  # the center head too: nobody could have turned it off again
    assert not operators.pin_required(workspace)
    with workspace.transaction() as s:
        from sqlmodel import select

        from dvc.store.tables import Operator

        for op in s.exec(select(Operator)).all():
            op.pin_hash = operators.hash_pin("4321")
            s.add(op)
    save_settings(workspace, wanted=CenterSettings("", True, 0, 15))
    assert operators.pin_required(workspace)
    with pytest.raises(UserError, match="PIN"):
        operators.sign_in_by_name(workspace, name="山田 花子")
    operators.sign_in_by_name(workspace, name="山田 花子", pin="4321")
