"""Registering individuals and groups through the services: what is stored, what is refused."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlmodel import func, select

from dvc.domain.group_input import GroupInput
from dvc.domain.messages import UserError
from dvc.domain.volunteer_input import FormError, VolunteerInput
from dvc.services.reception import registration as reg
from dvc.store.tables import Group, Volunteer

DAY = date(2026, 8, 1)


def count(ws, table) -> int:
    with ws.session() as s:
        return s.exec(select(func.count()).select_from(table)).one()


def person(**kw) -> VolunteerInput:
    base = dict(name="山田 太郎", kana="ヤマダ タロウ", birth_date="S55.1.2", phone="０９０１２３４５６７８")
    base.update(kw)
    return VolunteerInput(**base)


def test_an_individual_is_stored_clean(workspace):
    done = reg.register_individual(workspace, data=person(postal_code="1840004", email="ＴＡＲＯ＠example.jp",
                                                        skills="看護師、大工", vehicles=["軽トラ"]), day=DAY)
    assert done.code.startswith("V-KG1-")
    with workspace.session() as s:
        v = s.get(Volunteer, done.id)
        assert (v.name, v.kana, v.birth_date, v.age, v.phone, v.postal_code, v.email) == (
            "山田 太郎", "やまだ たろう", date(1980, 1, 2), None, "090-1234-5678", "184-0004", "TARO@example.jp")
        assert v.skills == ["看護師", "大工"] and v.vehicles == ["軽トラ"]
    assert {f.key for f in done.findings} == {"not_insured"}


def test_missing_fields_are_listed_and_nothing_is_saved(workspace):
    before = count(workspace, Volunteer)
    with pytest.raises(FormError) as caught:
        reg.register_individual(workspace, data=VolunteerInput(name="山田 太郎"), day=DAY)
    assert caught.value.missing == ["kana", "birth_or_age", "phone_or_email"]
    assert "Furigana" in caught.value.message() and "Phone or e-mail" in caught.value.message()
    assert count(workspace, Volunteer) == before


def test_invalid_values_are_refused_with_the_field(workspace):
    with pytest.raises(FormError) as caught:
        reg.register_individual(workspace, data=person(phone="123", birth_date="2030/1/1"), day=DAY)
    assert set(caught.value.problems) == {"phone", "birth_date"}
    assert count(workspace, Volunteer) == 0


def test_email_instead_of_phone_and_age_instead_of_birth_date(workspace):
    done = reg.register_individual(workspace, data=person(phone="", birth_date="", age="４５歳", email="a@b.jp"), day=DAY)
    with workspace.session() as s:
        v = s.get(Volunteer, done.id)
    assert (v.age, v.birth_date, v.phone, v.email) == (45, None, "", "a@b.jp")


def test_a_child_cannot_register_alone(workspace):
    with pytest.raises(UserError) as caught:
        reg.register_individual(workspace, data=person(birth_date="2015/5/5", guardian_consent=True), day=DAY)
    assert caught.value.context == "rules"
    assert count(workspace, Volunteer) == 0


def test_on_site_insurance_is_recorded(workspace):
    done = reg.register_individual(
        workspace, data=person(insurance_fiscal_year=2026, insured_on_site=True, insurance_consent=True), day=DAY)
    with workspace.session() as s:
        v = s.get(Volunteer, done.id)
    assert (v.insurance_fiscal_year, v.insured_on_site) == (2026, True)
    assert {f.key for f in done.findings} == {"insured_on_site"}


def test_intake_sheet_becomes_theirs_and_only_theirs(workspace):
    sheet = uuid.uuid4()
    first = reg.register_individual(workspace, data=person(), intake_sheet_id=sheet, day=DAY)
    with workspace.session() as s:
        assert s.get(Volunteer, first.id).intake_sheet_id == sheet
    with pytest.raises(UserError) as caught:
        reg.register_individual(workspace, data=person(name="別人", kana="べつじん", phone="080-2222-3333"),
                                intake_sheet_id=sheet, day=DAY)
    assert first.code in caught.value.message()
    assert count(workspace, Volunteer) == 1


def family() -> list[VolunteerInput]:
    return [
        VolunteerInput(name="小林 誠", kana="こばやし まこと", age="44", phone="080-1234-0001"),
        VolunteerInput(name="小林 由美", kana="こばやし ゆみ", birth_date="1984-02-03"),
        VolunteerInput(name="小林 翔", kana="こばやし しょう", birth_date="平成27年6月1日", guardian_consent=True),
    ]


def test_a_group_and_its_members_in_one_go(workspace):
    done = reg.register_group(workspace, group=GroupInput(name="小林家", kana="コバヤシケ"), members=family(), day=DAY)
    assert done.code.startswith("G-KG1-") and len(done.members) == 3
    with workspace.session() as s:
        group = s.get(Group, done.id)
        members = s.exec(select(Volunteer).where(Volunteer.group_id == done.id).order_by(Volunteer.code)).all()
    # The first adult represents the group, and their phone is the group's contact.
    assert (group.representative_name, group.contact_phone, group.kana, group.declared_headcount) == (
        "小林 誠", "080-1234-0001", "こばやしけ", 3)
    assert [m.is_group_representative for m in members] == [True, False, False]
    child = next(m for m in done.members if m.name == "小林 翔")
    assert {f.key for f in child.findings} == {"minor", "not_insured"}


def test_a_group_of_children_without_an_adult_is_refused_whole(workspace):
    kids = family()[2:] + [VolunteerInput(name="田中 陸", kana="たなか りく", age="13")]
    with pytest.raises(UserError) as caught:
        reg.register_group(workspace, group=GroupInput(name="子ども会", contact_phone="042-381-0000"), members=kids,
                           day=DAY)
    assert caught.value.message().startswith("1. 小林 翔: ")
    assert count(workspace, Volunteer) == 0 and count(workspace, Group) == 0


def test_one_bad_member_refuses_the_whole_group(workspace):
    members = family()
    members[1].kana = ""
    with pytest.raises(FormError) as caught:
        reg.register_group(workspace, group=GroupInput(name="小林家"), members=members, day=DAY)
    assert caught.value.message().startswith("2. 小林 由美: ")
    assert count(workspace, Volunteer) == 0 and count(workspace, Group) == 0


def test_a_group_needs_a_name_members_and_a_contact(workspace):
    with pytest.raises(FormError) as caught:
        reg.register_group(workspace, group=GroupInput(), members=[], day=DAY)
    assert caught.value.missing == ["group_name", "members"]
    with pytest.raises(FormError) as caught:
        reg.register_group(workspace, group=GroupInput(name="会"), members=family()[1:2], day=DAY)
    assert caught.value.missing == ["group_contact"]


def test_update_keeps_the_code(workspace):
    done = reg.register_individual(workspace, data=person(), day=DAY)
    details = reg.get_volunteer(workspace, volunteer_id=done.id)
    assert details.data.kana == "やまだ たろう" and details.data.birth_date == date(1980, 1, 2)
    details.data.phone = "080-9999-0000"
    details.data.insurance_fiscal_year, details.data.insured_on_site = 2026, True
    updated = reg.update_volunteer(workspace, volunteer_id=done.id, data=details.data, day=DAY)
    assert updated.code == done.code
    with workspace.session() as s:
        assert s.get(Volunteer, done.id).phone == "080-9999-0000"


def test_update_refuses_missing_fields_and_changes_nothing(workspace):
    done = reg.register_individual(workspace, data=person(), day=DAY)
    details = reg.get_volunteer(workspace, volunteer_id=done.id)
    details.data.name = ""
    with pytest.raises(FormError):
        reg.update_volunteer(workspace, volunteer_id=done.id, data=details.data, day=DAY)
    assert reg.get_volunteer(workspace, volunteer_id=done.id).data.name == "山田 太郎"


def test_a_group_member_keeps_the_groups_contact_when_edited(workspace):
    done = reg.register_group(workspace, group=GroupInput(name="小林家"), members=family(), day=DAY)
    child = next(m for m in done.members if m.name == "小林 翔")
    details = reg.get_volunteer(workspace, volunteer_id=child.id)
    assert details.group_name == "小林家"
    details.data.notes = "初参加"
    reg.update_volunteer(workspace, volunteer_id=child.id, data=details.data, day=DAY)  # no phone: fine in a group


def test_unknown_volunteer(workspace):
    with pytest.raises(UserError):
        reg.get_volunteer(workspace, volunteer_id=uuid.uuid4())
