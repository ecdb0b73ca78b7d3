"""Reception's list of the day: who checked in, who is still out on site, who went home.

Paged like roster.py (keyset, newest arrival first): a desk looks at the last
scans, and 3,000 check-ins on a big day are never read at once. The counts of
the day (individual / group / first time / repeat) are roster.attendance_counts.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, tuple_
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import select

from dvc.domain.timeutil import local_day
from dvc.services.core.workspace import Workspace
from dvc.store.tables import Attendance, Group, Volunteer

ALL, IN, OUT = "all", "in", "out"
WHICH = (ALL, IN, OUT)


@dataclass(frozen=True)
class TodayRow:
    volunteer_id: uuid.UUID
    code: str
    name: str
    kana: str
    group_name: str
    checked_in_at: datetime
    checked_out_at: datetime | None
    first_time: bool


def _filter(which: str, day: date) -> list[ColumnElement]:
    if which not in WHICH:
        raise ValueError(which)
    clauses: list[ColumnElement] = [Attendance.day == day, Attendance.deleted == False]  # noqa: E712
    if which == IN:
        clauses.append(Attendance.checked_out_at.is_(None))
    elif which == OUT:
        clauses.append(Attendance.checked_out_at.is_not(None))
    return clauses


def count_today(ws: Workspace, *, which: str = ALL, day: date | None = None) -> int:
    day = day or local_day()
    with ws.session() as s:
        return s.exec(select(func.count()).select_from(Attendance).where(*_filter(which, day))).one()


def today_page(
    ws: Workspace, *, which: str = ALL, after: TodayRow | None = None, limit: int = 200, day: date | None = None
) -> list[TodayRow]:
    """Today's check-ins, the latest first; ``which`` is all, in (not checked out) or out.

    The page is cut from the day's attendance rows alone, then joined to the
    volunteers: 3,000 check-ins on a big day cost one sort of small rows, not
    3,000 look-ups in a table of 100,000 volunteers.
    """
    day = day or local_day()
    clauses = _filter(which, day)
    if after is not None:
        # Newest first: the next page holds earlier arrivals (the volunteer id breaks ties the same way round).
        clauses.append(tuple_(Attendance.checked_in_at, Attendance.volunteer_id) < (after.checked_in_at, after.volunteer_id))
    order = (Attendance.checked_in_at.desc(), Attendance.volunteer_id.desc())
    page = (
        select(Attendance.volunteer_id, Attendance.checked_in_at, Attendance.checked_out_at, Attendance.first_time)
        .where(*clauses).order_by(*order).limit(limit).subquery()
    )
    query = (
        select(
            page.c.volunteer_id, Volunteer.code, Volunteer.name, Volunteer.kana, Group.name,
            page.c.checked_in_at, page.c.checked_out_at, page.c.first_time,
        )
        .select_from(page)
        .join(Volunteer, Volunteer.id == page.c.volunteer_id)
        .outerjoin(Group, Group.id == Volunteer.group_id)
        .order_by(page.c.checked_in_at.desc(), page.c.volunteer_id.desc())
    )
    with ws.session() as s:
        rows = s.exec(query).all()
    return [
        TodayRow(volunteer_id=vid, code=code, name=name, kana=kana, group_name=group or "",
                 checked_in_at=checked_in_at, checked_out_at=out_at, first_time=bool(first))
        for vid, code, name, kana, group, checked_in_at, out_at, first in rows
    ]
