"""Each conflict two laptops apart can make, made on purpose: found after the exchange on both laptops (the same
list), shown to the desk that decides, settled there through the desk's own services, and seen settled on the
other laptop after the next exchange."""

from __future__ import annotations

import pytest
from sqlmodel import select

from dvc.domain.messages import UserError
from dvc.domain.vocab import NeedStatus, TeamStatus
from dvc.services.apart import watch
from dvc.services.apart.model import EQUIPMENT, MATCHING, NEEDS, RECEPTION, ApartRefusal
from dvc.services.equipment import apart_stock, stock
from dvc.services.matching import apart_teams
from dvc.services.needs import apart_status
from dvc.services.reception import apart_choices, checkin
from dvc.services.reception import roster
from dvc.store.tables import AuditEvent, Attendance, Need, NeedStatusChange, Team, TeamMember, Volunteer
from tests.apart import scenes


def keys(ws, desk=None) -> list[str]:
    return [c.key for c in watch.open_conflicts(ws, desk=desk)]


def test_a_person_on_two_teams_goes_to_matching_and_keeping_one_team_settles_it_everywhere(desks, tmp_path):
    one, two = desks
    made = scenes.person_on_two_teams(one, two, tmp_path)
    assert keys(one) == keys(two) == []  # each laptop alone kept the rule
    to_two, to_one = scenes.swap(one, two, tmp_path)
    assert len(to_two.apart.opened) == 1 and to_one.apart.open_by_desk == {MATCHING: 1}
    [conflict] = watch.open_conflicts(one, desk=MATCHING)
    assert keys(two, MATCHING) == [conflict.key] and keys(one, RECEPTION) == []
    assert [c.id for c in conflict.choices] == [f"keep:{t.hex}" for t in sorted(made.teams, key=lambda t: _code(one, t))]
    assert all(c.enabled for c in conflict.choices)

    apart_teams.decide(two, key=conflict.key, choice=f"keep:{made.teams[0].hex}")
    assert keys(two) == []
    with two.session() as s:
        dropped = s.get(Team, made.teams[1])
        assert dropped.status == TeamStatus.CANCELLED  # nobody left on it
        members = s.exec(select(TeamMember).where(TeamMember.volunteer_id == made.volunteer,
                                                  TeamMember.deleted == False)).all()  # noqa: E712
        assert [m.team_id for m in members] == [made.teams[0]]
        trail = s.exec(select(AuditEvent).where(AuditEvent.table_name == "team_member",
                                                AuditEvent.action == "delete")).all()
        assert trail and trail[-1].operator_name == "2号機 担当"
    assert keys(one) == [conflict.key]  # laptop 1 has not heard yet
    back = scenes.send(two, one, tmp_path)
    assert back.apart.closed == [conflict.key] and keys(one) == []


def _code(ws, team_id):
    with ws.session() as s:
        return s.get(Team, team_id).code


def test_stock_lent_below_zero_goes_to_equipment_and_a_corrected_loan_settles_it(desks, tmp_path):
    one, two = desks
    item, first, second = scenes.stock_below_zero(one, two, tmp_path)
    scenes.swap(one, two, tmp_path)
    [conflict] = watch.open_conflicts(two, desk=EQUIPMENT)
    assert keys(one, EQUIPMENT) == [conflict.key]
    assert [c.id for c in conflict.choices] == ["owned", f"loan:{first.hex}", f"loan:{second.hex}"]
    owned = conflict.choice("owned")
    assert owned.limits[0] == owned.suggested == 7
    assert conflict.choice(f"loan:{second.hex}").suggested == 1

    with pytest.raises(UserError):  # a loan cannot grow, nor go below what came back
        apart_stock.decide(one, key=conflict.key, choice=f"loan:{second.hex}", value=3)
    apart_stock.decide(one, key=conflict.key, choice=f"loan:{second.hex}", value=1)
    assert keys(one) == [] and [r.available for r in stock.stock_rows(one)] == [0]
    scenes.send(one, two, tmp_path)
    assert keys(two) == [] and [r.out for r in stock.stock_rows(two)] == [5]


def test_stock_counted_wrong_is_settled_by_correcting_the_number_owned(desks, tmp_path):
    one, two = desks
    item, _first, _second = scenes.stock_below_zero(one, two, tmp_path)
    scenes.swap(one, two, tmp_path)
    [conflict] = watch.open_conflicts(one, desk=EQUIPMENT)
    with pytest.raises(UserError):
        apart_stock.decide(one, key=conflict.key, choice="owned", value=6)  # still short: refused by the desk's rule
    apart_stock.decide(one, key=conflict.key, choice="owned", value=8)
    assert keys(one) == [] and [r.available for r in stock.stock_rows(one)] == [1]


def test_one_person_registered_on_two_desks_is_merged_and_both_sheets_still_find_them(desks, tmp_path):
    one, two = desks
    (kept, kept_code), (gone, gone_code) = scenes.registered_twice(one, two)
    scenes.swap(one, two, tmp_path)
    [conflict] = watch.open_conflicts(one, desk=RECEPTION)
    assert keys(two, RECEPTION) == [conflict.key]
    assert {c.id for c in conflict.choices} == {f"keep:{kept.hex}", f"keep:{gone.hex}", "distinct"}
    assert roster.attendance_counts(one).checked_in == 2  # one person, counted twice: why it must be settled

    apart_choices.decide(one, key=conflict.key, choice=f"keep:{kept.hex}")
    assert keys(one) == []
    with one.session() as s:
        person = s.get(Volunteer, kept)
        assert person.email == "taro@example.jp" and person.phone == "090-1234-5678"  # the blank filled in
        merged = s.get(Volunteer, gone)
        assert merged.deleted and merged.merged_into == kept
        here = s.exec(select(Attendance).where(Attendance.deleted == False)).all()  # noqa: E712
        assert [a.volunteer_id for a in here] == [kept] and here[0].first_time
    assert roster.attendance_counts(one).checked_in == 1
    again = checkin.check_in(one, scanned=gone_code)  # the sheet printed at desk 2
    assert again.result == checkin.ALREADY_CHECKED_IN and again.volunteer.id == kept

    scenes.send(one, two, tmp_path)
    assert keys(two) == [] and roster.attendance_counts(two).checked_in == 1
    assert checkin.check_out(two, scanned=gone_code).volunteer.id == kept


def test_two_people_alike_are_kept_apart_for_good(desks, tmp_path):
    one, two = desks
    scenes.registered_twice(one, two)
    scenes.swap(one, two, tmp_path)
    [conflict] = watch.open_conflicts(two, desk=RECEPTION)
    apart_choices.decide(two, key=conflict.key, choice="distinct")
    scenes.swap(one, two, tmp_path)
    assert keys(one) == keys(two) == []
    assert roster.attendance_counts(one).checked_in == 2


def test_a_merge_made_while_another_laptop_still_checks_in_the_old_sheet_is_shown_again(desks, third, tmp_path):
    one, two = desks
    (kept, _), (gone, gone_code) = scenes.registered_twice(one, two)
    scenes.swap(one, two, tmp_path)
    scenes.send(two, third, tmp_path, full=True)
    [conflict] = watch.open_conflicts(one, desk=RECEPTION)
    apart_choices.decide(one, key=conflict.key, choice=f"keep:{kept.hex}")
    # Laptop 3 has both registrations but not the merge: a check-out there lands on the old one.
    assert checkin.check_out(third, scanned=gone_code).volunteer.id == gone
    scenes.send(third, one, tmp_path)
    [again] = watch.open_conflicts(one, desk=RECEPTION)
    assert again.key == conflict.key and [c.id for c in again.choices] == [f"move:{kept.hex}:{gone.hex}"]
    apart_choices.decide(one, key=again.key, choice=f"move:{kept.hex}:{gone.hex}")
    assert keys(one) == []
    with one.session() as s:
        row = s.exec(select(Attendance).where(Attendance.volunteer_id == kept, Attendance.deleted == False)).one()  # noqa: E712
        assert row.checked_out_at is not None  # the check-out made on laptop 3 was kept


def test_the_daily_limit_passed_apart_goes_to_reception_and_raising_it_settles_it(desks, tmp_path):
    one, two = desks
    scenes.limit_passed(one, two, tmp_path)
    assert keys(one) == keys(two) == []
    scenes.swap(one, two, tmp_path)
    [conflict] = watch.open_conflicts(one, desk=RECEPTION)
    assert keys(two, RECEPTION) == [conflict.key]
    assert [c.id for c in conflict.choices] == ["accepted", "raised"]
    apart_choices.decide(two, key=conflict.key, choice="raised")
    assert checkin.get_daily_capacity(two) == 4 and keys(two) == []
    scenes.send(two, one, tmp_path)
    assert checkin.get_daily_capacity(one) == 4 and keys(one) == []


def test_passing_the_limit_on_purpose_at_one_desk_is_no_conflict(desks, tmp_path):
    one, two = desks
    people = [scenes.register(one, scenes.person(name=f"人 {n}", kana=f"ひと {k}", birth=f"1985-02-0{n}", phone=f"080-0000-000{n}"))
              for n, k in ((1, "いち"), (2, "に"))]
    checkin.set_daily_capacity(one, capacity=1)
    assert checkin.check_in(one, scanned=people[0][1]).ok
    assert checkin.check_in(one, scanned=people[1][1]).result == checkin.OVER_CAPACITY
    assert checkin.check_in(one, scanned=people[1][1], confirm_over_capacity=True).ok
    scenes.swap(one, two, tmp_path)
    assert keys(one) == keys(two) == []
    checkin.set_daily_capacity(two, capacity=1)  # set again, below the two already in: the desk knows
    scenes.swap(one, two, tmp_path)
    assert keys(one) == keys(two) == []


def test_accepting_the_passed_limit_keeps_it_and_the_next_arrival_is_still_asked(desks, tmp_path):
    one, two = desks
    scenes.limit_passed(one, two, tmp_path)
    scenes.swap(one, two, tmp_path)
    [conflict] = watch.open_conflicts(one, desk=RECEPTION)
    apart_choices.decide(one, key=conflict.key, choice="accepted")
    assert checkin.get_daily_capacity(one) == 3 and keys(one) == []
    late = scenes.register(one, scenes.person(name="遅刻 さん", kana="ちこく さん", birth="1970-07-07", phone="070-0000-0007"))
    assert checkin.check_in(one, scanned=late[1]).result == checkin.OVER_CAPACITY


def test_a_need_moved_two_ways_goes_to_the_needs_desk_which_picks_the_status(desks, tmp_path):
    one, two = desks
    need_id = scenes.need_moved_two_ways(one, two, tmp_path)
    scenes.swap(one, two, tmp_path)
    [conflict] = watch.open_conflicts(one, desk=NEEDS)
    assert keys(two, NEEDS) == [conflict.key]
    assert [c.id for c in conflict.choices] == ["status:on_hold", "status:cancelled"]
    with one.session() as s:
        shown = s.get(Need, need_id).status  # the newer need row won the merge
        before = len(s.exec(select(NeedStatusChange).where(NeedStatusChange.need_id == need_id)).all())
    apart_status.decide(one, key=conflict.key, choice="status:on_hold")
    scenes.send(one, two, tmp_path)
    for ws in (one, two):
        assert keys(ws) == []
        with ws.session() as s:
            assert s.get(Need, need_id).status == NeedStatus.ON_HOLD
            rows = s.exec(select(NeedStatusChange).where(NeedStatusChange.need_id == need_id)
                          .order_by(NeedStatusChange.updated_at)).all()
            if shown != NeedStatus.ON_HOLD:  # one line more in the history: the status settled on
                assert len(rows) == before + 1
                assert (rows[-1].from_status, rows[-1].to_status) == (shown, NeedStatus.ON_HOLD)
                assert rows[-1].reason == apart_status.SETTLED_REASON
    # The history reads on from the settled status: a later change is no conflict.
    from dvc.services.needs import progress
    progress.change_status(two, need_id=need_id, to=NeedStatus.AWAITING_MATCH, reason="再開")
    scenes.swap(one, two, tmp_path)
    assert keys(one) == keys(two) == []


def test_a_need_with_a_team_on_site_can_only_stay_active(desks, tmp_path):
    from dvc.services.dispatch.send_off import dispatch_team
    from dvc.services.needs import progress

    one, two = desks
    vid, code = scenes.register(one)
    need_id = scenes.need(one)
    assert checkin.check_in(one, scanned=code).ok
    scenes.swap(one, two, tmp_path)
    team = scenes.team_for(one, vid, need_id)
    dispatch_team(one, team_id=team)  # the need becomes 活動中 on laptop 1
    progress.change_status(two, need_id=need_id, to=NeedStatus.ON_HOLD, reason="雨のため")
    scenes.swap(one, two, tmp_path)
    [conflict] = watch.open_conflicts(two, desk=NEEDS)
    assert {c.id: c.enabled for c in conflict.choices} == {"status:active": True, "status:on_hold": False}
    with pytest.raises(ApartRefusal):
        apart_status.decide(two, key=conflict.key, choice="status:on_hold")
    apart_status.decide(two, key=conflict.key, choice="status:active")
    with two.session() as s:
        assert s.get(Need, need_id).status == NeedStatus.ACTIVE
    assert keys(two) == []


def test_a_merged_registration_s_qr_code_and_blank_sheet_still_find_the_person(desks, tmp_path):
    import uuid as _uuid

    from dvc.domain.qr import make_payload
    from dvc.services.reception.registration import register_individual

    one, two = desks
    kept, _code = scenes.register(one)
    sheet = _uuid.uuid4()  # a blank intake sheet filled in at desk 2
    gone = register_individual(two, data=scenes.person(phone="", email="taro@example.jp"), intake_sheet_id=sheet).id
    scenes.swap(one, two, tmp_path)
    [conflict] = watch.open_conflicts(one, desk=RECEPTION)
    apart_choices.decide(one, key=conflict.key, choice=f"keep:{kept.hex}")
    first, second = (checkin.check_in(one, scanned=make_payload("KG", kind, record))
                     for kind, record in (("V", gone), ("S", sheet)))
    assert (first.result, first.volunteer.id) == (checkin.CHECKED_IN, kept)
    assert (second.result, second.volunteer.id) == (checkin.ALREADY_CHECKED_IN, kept)  # not a blank sheet


def test_the_daily_limit_is_one_for_the_whole_center(desks, tmp_path):
    one, two = desks
    checkin.set_daily_capacity(one, capacity=300)
    scenes.send(one, two, tmp_path)
    assert checkin.get_daily_capacity(two) == 300
    checkin.set_daily_capacity(two, capacity=250)
    scenes.send(two, one, tmp_path)
    assert checkin.get_daily_capacity(one) == 250


def test_merging_two_registrations_each_on_a_team_hands_the_two_teams_to_matching(desks, tmp_path):
    one, two = desks
    needs = (scenes.need(one, site="本町1-1"), scenes.need(one, site="緑町2-2"))
    scenes.swap(one, two, tmp_path)
    (kept, _), (gone, _) = scenes.registered_twice(one, two)
    scenes.team_for(one, kept, needs[0])
    scenes.team_for(two, gone, needs[1])
    scenes.swap(one, two, tmp_path)
    assert keys(one, MATCHING) == []  # two registrations, one team each: nothing for matching yet
    [pair] = watch.open_conflicts(one, desk=RECEPTION)
    apart_choices.decide(one, key=pair.key, choice=f"keep:{kept.hex}")
    [teams] = watch.open_conflicts(one, desk=MATCHING)
    assert teams.kind == "teams" and len(teams.choices) == 2
    scenes.send(one, two, tmp_path)
    assert keys(two) == [teams.key]


def test_a_team_out_on_site_with_only_that_person_keeps_them(desks, tmp_path):
    from dvc.services.dispatch.send_off import dispatch_team

    one, two = desks
    made = scenes.person_on_two_teams(one, two, tmp_path)
    dispatch_team(two, team_id=made.teams[1])  # laptop 2's team left with the person
    scenes.swap(one, two, tmp_path)
    [conflict] = watch.open_conflicts(one, desk=MATCHING)
    enabled = {c.id: c.enabled for c in conflict.choices}
    assert enabled == {f"keep:{made.teams[0].hex}": False, f"keep:{made.teams[1].hex}": True}
    with pytest.raises(UserError):
        apart_teams.decide(one, key=conflict.key, choice=f"keep:{made.teams[0].hex}")
    apart_teams.decide(one, key=conflict.key, choice=f"keep:{made.teams[1].hex}")
    with one.session() as s:
        assert s.get(Team, made.teams[0]).status == TeamStatus.CANCELLED
        assert s.get(Team, made.teams[1]).status == TeamStatus.DISPATCHED
    assert keys(one) == []


def test_merges_made_each_way_round_apart_end_as_the_later_one_everywhere(desks, tmp_path):
    one, two = desks
    (first, _), (second, _) = scenes.registered_twice(one, two)
    scenes.swap(one, two, tmp_path)
    key = watch.open_conflicts(one, desk=RECEPTION)[0].key
    apart_choices.decide(one, key=key, choice=f"keep:{first.hex}")  # laptop 1 keeps its own registration
    apart_choices.decide(two, key=key, choice=f"keep:{second.hex}")  # laptop 2, apart and later, the other
    scenes.swap(one, two, tmp_path)
    for ws in (one, two):  # each merge wrote both registrations: the later one's rows won, whole
        assert keys(ws) == []
        with ws.session() as s:
            assert not s.get(Volunteer, second).deleted and s.get(Volunteer, first).merged_into == second
        assert roster.attendance_counts(ws).checked_in == 1


def test_merges_each_way_round_that_leave_nobody_are_asked_again(desks, tmp_path):
    one, two = desks
    first, _ = scenes.register(one)
    second, _ = scenes.register(two)  # the same details on both sheets: a merge has no blank to fill
    scenes.swap(one, two, tmp_path)
    key = watch.open_conflicts(one, desk=RECEPTION)[0].key
    apart_choices.decide(one, key=key, choice=f"keep:{first.hex}")
    apart_choices.decide(two, key=key, choice=f"keep:{second.hex}")
    scenes.swap(one, two, tmp_path)
    for ws in (one, two):
        with ws.session() as s:
            assert all(s.get(Volunteer, v).deleted for v in (first, second))  # each merged into the other
        [again] = watch.open_conflicts(ws, desk=RECEPTION)
        assert {c.id for c in again.choices} == {f"keep:{first.hex}", f"keep:{second.hex}", "distinct"}
    apart_choices.decide(two, key=key, choice=f"keep:{first.hex}")
    scenes.send(two, one, tmp_path)
    for ws in (one, two):
        assert keys(ws) == []
        with ws.session() as s:
            assert not s.get(Volunteer, first).deleted and s.get(Volunteer, second).merged_into == first


def test_a_third_registration_merged_later_keeps_the_first_merge_settled(desks, third, tmp_path):
    one, two = desks
    (a, _), (b, _) = scenes.registered_twice(one, two)
    c, _code = scenes.register(third, scenes.person(phone="090-9999-0000"))
    scenes.send(third, one, tmp_path, full=True)
    scenes.swap(one, two, tmp_path)
    pairs = {frozenset(k.split(":")[1:]) : k for k in keys(one, RECEPTION)}
    assert len(pairs) == 3
    apart_choices.decide(one, key=pairs[frozenset((min(a.hex, b.hex), max(a.hex, b.hex)))], choice=f"keep:{a.hex}")
    ac = pairs[frozenset((min(a.hex, c.hex), max(a.hex, c.hex)))]
    apart_choices.decide(one, key=ac, choice=f"keep:{c.hex}")  # the person's first registration was on laptop 3
    assert keys(one) == []
    with one.session() as s:
        assert {s.get(Volunteer, v).merged_into for v in (a, b)} == {c, a}
        assert not s.get(Volunteer, c).deleted
    assert roster.attendance_counts(one).checked_in == 1
