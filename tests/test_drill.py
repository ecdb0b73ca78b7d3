"""The drill generator: same seed, same scenario; believable content; real data never overwritten."""

from __future__ import annotations

import json
import os
import re
from tests.rawdb import raw_connect
import subprocess
import sys
from collections import Counter, defaultdict
from datetime import date, datetime, time, timedelta

import pytest
from sqlmodel import select

from dvc.domain.address import address_key
from dvc.domain.codes import parse_code
from dvc.domain.hlc import Stamp
from dvc.domain.messages import UserError
from dvc.domain.timeutil import TOKYO, fiscal_year, to_local
from dvc.domain.vocab import KOGANEI_TOWNS, WORK_TYPES, NeedStatus, Priority
from dvc.services.drill.scenario import DrillSpec, create_drill
from dvc.services.core.setup import create_database, is_drill_file
from dvc.services.core.workspace import KEY_DRILL_SEED, open_workspace
from dvc.store.ids import attendance_id
from dvc.store.tables import (
    Attendance, Equipment, Group, Need, NeedStatusChange, Setting, Survey, Volunteer,
)

DAY = date(2025, 7, 10)
HIRAGANA = re.compile(r"^[ぁ-ゖー ]+$")
PHONE = re.compile(r"^(0[789]0-\d{4}-\d{4}|042-3\d{2}-\d{4})$")
DRILL_TABLES = (Group, Volunteer, Attendance, Need, NeedStatusChange, Survey, Equipment)


def rows(path, sql):
    con = raw_connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


@pytest.fixture(scope="module")
def drill(tmp_path_factory):
    """One mid-sized scenario, read back through the ORM, shared by the content checks."""
    path = tmp_path_factory.mktemp("drill") / "drill.db"
    summary = create_drill(path, DrillSpec(volunteers=1500, needs=300, checked_in=400, seed=11, day=DAY))
    with open_workspace(path) as ws, ws.session() as s:
        data = {table: s.exec(select(table)).all() for table in DRILL_TABLES}
        data["seed"] = s.exec(select(Setting.value).where(Setting.key == KEY_DRILL_SEED)).one()
        data["found"] = s.get(Volunteer, data[Volunteer][123].id)
    data["summary"] = summary
    data["path"] = path
    return data


def scenario(path):
    return (
        rows(path, "SELECT id, code, name, kana, birth_date, gender, group_id, phone FROM volunteer ORDER BY code"),
        rows(path, "SELECT code, name, representative_name FROM volunteer_group ORDER BY code"),
        rows(path, "SELECT code, status, priority, district, site_address, received_at FROM need ORDER BY code"),
        rows(path, "SELECT id, volunteer_id, day, checked_in_at, first_time FROM attendance ORDER BY id"),
    )


def test_same_seed_gives_the_same_scenario_and_another_seed_does_not(tmp_path):
    spec = DrillSpec(volunteers=300, needs=40, seed=7, day=DAY)
    create_drill(tmp_path / "a.db", spec)
    create_drill(tmp_path / "b.db", spec)
    create_drill(tmp_path / "c.db", DrillSpec(volunteers=300, needs=40, seed=8, day=DAY))
    a, b, c = (scenario(tmp_path / name) for name in ("a.db", "b.db", "c.db"))
    assert a == b
    assert [r[2] for r in a[0]] != [r[2] for r in c[0]]
    assert [r[1] for r in a[2]] != [r[1] for r in c[2]]


def test_another_process_makes_the_same_scenario(tmp_path):
    # String hashing differs between processes: nothing may depend on set or dict-of-str order.
    script = ("import datetime, sys; from dvc.services.drill.scenario import DrillSpec, create_drill; "
              "create_drill(sys.argv[1], DrillSpec(volunteers=200, needs=30, seed=4, day=datetime.date(2025, 7, 10)))")
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run([sys.executable, "-c", script, str(tmp_path / "other.db")], check=True, env=env)
    create_drill(tmp_path / "here.db", DrillSpec(volunteers=200, needs=30, seed=4, day=DAY))
    assert scenario(tmp_path / "other.db") == scenario(tmp_path / "here.db")


def test_counts_match_the_spec(drill):
    summary = drill["summary"]
    assert len(drill[Volunteer]) == summary.volunteers == 1500
    assert len(drill[Need]) == summary.needs == 300
    assert len(drill[Group]) == summary.groups > 0
    assert len(drill[Equipment]) == summary.equipment >= 10
    assert len(drill[Attendance]) == summary.attendance
    today = [a for a in drill[Attendance] if a.day == DAY]
    assert len(today) == len({a.volunteer_id for a in today}) == summary.checked_in == 400
    assert drill["seed"] == "11"
    assert set(summary.as_dict()) >= {"path", "council", "seed", "volunteers", "groups", "needs", "checked_in",
                                      "equipment", "seconds"}


def test_checked_in_defaults_to_a_third_and_progress_reaches_the_total(tmp_path):
    reports = []
    summary = create_drill(tmp_path / "d.db", DrillSpec(volunteers=6000, needs=30, day=DAY),
                           progress=lambda done, total: reports.append((done, total)))
    assert summary.checked_in == 2000
    assert len(reports) >= 3
    assert [d for d, _ in reports] == sorted(d for d, _ in reports)
    assert reports[-1][0] == reports[-1][1] == 6000 + 30 + summary.attendance


def test_more_checked_in_than_volunteers_is_refused(tmp_path):
    with pytest.raises(UserError):
        create_drill(tmp_path / "e.db", DrillSpec(volunteers=10, needs=1, checked_in=11))
    assert not (tmp_path / "e.db").exists()


def test_a_failure_leaves_no_half_drill(tmp_path, monkeypatch):
    from dvc.domain import drill_scenario

    def broken(*_args):
        raise RuntimeError("disk full")

    monkeypatch.setattr(drill_scenario, "make_need", broken)
    with pytest.raises(RuntimeError):
        create_drill(tmp_path / "half.db", DrillSpec(volunteers=100, needs=5))
    assert not (tmp_path / "half.db").exists()


def test_a_real_database_is_never_overwritten(tmp_path):
    path = tmp_path / "real.db"
    create_database(path, council="koganei", drill=False).close()
    with pytest.raises(UserError):
        create_drill(path, DrillSpec(volunteers=20, needs=2), replace=True)
    assert is_drill_file(path) is False
    assert rows(path, "SELECT count(*) FROM volunteer") == [(0,)]


def test_a_drill_is_replaced_only_when_asked(tmp_path):
    path = tmp_path / "drill.db"
    create_drill(path, DrillSpec(volunteers=20, needs=2, seed=1))
    with pytest.raises(UserError):
        create_drill(path, DrillSpec(volunteers=30, needs=2, seed=2))
    assert rows(path, "SELECT count(*) FROM volunteer") == [(20,)]
    create_drill(path, DrillSpec(volunteers=30, needs=2, seed=2), replace=True)
    assert rows(path, "SELECT count(*) FROM volunteer") == [(30,)]
    assert rows(path, f"SELECT value FROM setting WHERE key = '{KEY_DRILL_SEED}'") == [("2",)]


def test_minors_come_with_an_adult_group_and_consent(drill):
    members = defaultdict(list)
    for v in drill[Volunteer]:
        members[v.group_id].append(v)
    minors = [v for v in drill[Volunteer] if v.birth_date and age_on(v.birth_date, DAY) < 18]
    assert 0 < len(minors) < 0.08 * len(drill[Volunteer])
    assert any(age_on(v.birth_date, DAY) < 15 for v in minors)
    for v in minors:
        assert 10 <= age_on(v.birth_date, DAY) <= 17
        assert v.group_id is not None and v.guardian_consent and v.guardian_name
        adults = [m for m in members[v.group_id] if m.birth_date is None or age_on(m.birth_date, DAY) >= 18]
        assert adults
    for group in drill[Group]:
        team = members[group.id]
        reps = [m for m in team if m.is_group_representative]
        assert 2 <= len(team) <= 15 and len(reps) == 1
        assert reps[0].name == group.representative_name
        assert reps[0].birth_date is None or age_on(reps[0].birth_date, DAY) >= 18
    in_groups = sum(1 for v in drill[Volunteer] if v.group_id)
    assert 0.13 <= in_groups / len(drill[Volunteer]) <= 0.27


def test_volunteers_look_like_a_real_roll(drill):
    people = drill[Volunteer]
    fy = fiscal_year(DAY)
    insured = sum(1 for v in people if v.insurance_fiscal_year == fy)
    assert 0.75 <= insured / len(people) <= 0.95
    assert any(v.insurance_fiscal_year is None for v in people)
    assert any(v.insurance_fiscal_year == fy - 1 for v in people)
    assert any(v.insured_on_site for v in people)
    assert any("軽トラ" in v.vehicles for v in people)
    assert any("自転車" in v.vehicles for v in people)
    skills = Counter(s for v in people for s in v.skills)
    assert {"看護師", "大工", "重機"} <= set(skills) and sum(1 for v in people if v.skills) < 0.3 * len(people)
    assert any(v.leader_ok for v in people) and any(v.disaster_experience_count > 0 for v in people)
    assert 0.5 <= sum(v.block_share_consent for v in people) / len(people) <= 0.7
    assert sum(1 for v in people if v.birth_date) > 0.85 * len(people)
    assert any(v.birth_date is None and v.age for v in people)
    assert {v.gender for v in people} >= {"female", "male"}
    assert any(v.preferred_district in KOGANEI_TOWNS for v in people)
    for v in people:
        assert HIRAGANA.match(v.kana) and " " in v.name, v.kana
        assert v.phone == "" or PHONE.match(v.phone), v.phone
        assert re.match(r"^\d{3}-\d{4}$", v.postal_code)
        if "小金井市" in v.address:
            assert v.postal_code.startswith("184-00")
        ages = age_on(v.birth_date, DAY) if v.birth_date else v.age
        assert 10 <= ages <= 80
    assert drill["found"] is not None  # ids are stored the way the ORM looks them up


def test_needs_spread_over_the_board(drill):
    needs = drill[Need]
    assert len({n.status for n in needs}) >= 7
    assert {n.priority for n in needs} == {p.value for p in Priority}
    assert {w for n in needs for w in n.work_types} <= set(WORK_TYPES)
    assert len({w for n in needs for w in n.work_types}) >= 5
    assert {n.district for n in needs} <= set(KOGANEI_TOWNS) and len({n.district for n in needs}) >= 6
    assert any("軽トラ" == n.vehicle_needed for n in needs) and any(n.required_skills for n in needs)
    assert any(n.vulnerable for n in needs)
    cutoff = datetime.combine(DAY, time(10), tzinfo=TOKYO)
    for n in needs:
        parse_code(n.code, "N")
        assert 1 <= n.headcount <= 10 and n.work_types
        assert cutoff - timedelta(days=10) < n.received_at <= cutoff
        assert n.address_key == address_key(n.site_address)
        assert n.site_address.startswith("東京都小金井市") and HIRAGANA.match(n.requester_kana)
        assert PHONE.match(n.requester_phone)
    history = defaultdict(list)
    for change in drill[NeedStatusChange]:
        history[change.need_id].append(change)
    for n in needs:
        steps = sorted(history[n.id], key=lambda c: c.at)
        assert steps[0].from_status == "" and steps[0].to_status == NeedStatus.RECEIVED
        assert steps[-1].to_status == n.status
        assert all(a.to_status == b.from_status for a, b in zip(steps, steps[1:]))
    surveyed = {s.need_id for s in drill[Survey]}
    assert surveyed and all(n.status not in ("received", "awaiting_survey") for n in needs if n.id in surveyed)


def test_attendance_is_a_morning_queue(drill):
    today = [a for a in drill[Attendance] if a.day == DAY]
    for a in today:
        local = to_local(a.checked_in_at)
        assert local.date() == DAY and time(8, 30) <= local.time() <= time(10, 0)
        assert a.checked_out_at is None and a.id == attendance_id(a.volunteer_id, DAY)
    assert 0.3 < sum(a.first_time for a in today) / len(today) < 0.9
    earlier = [a for a in drill[Attendance] if a.day < DAY]
    assert earlier and all(a.checked_out_at and a.checked_out_at > a.checked_in_at for a in earlier)
    first_days = Counter(a.volunteer_id for a in drill[Attendance] if a.first_time)
    assert set(first_days.values()) == {1}


def test_equipment_stock(drill):
    stock = {e.name: e for e in drill[Equipment]}
    for name in ("スコップ（角）", "スコップ（剣）", "一輪車", "土のう袋", "デッキブラシ", "バケツ", "高圧洗浄機",
                 "ゴム手袋", "防塵マスク", "バール", "ブルーシート"):
        assert stock[name].quantity_owned > 0 and stock[name].unit


def test_every_row_is_coded_and_stamped(drill):
    kinds = {Volunteer: "V", Group: "G", Need: "N", Equipment: "E"}
    for table in DRILL_TABLES:
        for row in drill[table]:
            assert row.origin == "koganei" and row.deleted is False
            Stamp.parse(row.updated_at)
            if table in kinds:
                parse_code(row.code, kinds[table])


def test_cli_drill_new(tmp_path, capsys):
    from dvc.cli import main

    path = tmp_path / "cli.db"
    argv = ["--db", str(path), "drill", "new", "--volunteers", "50", "--needs", "10", "--json"]
    assert main(argv) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["volunteers"] == 50 and data["needs"] == 10 and data["checked_in"] == 17
    assert main(argv) == 1
    assert main(argv + ["--yes"]) == 0
