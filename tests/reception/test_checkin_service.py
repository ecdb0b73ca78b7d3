"""Check-in and check-out through the service: every answer a scan can get."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlmodel import select

from dvc.domain.codes import make_code
from dvc.domain.qr import make_payload
from dvc.domain.timeutil import fiscal_year
from dvc.services.reception import checkin
from dvc.services.reception import roster
from dvc.services.reception import today_list
from dvc.store.ids import attendance_id
from dvc.store.tables import Attendance, Council, Group, Volunteer

DAY = date(2025, 7, 14)
MORNING = datetime(2025, 7, 14, 0, 30, tzinfo=timezone.utc)  # 9:30 in Tokyo


def wide(text: str) -> str:
    """What a scanner types when the Japanese IME is left in full-width mode."""
    return text.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)})


def add_volunteer(ws, name="山田 太郎", kana="やまだ たろう", **fields) -> Volunteer:
    fields.setdefault("insurance_fiscal_year", fiscal_year(DAY))
    fields.setdefault("age", 40)
    with ws.transaction() as s:
        v = Volunteer(code=ws.new_codes(s, "V")[0], name=name, kana=kana, **fields)
        s.add(v)
    return v


def rows(ws) -> list[Attendance]:
    with ws.session() as s:
        return list(s.exec(select(Attendance)).all())


def test_qr_check_in_records_one_row_with_the_derived_id(workspace):
    v = add_volunteer(workspace)
    result = checkin.check_in(workspace, scanned=make_payload("KG", "V", v.id), at=MORNING)
    assert result.result == checkin.CHECKED_IN and result.ok
    assert (result.volunteer.code, result.volunteer.name) == (v.code, "山田 太郎")
    assert result.day_count == 1 and result.first_time and result.warnings == ()
    assert result.text(lambda _c, s: s) == "Checked in: 山田 太郎 (day 1)."
    [row] = rows(workspace)
    assert row.id == attendance_id(v.id, DAY) and row.day == DAY and row.first_time
    assert row.checked_in_at == MORNING and row.device_number == 1


def test_a_second_scan_the_same_day_adds_nothing(workspace):
    v = add_volunteer(workspace)
    payload = make_payload("KG", "V", v.id)
    checkin.check_in(workspace, scanned=payload, at=MORNING)
    again = checkin.check_in(workspace, scanned=payload, at=MORNING + timedelta(minutes=5))
    assert again.result == checkin.ALREADY_CHECKED_IN and again.ok
    assert again.params["time"] == "09:30" and again.day_count == 1
    assert len(rows(workspace)) == 1


def test_the_next_day_is_a_new_row_and_day_two(workspace):
    v = add_volunteer(workspace)
    payload = make_payload("KG", "V", v.id)
    checkin.check_in(workspace, scanned=payload, at=MORNING)
    next_day = checkin.check_in(workspace, scanned=payload, at=MORNING + timedelta(days=1))
    assert next_day.result == checkin.CHECKED_IN
    assert next_day.day_count == 2 and not next_day.first_time
    assert len(rows(workspace)) == 2
    counts = roster.attendance_counts(workspace, day=DAY + timedelta(days=1))
    assert (counts.checked_in, counts.first_time, counts.repeat) == (1, 0, 1)


def test_a_blank_sheet_nobody_registered_asks_for_registration(workspace):
    sheet = uuid.uuid4()
    result = checkin.check_in(workspace, scanned=make_payload("KG", "S", sheet), at=MORNING)
    assert result.result == "unregistered" and not result.ok
    assert result.sheet_id == sheet and result.volunteer is None
    assert rows(workspace) == []


def test_a_registered_blank_sheet_checks_its_volunteer_in(workspace):
    sheet = uuid.uuid4()
    v = add_volunteer(workspace, intake_sheet_id=sheet)
    result = checkin.check_in(workspace, scanned=make_payload("KG", "S", sheet), at=MORNING)
    assert result.result == checkin.CHECKED_IN and result.volunteer.id == v.id


def test_a_human_code_typed_full_width(workspace):
    v = add_volunteer(workspace)
    result = checkin.check_in(workspace, scanned=wide(v.code), at=MORNING)
    assert result.result == checkin.CHECKED_IN and result.volunteer.id == v.id


def test_a_full_width_qr_payload(workspace):
    v = add_volunteer(workspace)
    result = checkin.check_in(workspace, scanned=wide(make_payload("KG", "V", v.id)), at=MORNING)
    assert result.result == checkin.CHECKED_IN


@pytest.mark.parametrize("scanned, reason", [
    ("", "Nothing was scanned."),
    ("こんにちは", "is neither a volunteer code"),
    (make_code("V", "KG", 1, 1)[:-1] + str((int(make_code("V", "KG", 1, 1)[-1]) + 1) % 10), "wrong check digit"),
    (make_code("N", "KG", 1, 1), "request, team or equipment"),
    (make_code("G", "KG", 1, 1), "group's code"),
])
def test_garbage_and_misread_codes_are_invalid(workspace, scanned, reason):
    add_volunteer(workspace)
    result = checkin.check_in(workspace, scanned=scanned, at=MORNING)
    assert result.result == "invalid" and result.volunteer is None
    assert reason in result.text(lambda _c, s: s)
    assert rows(workspace) == []


def test_a_truncated_payload_is_invalid(workspace):
    v = add_volunteer(workspace)
    payload = make_payload("KG", "V", v.id)
    result = checkin.check_in(workspace, scanned=payload[:-6], at=MORNING)
    assert result.result == "invalid" and "not read completely" in result.message
    flipped = payload[:-1] + ("A" if payload[-1] != "A" else "B")
    assert checkin.check_in(workspace, scanned=flipped, at=MORNING).result == "invalid"


def test_a_payload_of_another_kind_is_invalid(workspace):
    for kind, words in (("N", "request, team or equipment"), ("G", "group's code")):
        result = checkin.check_in(workspace, scanned=make_payload("KG", kind, uuid.uuid4()), at=MORNING)
        assert result.result == "invalid" and words in result.message


def test_a_sheet_from_an_unknown_council_is_unknown_and_says_which(workspace):
    result = checkin.check_in(workspace, scanned=make_payload("MT", "V", uuid.uuid4()), at=MORNING)
    assert result.result == "unknown"
    assert "(MT)" in result.text(lambda _c, s: s) and "exchange file" in result.message
    typed = checkin.check_in(workspace, scanned=make_code("V", "MT", 1, 1), at=MORNING)
    assert typed.result == "unknown" and "(MT)" in typed.text(lambda _c, s: s)


def test_a_known_council_s_volunteer_is_accepted(workspace):
    """After an exchange, Mitaka's council and volunteer rows are here: their sheet works."""
    foreign = uuid.uuid4()
    with workspace.transaction() as s:
        s.add(Council(code="mitaka", short="MT", name="三鷹市社会福祉協議会"))
        s.add(Volunteer(id=foreign, code=make_code("V", "MT", 1, 1), name="三鷹 一郎", kana="みたか いちろう",
                        insurance_fiscal_year=fiscal_year(DAY), origin="mitaka"))
    result = checkin.check_in(workspace, scanned=make_payload("MT", "V", foreign), at=MORNING)
    assert result.result == checkin.CHECKED_IN and result.volunteer.name == "三鷹 一郎"
    missing = checkin.check_in(workspace, scanned=make_payload("MT", "V", uuid.uuid4()), at=MORNING)
    assert missing.result == "unknown" and "No volunteer with this sheet" in missing.message


def test_a_volunteer_id_not_in_this_database_is_unknown(workspace):
    result = checkin.check_in(workspace, scanned=make_payload("KG", "V", uuid.uuid4()), at=MORNING)
    assert result.result == "unknown"


def test_warnings_for_insurance_and_minors(workspace):
    add_volunteer(workspace, name="保険 なし", insurance_fiscal_year=fiscal_year(DAY) - 1)
    add_volunteer(workspace, name="高校 生", birth_date=date(2009, 7, 15), age=None, guardian_consent=True)
    add_volunteer(workspace, name="中学 生", age=14, guardian_consent=False)
    with workspace.session() as s:
        codes = {v.name: v.code for v in s.exec(select(Volunteer)).all()}
    no_insurance = checkin.check_in(workspace, scanned=codes["保険 なし"], at=MORNING)
    assert no_insurance.warnings == ("no_insurance",)
    assert no_insurance.warning_texts(lambda _c, s: s) == ["No volunteer insurance for this fiscal year"]
    # 15 years old until tomorrow: still a minor, but with the guardian's consent.
    assert checkin.check_in(workspace, scanned=codes["高校 生"], at=MORNING).warnings == ("minor",)
    assert checkin.check_in(workspace, scanned=codes["中学 生"], at=MORNING).warnings == (
        "minor", "minor_without_guardian_consent", "child_needs_guardian")


def test_over_capacity_needs_a_confirmation(workspace):
    a, b = add_volunteer(workspace), add_volunteer(workspace, name="鈴木 花子", kana="すずき はなこ")
    assert checkin.get_daily_capacity(workspace) == 0
    checkin.set_daily_capacity(workspace, capacity=1)
    assert checkin.get_daily_capacity(workspace) == 1
    assert checkin.check_in(workspace, scanned=a.code, at=MORNING).result == checkin.CHECKED_IN
    refused = checkin.check_in(workspace, scanned=b.code, at=MORNING)
    assert refused.result == checkin.OVER_CAPACITY and not refused.ok
    assert refused.params == {"name": "鈴木 花子", "capacity": 1, "count": 1}
    assert len(rows(workspace)) == 1
    # Someone already in is not asked again.
    assert checkin.check_in(workspace, scanned=a.code, at=MORNING).result == checkin.ALREADY_CHECKED_IN
    confirmed = checkin.check_in(workspace, scanned=b.code, at=MORNING, confirm_over_capacity=True)
    assert confirmed.result == checkin.CHECKED_IN and len(rows(workspace)) == 2
    checkin.set_daily_capacity(workspace, capacity=0)
    assert checkin.get_daily_capacity(workspace) == 0


def test_a_negative_capacity_is_refused(workspace):
    from dvc.domain.messages import UserError

    with pytest.raises(UserError):
        checkin.set_daily_capacity(workspace, capacity=-5)


def test_check_out_without_check_in_is_refused(workspace):
    v = add_volunteer(workspace)
    result = checkin.check_out(workspace, scanned=v.code, at=MORNING)
    assert result.result == checkin.NOT_CHECKED_IN and not result.ok
    assert "has not checked in today" in result.text(lambda _c, s: s)
    assert rows(workspace) == []


def test_check_out_records_the_time_once(workspace):
    v = add_volunteer(workspace)
    checkin.check_in(workspace, scanned=v.code, at=MORNING)
    evening = MORNING + timedelta(hours=7)
    out = checkin.check_out(workspace, scanned=make_payload("KG", "V", v.id), at=evening)
    assert out.result == checkin.CHECKED_OUT and out.params["time"] == "16:30"
    again = checkin.check_out(workspace, scanned=v.code, at=evening + timedelta(hours=1))
    assert again.result == checkin.ALREADY_CHECKED_OUT and again.ok and again.params["time"] == "16:30"
    [row] = rows(workspace)
    assert row.checked_out_at == evening


def test_check_out_of_a_blank_or_unknown_sheet(workspace):
    assert checkin.check_out(workspace, scanned=make_payload("KG", "S", uuid.uuid4())).result == "unregistered"
    assert checkin.check_out(workspace, scanned="garbage").result == "invalid"


def test_a_withdrawn_check_in_can_be_made_again(workspace):
    v = add_volunteer(workspace)
    checkin.check_in(workspace, scanned=v.code, at=MORNING)
    with workspace.transaction() as s:
        row = s.get(Attendance, attendance_id(v.id, DAY))
        row.deleted = True
        s.add(row)
    assert checkin.check_out(workspace, scanned=v.code, at=MORNING).result == checkin.NOT_CHECKED_IN
    again = checkin.check_in(workspace, scanned=v.code, at=MORNING + timedelta(hours=1))
    assert again.result == checkin.CHECKED_IN and again.day_count == 1
    [row] = rows(workspace)
    assert not row.deleted and row.checked_in_at == MORNING + timedelta(hours=1)


def test_today_s_list_and_counts(workspace):
    with workspace.transaction() as s:
        group = Group(code=workspace.new_codes(s, "G")[0], name="小金井ボランティアの会")
        s.add(group)
    people = [add_volunteer(workspace, name=f"人 {i}", kana=f"ひと {i}", group_id=group.id if i < 2 else None)
              for i in range(4)]
    for i, v in enumerate(people[:3]):
        checkin.check_in(workspace, scanned=v.code, at=MORNING + timedelta(minutes=i))
    checkin.check_out(workspace, scanned=people[0].code, at=MORNING + timedelta(hours=6))
    counts = roster.attendance_counts(workspace, day=DAY)
    assert (counts.checked_in, counts.in_group, counts.individual, counts.checked_out) == (3, 2, 1, 1)
    everyone = today_list.today_page(workspace, day=DAY)
    assert [r.name for r in everyone] == ["人 2", "人 1", "人 0"]  # the last scan first
    assert everyone[2].group_name == "小金井ボランティアの会" and everyone[0].group_name == ""
    assert [r.name for r in today_list.today_page(workspace, which="in", day=DAY)] == ["人 2", "人 1"]
    assert [r.name for r in today_list.today_page(workspace, which="out", day=DAY)] == ["人 0"]
    assert today_list.count_today(workspace, which="in", day=DAY) == 2
    first = today_list.today_page(workspace, day=DAY, limit=1)
    rest = today_list.today_page(workspace, day=DAY, after=first[0], limit=5)
    assert first + rest == everyone
