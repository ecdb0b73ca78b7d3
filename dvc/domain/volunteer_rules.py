"""The reception rules a desk must see while registering: age, guardians, insurance.

Pure functions over plain values, so the registration form (live, as the
user types), the services (before saving), the import preview and the
check-in answer all say the same thing.

Guardian rules (DOMAIN.md): junior-high and high-school students need
parental approval; younger children come only with a parent; Kurashiki (2018)
took high-school age and up and junior high only with a guardian. So:

* under 18 on the day (the age of majority since 2022): a guardian's consent
  must be recorded;
* junior-high age or younger: a guardian (an adult) must be in the same group.
  Japanese schools place a child by the age they are on 1 April of the school
  year, so "junior-high age or younger" is "under 15 on 1 April of the day's
  fiscal year" — a 15-year-old in their last junior-high year is still a
  junior-high student, which a plain "under 15 on the day" would miss. When
  only an age was given (no birth date), the age on the day is all there is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from dvc.domain.messages import QT_TRANSLATE_NOOP
from dvc.domain.timeutil import fiscal_year

ADULT_AGE = 18
HIGH_SCHOOL_AGE = 15  # age on 1 April when a child starts high school


class Severity(StrEnum):
    BLOCK = "block"  # cannot be registered like this
    WARN = "warn"  # may be registered; the desk must act (consent paper, insurance)
    INFO = "info"  # worth seeing, nothing to do


@dataclass(frozen=True)
class Finding:
    key: str  # stable, for tests and for other desks
    severity: Severity
    source: str  # English source text, context "rules"
    params: dict

    def message(self, translate=lambda _c, t: t) -> str:  # noqa: ANN001
        text = translate("rules", self.source)
        return text.format(**self.params) if self.params else text


@dataclass(frozen=True)
class Person:
    """What the rules need to know about one volunteer."""

    birth_date: date | None = None
    stated_age: int | None = None
    guardian_consent: bool = False
    insurance_fiscal_year: int | None = None
    insured_on_site: bool = False
    insurance_consent: bool = True  # unknown counts as given: only the desk's own form and records say otherwise


def age_on(day: date, birth_date: date | None, stated_age: int | None = None) -> int | None:
    """Completed years on ``day``; a stated age when there is no birth date."""
    if birth_date is None:
        return stated_age
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - before_birthday


def school_year_age(day: date, birth_date: date | None, stated_age: int | None = None) -> int | None:
    """The age that places a child in a school grade: the age on 1 April of ``day``'s school year."""
    if birth_date is None:
        return stated_age
    return age_on(date(fiscal_year(day), 4, 1), birth_date)


def is_minor(person: Person, day: date) -> bool:
    age = age_on(day, person.birth_date, person.stated_age)
    return age is not None and age < ADULT_AGE


def is_adult(person: Person, day: date) -> bool:
    age = age_on(day, person.birth_date, person.stated_age)
    return age is not None and age >= ADULT_AGE


def needs_guardian_present(person: Person, day: date) -> bool:
    """Junior-high age or younger: may only come with an adult of the same group."""
    age = school_year_age(day, person.birth_date, person.stated_age)
    return age is not None and age < HIGH_SCHOOL_AGE


def insured_for(person: Person, day: date) -> bool:
    return person.insurance_fiscal_year == fiscal_year(day)


def on_site_enrolment(day: date) -> dict:
    """The fields that record 当日加入: enrolled at this desk for this fiscal year."""
    return {"insurance_fiscal_year": fiscal_year(day), "insured_on_site": True}


def assess(person: Person, day: date, *, adult_in_group: bool = False) -> list[Finding]:
    """What the desk must see for one person on ``day`` (``adult_in_group``: another member is an adult)."""
    findings: list[Finding] = []
    age = age_on(day, person.birth_date, person.stated_age)
    if age is not None and age < ADULT_AGE:
        if not person.guardian_consent:
            findings.append(Finding("minor_needs_consent", Severity.WARN, QT_TRANSLATE_NOOP(
                "rules", "Under 18 ({age}): a guardian's consent is needed."), {"age": age}))
        else:
            findings.append(Finding("minor", Severity.INFO, QT_TRANSLATE_NOOP(
                "rules", "Under 18 ({age}): guardian's consent recorded."), {"age": age}))
        if needs_guardian_present(person, day) and not adult_in_group:
            findings.append(Finding("child_needs_guardian", Severity.BLOCK, QT_TRANSLATE_NOOP(
                "rules", "Junior-high age or younger: may only come with a guardian (an adult) in the same group. "
                         "Register them as a group with the guardian."), {}))
    fy = fiscal_year(day)
    if person.insurance_fiscal_year == fy:
        if person.insured_on_site:
            findings.append(Finding("insured_on_site", Severity.INFO, QT_TRANSLATE_NOOP(
                "rules", "Volunteer activity insurance: enrolled here today for FY{year}."), {"year": fy}))
            if not person.insurance_consent:
                # Enrolling means the council hands the person's details to the insurer: that needs their consent.
                findings.append(Finding("insurance_without_consent", Severity.WARN, QT_TRANSLATE_NOOP(
                    "rules", "Enrolled here, but no consent to pass their details to the insurer: ask for it, "
                             "or they cannot go on the insurer's list."), {}))
    elif person.insurance_fiscal_year is not None and person.insurance_fiscal_year < fy:
        findings.append(Finding("insurance_expired", Severity.WARN, QT_TRANSLATE_NOOP(
            "rules", "Insurance was for FY{old} only; FY{year} (from 1 April) is not covered. "
                     "Enrol on the spot (当日加入) before work."), {"old": person.insurance_fiscal_year, "year": fy}))
    else:
        findings.append(Finding("not_insured", Severity.WARN, QT_TRANSLATE_NOOP(
            "rules", "No volunteer activity insurance for FY{year}. Enrol on the spot (当日加入) before work."),
            {"year": fy}))
    return findings


def group_findings(members: list[Person], day: date) -> list[list[Finding]]:
    """``assess`` for every member of one group: a child is fine when another member is an adult."""
    adults = [is_adult(m, day) for m in members]
    return [
        assess(m, day, adult_in_group=any(a for j, a in enumerate(adults) if j != i))
        for i, m in enumerate(members)
    ]


def blocking(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity == Severity.BLOCK]
