"""The report's figures against counts worked out by hand from a known three-day scenario."""

from __future__ import annotations

import pytest

from dvc.domain.messages import UserError
from dvc.services.head_office.report_figures import build_report, daily_report
from tests.head_office.scenario import DAYS, build


@pytest.fixture
def scenario(workspace):
    return build(workspace)


def test_each_day_matches_the_plan(workspace, scenario):
    report = build_report(workspace, start=DAYS[0], end=DAYS[-1])
    assert [r.day for r in report.rows] == DAYS
    for row in report.rows:
        v, want = row.volunteers, scenario.volunteers[row.day]
        got = {"checked_in": v.checked_in, "first_time": v.first_time, "repeat": v.repeat, "in_group": v.in_group,
               "first_in_group": v.first_in_group, "checked_out": v.checked_out, "hours": round(v.hours, 4),
               "volunteers_total": row.volunteers_total, "people_total": row.people_total}
        assert got == {**want, "hours": round(want["hours"], 4)}, row.day
        assert v.individual + v.in_group == v.checked_in
        assert v.first_individual + v.repeat_individual + v.first_in_group + v.repeat_in_group == v.checked_in
        n, want = row.needs, scenario.needs[row.day]
        got = {"received": n.received, "surveyed": n.surveyed, "completed": n.completed, "active": n.active,
               "continuing": n.continuing, "open": n.open, "person_days": n.person_days_needed,
               "received_total": n.received_total, "completed_total": n.completed_total}
        assert got == want, row.day
        assert row.teams_sent == scenario.teams_sent.get(row.day, 0)
        assert row.equipment_lent == scenario.lent.get(row.day, 0)


def test_one_day_alone_reads_as_within_the_range(workspace, scenario):
    whole = build_report(workspace, start=DAYS[0], end=DAYS[-1])
    for index, day in enumerate(DAYS):
        [alone] = daily_report(workspace, day=day).rows
        assert alone == whole.rows[index]


def test_several_seeds(workspace):
    # Another random plan of visits on a fresh database of the same test: the counts still agree.
    expected = build(workspace, seed=11)
    report = build_report(workspace, start=DAYS[0], end=DAYS[-1])
    assert [r.volunteers.first_time for r in report.rows] == [expected.volunteers[d]["first_time"] for d in DAYS]
    assert [r.people_total for r in report.rows] == [expected.volunteers[d]["people_total"] for d in DAYS]


def test_empty_days_and_bad_ranges(workspace):
    [row] = daily_report(workspace, day=DAYS[0]).rows
    assert row.volunteers.checked_in == 0 and row.needs.open == 0 and row.volunteers_total == 0
    with pytest.raises(UserError):
        build_report(workspace, start=DAYS[2], end=DAYS[0])
    with pytest.raises(UserError):
        build_report(workspace, start=DAYS[0].replace(year=2020), end=DAYS[0])
