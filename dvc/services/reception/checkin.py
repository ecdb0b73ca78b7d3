"""Daily check-in and check-out (受付・帰着): one scan, one short transaction, one answer.

The GUI's scan field, the CLI (`dvc checkin`) and the tests all come here. The
answer is a value, never an exception: "unknown sheet" is an everyday outcome
at a busy desk, shown big on the screen, not an error box.

One attendance row per volunteer per day, with the id derived from
(volunteer, day) (store/ids.py): the same check-in made on two laptops is one
row after an exchange.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func
from sqlmodel import Session, select

from dvc.domain import foreign_scan
from dvc.domain.messages import QT_TRANSLATE_NOOP, Translate, UserError
from dvc.domain.timeutil import local_day, to_local, utcnow
from dvc.domain.volunteer_rules import Person, insured_for, is_minor, needs_guardian_present
from dvc.services.apart import day_limit
from dvc.services.core import center_settings
from dvc.services.reception.scan_lookup import CONTEXT, INVALID, UNKNOWN, UNREGISTERED, Found, find_scanned
from dvc.services.core.workspace import Workspace
from dvc.store.ids import attendance_id
from dvc.store.tables import Attendance, Group, Operator, Volunteer

CHECKED_IN = "checked_in"
ALREADY_CHECKED_IN = "already_checked_in"
OVER_CAPACITY = "over_capacity"
CHECKED_OUT = "checked_out"
ALREADY_CHECKED_OUT = "already_checked_out"
NOT_CHECKED_IN = "not_checked_in"
RESULTS = (CHECKED_IN, ALREADY_CHECKED_IN, OVER_CAPACITY, CHECKED_OUT, ALREADY_CHECKED_OUT, NOT_CHECKED_IN,
           UNREGISTERED, UNKNOWN, INVALID)
# The person is (or was) where the desk wants them: a script may carry on.
SUCCESSES = frozenset({CHECKED_IN, ALREADY_CHECKED_IN, CHECKED_OUT, ALREADY_CHECKED_OUT})

KEY_DAILY_CAPACITY = center_settings.KEY_DAILY_CAPACITY
MAX_CAPACITY = 100_000  # more than any center's day: 1000000 is a typo

NO_INSURANCE = "no_insurance"
MINOR = "minor"
MINOR_WITHOUT_CONSENT = "minor_without_guardian_consent"
CHILD_NEEDS_GUARDIAN = "child_needs_guardian"  # the same key as domain/volunteer_rules.py
# The rules themselves (ages, school year, fiscal year) are domain/volunteer_rules.py, shared with registration.
WARNINGS = {
    NO_INSURANCE: QT_TRANSLATE_NOOP("checkin", "No volunteer insurance for this fiscal year"),
    MINOR: QT_TRANSLATE_NOOP("checkin", "Minor (under 18)"),
    MINOR_WITHOUT_CONSENT: QT_TRANSLATE_NOOP("checkin", "No guardian's consent on record"),
    CHILD_NEEDS_GUARDIAN: QT_TRANSLATE_NOOP("checkin", "Junior-high age or younger: only with a guardian"),
}

_MESSAGES = {
    CHECKED_IN: QT_TRANSLATE_NOOP("checkin", "Checked in: {name} (day {day_count})."),
    ALREADY_CHECKED_IN: QT_TRANSLATE_NOOP("checkin", "{name} is already checked in today (at {time})."),
    OVER_CAPACITY: QT_TRANSLATE_NOOP(
        "checkin", "Today's limit of {capacity} check-ins is reached ({count} checked in). Check {name} in anyway?"),
    CHECKED_OUT: QT_TRANSLATE_NOOP("checkin", "Checked out: {name} at {time}."),
    ALREADY_CHECKED_OUT: QT_TRANSLATE_NOOP("checkin", "{name} already checked out today at {time}."),
    NOT_CHECKED_IN: QT_TRANSLATE_NOOP(
        "checkin", "{name} has not checked in today, so there is no check-out to record."),
}


@dataclass(frozen=True)
class ScannedVolunteer:
    id: uuid.UUID
    code: str
    name: str
    kana: str
    group_name: str


@dataclass(frozen=True)
class ScanResult:
    result: str
    volunteer: ScannedVolunteer | None = None
    day_count: int = 0  # days this volunteer came, today included
    first_time: bool = False
    warnings: tuple[str, ...] = ()
    message: str = ""  # English source text (context "checkin"); see text()
    params: dict = field(default_factory=dict)
    sheet_id: uuid.UUID | None = None  # an unregistered blank sheet: register with this id
    not_dvc: bool = False  # INVALID because the code is not dvc's at all (a web address, a product barcode)
    checked_in_at: datetime | None = None
    checked_out_at: datetime | None = None

    @property
    def ok(self) -> bool:
        return self.result in SUCCESSES

    def text(self, translate: Translate) -> str:
        source = translate(foreign_scan.CONTEXT if self.not_dvc else CONTEXT, self.message)
        return source.format(**self.params) if self.params else source

    def warning_texts(self, translate: Translate) -> list[str]:
        return [translate(CONTEXT, WARNINGS[key]) for key in self.warnings]


# Daily capacity (surge control): one limit for the whole center (services/core/center_settings.py).

def get_daily_capacity(ws: Workspace) -> int:
    """Check-ins a day before the desk asks for a confirmation; 0 means no limit."""
    with ws.session() as s:
        return _capacity(s)


def _capacity(session: Session) -> int:
    return center_settings.daily_capacity(session)


def check_capacity(capacity: int) -> int:
    if not 0 <= capacity <= MAX_CAPACITY:
        raise UserError(QT_TRANSLATE_NOOP("errors", "The daily limit is 0 (no limit) to {most} check-ins."),
                        most=f"{MAX_CAPACITY:,}")
    return capacity


def set_daily_capacity(ws: Workspace, *, capacity: int, day: date | None = None) -> None:
    check_capacity(capacity)
    with ws.transaction() as s:
        write_daily_capacity(s, capacity, day=day or local_day())


def write_daily_capacity(s: Session, capacity: int, *, day: date) -> None:
    """Set the center's limit in the caller's transaction (checked by check_capacity).

    Set below what is checked in today, the desk knows it is passed: not a conflict made apart.
    """
    center_settings.write(s, KEY_DAILY_CAPACITY, str(capacity))
    if capacity:
        day_limit.record_accepted(s, day, capacity=capacity)


def count_checked_in(session: Session, day: date) -> int:
    return session.exec(
        select(func.count()).select_from(Attendance).where(Attendance.day == day, Attendance.deleted == False)  # noqa: E712
    ).one()


# Check-in and check-out.

def _warnings(volunteer: Volunteer, day: date) -> tuple[str, ...]:
    person = Person(birth_date=volunteer.birth_date, stated_age=volunteer.age,
                    guardian_consent=volunteer.guardian_consent,
                    insurance_fiscal_year=volunteer.insurance_fiscal_year, insured_on_site=volunteer.insured_on_site)
    found = []
    if not insured_for(person, day):
        found.append(NO_INSURANCE)
    if is_minor(person, day):
        found.append(MINOR)
        if not person.guardian_consent:
            found.append(MINOR_WITHOUT_CONSENT)
        if needs_guardian_present(person, day):
            found.append(CHILD_NEEDS_GUARDIAN)
    return tuple(found)


def warnings_now(ws: Workspace, *, volunteer_id: uuid.UUID, day: date | None = None) -> tuple[str, ...]:
    """What a scan of this person would warn about today: the desk's answer after their record was corrected."""
    with ws.session() as s:
        volunteer = s.get(Volunteer, volunteer_id)
        return () if volunteer is None or volunteer.deleted else _warnings(volunteer, day or local_day())


def _who(session: Session, volunteer: Volunteer) -> ScannedVolunteer:
    group_name = ""
    if volunteer.group_id is not None:
        group = session.get(Group, volunteer.group_id)
        group_name = group.name if group is not None else ""
    return ScannedVolunteer(id=volunteer.id, code=volunteer.code, name=volunteer.name, kana=volunteer.kana,
                            group_name=group_name)


def _attendance(session: Session, volunteer_id: uuid.UUID, day: date) -> Attendance | None:
    # By (volunteer, day), not by the derived id: a row merged from an older file may carry another id.
    return session.exec(
        select(Attendance).where(Attendance.volunteer_id == volunteer_id, Attendance.day == day)
    ).first()


def _days_before(session: Session, volunteer_id: uuid.UUID, day: date) -> int:
    """Days ``volunteer_id`` came before ``day``: all their rows less the withdrawn ones, each counted from an index
    alone (ix_attendance_withdrawn), where a filter on deleted would read every past row of theirs."""
    before = (Attendance.volunteer_id == volunteer_id, Attendance.day < day)
    withdrawn = (select(func.count()).select_from(Attendance)
                 .where(*before, Attendance.deleted == True).scalar_subquery())  # noqa: E712
    return session.exec(select(func.count() - withdrawn).select_from(Attendance).where(*before)).one()


def _clock(moment: datetime | None) -> str:
    return f"{to_local(moment):%H:%M}" if moment else ""


def _operator_id(session: Session, name: str) -> uuid.UUID | None:
    if not name:
        return None
    return session.exec(select(Operator.id).where(Operator.name == name, Operator.deleted == False)).first()  # noqa: E712


def _when(at: datetime | None, day: date | None) -> tuple[datetime, date]:
    at = at or utcnow()
    return at, day or local_day(at)


def _nobody(found: Found) -> ScanResult:
    """The answer for a scan that names nobody here (unknown, invalid, a blank sheet)."""
    return ScanResult(result=found.result, message=found.message, params=found.params, sheet_id=found.sheet_id,
                      not_dvc=found.not_dvc)


def check_in(ws: Workspace, *, scanned: str, day: date | None = None, at: datetime | None = None,
             confirm_over_capacity: bool = False) -> ScanResult:
    """Check in whoever ``scanned`` names, once a day; ``at`` is the moment (now by default)."""
    at, day = _when(at, day)
    with ws.transaction() as s:
        found = find_scanned(s, scanned, own_short=ws.identity.council_short)
        if found.volunteer is None:
            return _nobody(found)
        volunteer = found.volunteer
        who = _who(s, volunteer)
        warnings = _warnings(volunteer, day)
        earlier = _days_before(s, volunteer.id, day)
        row = _attendance(s, volunteer.id, day)
        if row is not None and not row.deleted:
            return ScanResult(result=ALREADY_CHECKED_IN, volunteer=who, day_count=earlier + 1,
                              first_time=row.first_time, warnings=warnings, message=_MESSAGES[ALREADY_CHECKED_IN],
                              params={"name": who.name, "time": _clock(row.checked_in_at)},
                              checked_in_at=row.checked_in_at, checked_out_at=row.checked_out_at)
        capacity = _capacity(s)
        count = count_checked_in(s, day) if capacity else 0
        over = bool(capacity) and count >= capacity
        if over and not confirm_over_capacity:
            return ScanResult(result=OVER_CAPACITY, volunteer=who, day_count=earlier + 1, first_time=earlier == 0,
                              warnings=warnings, message=_MESSAGES[OVER_CAPACITY],
                              params={"name": who.name, "capacity": capacity, "count": count})
        if row is None:
            row = Attendance(id=attendance_id(volunteer.id, day), volunteer_id=volunteer.id, day=day,
                             checked_in_at=at)
        else:
            # A check-in withdrawn earlier today (tombstone): the person is back after all.
            row.deleted, row.checked_in_at, row.checked_out_at = False, at, None
        row.first_time = earlier == 0
        row.device_number = ws.identity.device_number
        row.operator_id = _operator_id(s, ws.operator)
        s.add(row)
        if over:
            # The desk was asked and said yes: every laptop learns this count was accepted (services/apart).
            s.flush()
            day_limit.record_accepted(s, day, capacity=capacity)
    return ScanResult(result=CHECKED_IN, volunteer=who, day_count=earlier + 1, first_time=earlier == 0,
                      warnings=warnings, message=_MESSAGES[CHECKED_IN],
                      params={"name": who.name, "day_count": earlier + 1}, checked_in_at=at)


def check_out_volunteer(session: Session, *, volunteer_id: uuid.UUID, day: date, at: datetime) -> str:
    """Check one person out inside the caller's transaction (a team's return checks its members out together).

    CHECKED_OUT, ALREADY_CHECKED_OUT (the earlier time stays) or NOT_CHECKED_IN (nothing to record).
    """
    row = _attendance(session, volunteer_id, day)
    if row is None or row.deleted:
        return NOT_CHECKED_IN
    if row.checked_out_at is not None:
        return ALREADY_CHECKED_OUT
    row.checked_out_at = at
    session.add(row)
    return CHECKED_OUT


def check_out(ws: Workspace, *, scanned: str, day: date | None = None, at: datetime | None = None) -> ScanResult:
    """Record when whoever ``scanned`` names left; refused if they did not check in that day."""
    at, day = _when(at, day)
    with ws.transaction() as s:
        found = find_scanned(s, scanned, own_short=ws.identity.council_short)
        if found.volunteer is None:
            return _nobody(found)
        who = _who(s, found.volunteer)
        row = _attendance(s, found.volunteer.id, day)
        if row is None or row.deleted:
            return ScanResult(result=NOT_CHECKED_IN, volunteer=who, message=_MESSAGES[NOT_CHECKED_IN],
                              params={"name": who.name})
        day_count = _days_before(s, found.volunteer.id, day) + 1
        common = dict(volunteer=who, day_count=day_count, first_time=row.first_time, checked_in_at=row.checked_in_at)
        if row.checked_out_at is not None:
            return ScanResult(result=ALREADY_CHECKED_OUT, message=_MESSAGES[ALREADY_CHECKED_OUT],
                              params={"name": who.name, "time": _clock(row.checked_out_at)},
                              checked_out_at=row.checked_out_at, **common)
        row.checked_out_at = at
        s.add(row)
    return ScanResult(result=CHECKED_OUT, message=_MESSAGES[CHECKED_OUT],
                      params={"name": who.name, "time": _clock(at)}, checked_out_at=at, **common)
