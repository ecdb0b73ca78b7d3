"""Reception rules: ages on boundary days, guardians, insurance across the fiscal-year boundary."""

from __future__ import annotations

from datetime import date

import pytest

from dvc.domain.volunteer_rules import (
    Person, Severity, age_on, assess, blocking, group_findings, insured_for, is_minor, needs_guardian_present,
    on_site_enrolment, school_year_age,
)


def keys(findings):
    return {f.key for f in findings}


def test_age_turns_on_the_birthday():
    born = date(2008, 6, 15)
    assert age_on(date(2026, 6, 14), born) == 17
    assert age_on(date(2026, 6, 15), born) == 18
    assert age_on(date(2026, 6, 14), None, 30) == 30


def test_leap_day_birthday():
    born = date(2008, 2, 29)
    assert age_on(date(2026, 2, 28), born) == 17
    assert age_on(date(2026, 3, 1), born) == 18


def test_minor_until_the_eighteenth_birthday():
    person = Person(birth_date=date(2008, 6, 15))
    assert is_minor(person, date(2026, 6, 14))
    assert not is_minor(person, date(2026, 6, 15))
    assert "minor_needs_consent" in keys(assess(person, date(2026, 6, 14)))
    assert "minor_needs_consent" not in keys(assess(person, date(2026, 6, 15)))


def test_consent_recorded_is_only_information():
    findings = assess(Person(birth_date=date(2009, 1, 1), guardian_consent=True), date(2026, 5, 1))
    assert [f.severity for f in findings if f.key == "minor"] == [Severity.INFO]
    assert "minor_needs_consent" not in keys(findings)


@pytest.mark.parametrize("born, day, junior_high_or_younger", [
    # School years start on 1 April; the age on 1 April places a child.
    (date(2011, 4, 2), date(2026, 4, 1), True),   # 14 on 1 April 2026: 中学3年 in FY2026
    (date(2011, 4, 1), date(2026, 4, 1), False),  # 15 on 1 April 2026: high school from FY2026
    (date(2011, 4, 2), date(2027, 3, 31), True),  # turned 15 in the year but still 中学3年 until March
    (date(2011, 4, 2), date(2027, 4, 1), False),  # high school from 1 April 2027
    (date(2011, 12, 1), date(2026, 12, 2), True),  # 15 on the day, still junior high: "under 15" would miss this
])
def test_junior_high_age_follows_the_school_year(born, day, junior_high_or_younger):
    assert needs_guardian_present(Person(birth_date=born), day) is junior_high_or_younger


def test_stated_age_only():
    assert needs_guardian_present(Person(stated_age=14), date(2026, 5, 1))
    assert not needs_guardian_present(Person(stated_age=15), date(2026, 5, 1))
    assert school_year_age(date(2026, 5, 1), None, 12) == 12


def test_a_child_alone_is_blocked_but_not_with_an_adult_in_the_group():
    child = Person(birth_date=date(2015, 8, 1), guardian_consent=True)
    assert keys(blocking(assess(child, date(2026, 8, 1)))) == {"child_needs_guardian"}
    assert blocking(assess(child, date(2026, 8, 1), adult_in_group=True)) == []


def test_group_of_children_without_an_adult():
    day = date(2026, 8, 1)
    kids = [Person(birth_date=date(2014, 1, 1)), Person(birth_date=date(2013, 1, 1))]
    assert all(blocking(f) for f in group_findings(kids, day))
    with_parent = kids + [Person(stated_age=42)]
    assert not any(blocking(f) for f in group_findings(with_parent, day))


def test_a_lone_adult_does_not_count_as_their_own_guardian():
    # The adult is the only adult: the child is covered, the adult needs nobody.
    day = date(2026, 8, 1)
    findings = group_findings([Person(stated_age=40), Person(birth_date=date(2016, 1, 1))], day)
    assert not any(blocking(f) for f in findings)
    # Two children only: neither is covered by the other.
    assert all(blocking(f) for f in group_findings([Person(stated_age=12), Person(stated_age=13)], day))


@pytest.mark.parametrize("insured_fy, day, valid", [
    (2025, date(2026, 3, 31), True),   # FY2025 runs until 31 March 2026
    (2025, date(2026, 4, 1), False),   # and not a day longer
    (2026, date(2026, 4, 1), True),
    (2026, date(2026, 3, 31), False),  # bought for next year, not yet in force
    (None, date(2026, 4, 1), False),
])
def test_insurance_follows_the_fiscal_year(insured_fy, day, valid):
    person = Person(stated_age=40, insurance_fiscal_year=insured_fy)
    assert insured_for(person, day) is valid
    flagged = keys(assess(person, day)) & {"not_insured", "insurance_expired"}
    assert bool(flagged) is not valid


def test_last_years_insurance_says_so():
    findings = assess(Person(stated_age=40, insurance_fiscal_year=2025), date(2026, 4, 1))
    (expired,) = [f for f in findings if f.key == "insurance_expired"]
    assert expired.params == {"old": 2025, "year": 2026}
    assert "2025" in expired.message() and "2026" in expired.message()


def test_on_site_enrolment_covers_the_current_fiscal_year():
    assert on_site_enrolment(date(2026, 3, 31)) == {"insurance_fiscal_year": 2025, "insured_on_site": True}
    assert on_site_enrolment(date(2026, 4, 1)) == {"insurance_fiscal_year": 2026, "insured_on_site": True}
    person = Person(stated_age=40, **on_site_enrolment(date(2026, 4, 1)))
    assert keys(assess(person, date(2026, 4, 1))) == {"insured_on_site"}
