"""Read-only lists and counts of volunteers and their daily attendance (受付, マッチング).

Every list is paged in SQL and has a matching count, so a screen over 100,000
volunteers only ever reads the rows it shows. Pages are keyset pages: the next
one starts ``after`` the last row shown (a plain tuple on the right of a
``tuple_`` comparison gets each column's type, so times compare as stored), which costs the same at row 99,000 as
at row 0 (an OFFSET would walk all the rows before it).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import Integer, and_, case, func, or_, tuple_
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, select

from dvc.domain.codes import CodeError, parse_code
from dvc.domain.timeutil import fiscal_year, local_day
from dvc.domain.vocab import TeamStatus
from dvc.services.core.text_search import LIKE_ESCAPE, contains_pattern, fold, to_hiragana, to_katakana
from dvc.services.core.workspace import Workspace
from dvc.store.tables import Attendance, Group, Team, TeamMember, Volunteer

# A volunteer in one of these teams today is taken; cancelled or returned teams free them.
BUSY_TEAM_STATUSES = (TeamStatus.PROPOSED, TeamStatus.CONFIRMED, TeamStatus.DISPATCHED)


@dataclass(frozen=True)
class VolunteerRow:
    id: uuid.UUID
    code: str
    name: str
    kana: str
    age: int | None
    group_name: str
    insured: bool
    checked_in: bool
    checked_out: bool


@dataclass(frozen=True)
class AvailableRow:
    id: uuid.UUID
    code: str
    name: str
    age: int | None
    gender: str
    group_name: str
    vehicles: tuple[str, ...]
    leader_ok: bool
    checked_in_at: datetime


@dataclass(frozen=True)
class AttendanceCounts:
    """One day's attendance, as reception's day cards, head office's dashboard and the reports count it."""

    checked_in: int = 0
    first_time: int = 0
    in_group: int = 0  # checked in that day as a member of a 団体
    first_in_group: int = 0
    checked_out: int = 0
    hours: float = 0.0  # between check-in and check-out, of those who checked out
    # Check-outs recorded before their check-in (a laptop's clock set wrong, a drill's made-up times): their
    # negative hours are left out of ``hours``, and the report says how many there were.
    hours_left_out: int = 0
    registered: int = 0  # everyone registered, not only that day's; counted by attendance_counts only

    @property
    def repeat(self) -> int:
        return self.checked_in - self.first_time

    @property
    def individual(self) -> int:
        return self.checked_in - self.in_group

    @property
    def first_individual(self) -> int:
        return self.first_time - self.first_in_group

    @property
    def repeat_individual(self) -> int:
        return self.individual - self.first_individual

    @property
    def repeat_in_group(self) -> int:
        return self.in_group - self.first_in_group

    @property
    def on_site(self) -> int:
        return self.checked_in - self.checked_out


def age_on(day: date, birth_date: date | None, stated_age: int | None) -> int | None:
    if birth_date is None:
        return stated_age
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - before_birthday


def _no_spaces(column: ColumnElement) -> ColumnElement:
    return func.replace(func.replace(column, " ", ""), "\u3000", "")


def search_clause(text: str) -> ColumnElement | None:
    """What reception's search field matches: a scanned code exactly, else code, name or kana."""
    folded = fold(text)
    if not folded:
        return None
    try:
        return Volunteer.code == str(parse_code(folded, "V"))
    except CodeError:
        pass
    name = contains_pattern(folded)
    hira, kata = contains_pattern(to_hiragana(folded)), contains_pattern(to_katakana(folded))
    return or_(
        Volunteer.code.like(contains_pattern(folded.upper()), escape=LIKE_ESCAPE),
        _no_spaces(Volunteer.name).like(name, escape=LIKE_ESCAPE),
        _no_spaces(Volunteer.kana).like(hira, escape=LIKE_ESCAPE),
        _no_spaces(Volunteer.kana).like(kata, escape=LIKE_ESCAPE),
    )


def _volunteer_filter(search: str) -> list[ColumnElement]:
    clauses: list[ColumnElement] = [Volunteer.deleted == False]  # noqa: E712
    matched = search_clause(search)
    if matched is not None:
        clauses.append(matched)
    return clauses


def count_volunteers(ws: Workspace, *, search: str = "") -> int:
    with ws.session() as s:
        return s.exec(select(func.count()).select_from(Volunteer).where(*_volunteer_filter(search))).one()


def volunteer_page(
    ws: Workspace, *, search: str = "", after: VolunteerRow | None = None, limit: int = 200, day: date | None = None
) -> list[VolunteerRow]:
    """Volunteers in ふりがな order (the order of a paper roster), with today's attendance."""
    day = day or local_day()
    clauses = _volunteer_filter(search)
    if after is not None:
        clauses.append(tuple_(Volunteer.kana, Volunteer.code) > (after.kana, after.code))
    attended = and_(Attendance.volunteer_id == Volunteer.id, Attendance.day == day, Attendance.deleted == False)  # noqa: E712
    query = (
        select(
            Volunteer.id, Volunteer.code, Volunteer.name, Volunteer.kana, Volunteer.birth_date, Volunteer.age,
            Volunteer.insurance_fiscal_year, Group.name, Attendance.id, Attendance.checked_out_at,
        )
        .outerjoin(Group, Group.id == Volunteer.group_id)
        .outerjoin(Attendance, attended)
        .where(*clauses)
        .order_by(Volunteer.kana, Volunteer.code)  # codes are unique: a total order for the keyset
        .limit(limit)
    )
    fy = fiscal_year(day)
    with ws.session() as s:
        rows = s.exec(query).all()
    return [
        VolunteerRow(
            id=vid, code=code, name=name, kana=kana, age=age_on(day, birth, age), group_name=group or "",
            insured=insured_fy == fy, checked_in=attendance_id is not None, checked_out=out_at is not None,
        )
        for vid, code, name, kana, birth, age, insured_fy, group, attendance_id, out_at in rows
    ]


def attendance_by_day(s: Session, start: date, end: date) -> dict[date, AttendanceCounts]:
    """Each day's attendance from ``start`` to ``end`` in one grouped query; a day nobody came is missing."""
    in_group = Volunteer.group_id.is_not(None)
    hours = (func.julianday(Attendance.checked_out_at) - func.julianday(Attendance.checked_in_at)) * 24
    backwards = hours < 0
    query = (
        select(
            Attendance.day, func.count(),
            # Typed as an integer: summed as the column's Boolean, 48 first-timers read back as True (1).
            func.coalesce(func.sum(Attendance.first_time, type_=Integer), 0), func.count(Volunteer.group_id),
            func.coalesce(func.sum(case((and_(Attendance.first_time == True, in_group), 1), else_=0)), 0),  # noqa: E712
            func.count(Attendance.checked_out_at), func.coalesce(func.sum(case((backwards, 0.0), else_=hours)), 0.0),
            func.coalesce(func.sum(case((backwards, 1), else_=0)), 0),
        )
        .join(Volunteer, Volunteer.id == Attendance.volunteer_id)
        .where(Attendance.day >= start, Attendance.day <= end, Attendance.deleted == False)  # noqa: E712
        .group_by(Attendance.day)
    )
    return {row[0]: AttendanceCounts(*row[1:6], hours=float(row[6]), hours_left_out=int(row[7]))
            for row in s.exec(query).all()}


def attendance_counts(ws: Workspace, *, day: date | None = None, registered: int | None = None) -> AttendanceCounts:
    """The day's figures; pass ``registered`` when it is known to skip counting every volunteer again."""
    day = day or local_day()
    with ws.session() as s:
        counts = attendance_by_day(s, day, day).get(day, AttendanceCounts())
        if registered is None:
            registered = s.exec(
                select(func.count()).select_from(Volunteer).where(Volunteer.deleted == False)  # noqa: E712
            ).one()
    return replace(counts, registered=registered)


def _available_filter(day: date) -> list[ColumnElement]:
    # One list of the day's team members, read once: as a correlated EXISTS, SQLite walked every team of
    # the day for every person checked in (1.5 s with 3,000 people in 537 teams).
    in_teams = (
        select(TeamMember.volunteer_id)
        .join(Team, Team.id == TeamMember.team_id)
        .where(TeamMember.deleted == False, Team.day == day, Team.deleted == False,  # noqa: E712
               Team.status.in_(BUSY_TEAM_STATUSES))
    )
    return [
        Attendance.day == day,
        Attendance.deleted == False,  # noqa: E712
        Attendance.checked_out_at.is_(None),
        Volunteer.deleted == False,  # noqa: E712
        Attendance.volunteer_id.not_in(in_teams),
    ]


def count_available(ws: Workspace, *, day: date | None = None) -> int:
    day = day or local_day()
    query = (
        select(func.count())
        .select_from(Attendance)
        .join(Volunteer, Volunteer.id == Attendance.volunteer_id)
        .where(*_available_filter(day))
    )
    with ws.session() as s:
        return s.exec(query).one()


def available_page(
    ws: Workspace, *, after: AvailableRow | None = None, limit: int = 200, day: date | None = None
) -> list[AvailableRow]:
    """Checked in today, not gone home, not in a team yet: first come, first matched."""
    day = day or local_day()
    clauses = _available_filter(day)
    if after is not None:
        clauses.append(tuple_(Attendance.checked_in_at, Volunteer.code) > (after.checked_in_at, after.code))
    query = (
        select(
            Volunteer.id, Volunteer.code, Volunteer.name, Volunteer.birth_date, Volunteer.age, Volunteer.gender,
            Group.name, Volunteer.vehicles, Volunteer.leader_ok, Attendance.checked_in_at,
        )
        .select_from(Attendance)
        .join(Volunteer, Volunteer.id == Attendance.volunteer_id)
        .outerjoin(Group, Group.id == Volunteer.group_id)
        .where(*clauses)
        .order_by(Attendance.checked_in_at, Volunteer.code)
        .limit(limit)
    )
    with ws.session() as s:
        rows = s.exec(query).all()
    return [
        AvailableRow(
            id=vid, code=code, name=name, age=age_on(day, birth, age), gender=gender, group_name=group or "",
            vehicles=tuple(vehicles or ()), leader_ok=leader_ok, checked_in_at=checked_in_at,
        )
        for vid, code, name, birth, age, gender, group, vehicles, leader_ok, checked_in_at in rows
    ]
