"""The figures of the daily report (日報) and of the cumulative report for any range of days.

Each section is one or two grouped queries over the whole range, never one
query per day: a range of a hundred days costs about what one day does.
Needs are replayed from their status history (domain/need_timeline.py), so
a past day reads as it stood that evening.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import Integer, func
from sqlmodel import Session, select

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.domain.need_timeline import NeedDay, NeedFacts, StatusEvent, replay
from dvc.domain.timeutil import TOKYO, local_day, utcnow
from dvc.services.core.workspace import Workspace
from dvc.services.reception.roster import AttendanceCounts, attendance_by_day
from dvc.store.tables import Attendance, Dispatch, Loan, Need, NeedStatusChange, Survey

MAX_RANGE_DAYS = 366


@dataclass(frozen=True)
class DayRow:
    day: date
    volunteers: AttendanceCounts
    needs: NeedDay
    volunteers_total: int  # 延べ: check-ins since the center opened, through this day
    people_total: int  # 実人数: first check-ins through this day
    teams_sent: int  # dispatches that left this day
    equipment_lent: int  # pieces lent this day


@dataclass(frozen=True)
class Report:
    council_name: str
    drill: bool
    start: date
    end: date
    rows: list[DayRow]
    made_at: datetime = field(default_factory=utcnow)

    @property
    def last(self) -> DayRow:
        return self.rows[-1]


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """The Tokyo day as an aware [start, end) interval (stored times compare as UTC)."""
    start = datetime.combine(day, time(), tzinfo=TOKYO)
    return start, start + timedelta(days=1)


def days_between(start: date, end: date) -> list[date]:
    if end < start:
        raise UserError(QT_TRANSLATE_NOOP("errors", "The first day ({start}) is after the last day ({end})."),
                        start=start.isoformat(), end=end.isoformat())
    count = (end - start).days + 1
    if count > MAX_RANGE_DAYS:
        raise UserError(QT_TRANSLATE_NOOP("errors", "A report covers at most {most} days."), most=MAX_RANGE_DAYS)
    return [start + timedelta(days=i) for i in range(count)]


def _running_totals(s: Session, days: list[date]) -> dict[date, tuple[int, int]]:
    """(check-ins, first check-ins) from the first day ever through each day of ``days``."""
    query = (
        select(Attendance.day, func.count(), func.coalesce(func.sum(Attendance.first_time, type_=Integer), 0))
        .where(Attendance.day <= days[-1], Attendance.deleted == False)  # noqa: E712
        .group_by(Attendance.day)
        .order_by(Attendance.day)
    )
    per_day = s.exec(query).all()
    totals, visits, people, index = {}, 0, 0, 0
    for day in days:
        while index < len(per_day) and per_day[index][0] <= day:
            visits += per_day[index][1]
            people += per_day[index][2]
            index += 1
        totals[day] = (visits, people)
    return totals


def _need_days(s: Session, days: list[date]) -> list[NeedDay]:
    _, end = day_bounds(days[-1])
    needs = s.exec(select(Need.id, Need.received_at, Need.headcount, Need.estimated_days, Need.status)
                   .where(Need.deleted == False, Need.received_at < end)).all()  # noqa: E712
    facts = [NeedFacts(nid, local_day(received), headcount * days_) for nid, received, headcount, days_, _ in needs]
    changes = s.exec(select(NeedStatusChange.need_id, NeedStatusChange.at, NeedStatusChange.to_status)
                     .where(NeedStatusChange.deleted == False, NeedStatusChange.at < end)).all()  # noqa: E712
    events = [StatusEvent(at=at, day=local_day(at), need_id=nid, to_status=to) for nid, at, to in changes]
    # A need with no recorded history (e.g. from an older file) counts in its present status from its receipt.
    with_history = {e.need_id for e in events}
    events += [StatusEvent(at=received, day=local_day(received), need_id=nid, to_status=status)
               for nid, received, _h, _d, status in needs if nid not in with_history]
    surveyed = dict(s.exec(select(Survey.surveyed_on, func.count(func.distinct(Survey.need_id)))
                           .where(Survey.deleted == False, Survey.surveyed_on >= days[0],  # noqa: E712
                                  Survey.surveyed_on <= days[-1])
                           .group_by(Survey.surveyed_on)).all())
    return replay(days, facts, events, surveyed)


def _per_local_day(s: Session, column, value, days: list[date], *where) -> dict[date, int]:  # noqa: ANN001, ANN002
    """Sum ``value`` by the Tokyo day of the UTC ``column`` (a handful of rows a day: read and fold here)."""
    start, _ = day_bounds(days[0])
    _, end = day_bounds(days[-1])
    out: dict[date, int] = {}
    for moment, amount in s.exec(select(column, value).where(column >= start, column < end, *where)).all():
        day = local_day(moment)
        out[day] = out.get(day, 0) + amount
    return out


def build_report(ws: Workspace, *, start: date, end: date | None = None) -> Report:
    """Figures for each day from ``start`` to ``end`` (both included; one day when ``end`` is None)."""
    days = days_between(start, end or start)
    with ws.session() as s:
        volunteers = attendance_by_day(s, days[0], days[-1])
        totals = _running_totals(s, days)
        need_days = _need_days(s, days)
        sent = _per_local_day(s, Dispatch.departed_at, 1, days, Dispatch.deleted == False)  # noqa: E712
        lent = _per_local_day(s, Loan.out_at, Loan.quantity_out, days, Loan.deleted == False)  # noqa: E712
    rows = [
        DayRow(day=day, volunteers=volunteers.get(day, AttendanceCounts()), needs=needs,
               volunteers_total=totals[day][0], people_total=totals[day][1], teams_sent=sent.get(day, 0),
               equipment_lent=lent.get(day, 0))
        for day, needs in zip(days, need_days)
    ]
    return Report(council_name=ws.identity.council_name, drill=ws.identity.drill, start=days[0], end=days[-1], rows=rows)


def daily_report(ws: Workspace, *, day: date | None = None) -> Report:
    return build_report(ws, start=day or local_day())
