"""Head office's dashboard: how the center is doing right now, and the days so far for the charts.

``live_figures`` is read again at every announcement while the dashboard is
on screen, so each part is one indexed query over today's rows or the
needs (a few thousand), never over all the attendance of past months.
``history`` reads the days so far; the screen keeps past days and only asks
for today again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Integer, func
from sqlmodel import select

from dvc.domain.equipment_rules import OUT_OF_STOCK
from dvc.domain.timeutil import local_day
from dvc.domain.vocab import NeedStatus, TeamStatus
from dvc.services.dispatch import safety
from dvc.services.equipment import stock
from dvc.services.needs.board import OPEN_STATUSES, status_counts
from dvc.services.reception.roster import AttendanceCounts, attendance_counts
from dvc.services.head_office.report_figures import day_bounds
from dvc.services.dispatch.teams_view import team_status_counts
from dvc.services.core.workspace import Workspace
from dvc.store.tables import Attendance, Need, NeedStatusChange

HISTORY_DAYS = 60  # the charts' width: two months of a center, readable as bars


@dataclass(frozen=True)
class OverdueTeam:
    team_code: str
    need_code: str
    district: str
    expected_back_at: datetime


@dataclass(frozen=True)
class LiveFigures:
    day: date
    volunteers: AttendanceCounts
    registered: int
    teams_by_status: dict[str, int]
    overdue: list[OverdueTeam]
    needs_by_status: dict[str, int]
    person_days_needed: int
    equipment_out: int
    out_of_stock: list[str]
    running_low: list[str]

    @property
    def on_site(self) -> int:
        return self.volunteers.checked_in - self.volunteers.checked_out

    @property
    def teams_out(self) -> int:
        return self.teams_by_status[TeamStatus.DISPATCHED]

    @property
    def teams_returned(self) -> int:
        return self.teams_by_status[TeamStatus.RETURNED]

    @property
    def teams_today(self) -> int:
        return sum(n for status, n in self.teams_by_status.items() if status != TeamStatus.CANCELLED)

    @property
    def needs_open(self) -> int:
        return sum(self.needs_by_status[s] for s in OPEN_STATUSES)


def overdue_teams(ws: Workspace, *, now: datetime | None = None) -> list[OverdueTeam]:
    """Teams out past the time they were expected back: the safety loop's list (services/safety.py)."""
    return [OverdueTeam(t.code, t.need_code, t.district, t.expected_back_at)
            for t in safety.overdue_teams(ws, now=now)]


def _person_days_needed(ws: Workspace) -> int:
    query = select(func.coalesce(func.sum(Need.headcount * Need.estimated_days), 0)).where(
        Need.deleted == False, Need.status.in_(OPEN_STATUSES))  # noqa: E712
    with ws.session() as s:
        return s.exec(query).one()


def live_figures(ws: Workspace, *, day: date | None = None, now: datetime | None = None) -> LiveFigures:
    day = day or local_day(now)
    volunteers = attendance_counts(ws, day=day)
    rows = stock.stock_rows(ws)
    return LiveFigures(
        day=day, volunteers=volunteers, registered=volunteers.registered,
        teams_by_status=team_status_counts(ws, day=day), overdue=overdue_teams(ws, now=now), needs_by_status=status_counts(ws),
        person_days_needed=_person_days_needed(ws), equipment_out=sum(r.out for r in rows),
        out_of_stock=[r.name for r in rows if r.shortage == OUT_OF_STOCK],
        running_low=[r.name for r in rows if r.shortage and r.shortage != OUT_OF_STOCK],
    )


@dataclass(frozen=True)
class HistoryDay:
    day: date
    volunteers: int = 0
    first_time: int = 0
    needs_received: int = 0
    needs_completed: int = 0

    @property
    def repeat(self) -> int:
        return self.volunteers - self.first_time


def history(ws: Workspace, *, start: date, end: date) -> list[HistoryDay]:
    """Each day from ``start`` to ``end``: volunteers (and first-timers), needs received and completed."""
    first, _ = day_bounds(start)
    _, last = day_bounds(end)
    with ws.session() as s:
        visits = {d: (n, f) for d, n, f in s.exec(
            select(Attendance.day, func.count(), func.coalesce(func.sum(Attendance.first_time, type_=Integer), 0))
            .where(Attendance.day >= start, Attendance.day <= end, Attendance.deleted == False)  # noqa: E712
            .group_by(Attendance.day)).all()}
        received = s.exec(select(Need.received_at).where(Need.deleted == False, Need.received_at >= first,  # noqa: E712
                                                         Need.received_at < last)).all()
        done = s.exec(select(NeedStatusChange.need_id, NeedStatusChange.at).where(
            NeedStatusChange.deleted == False, NeedStatusChange.to_status == NeedStatus.DONE,  # noqa: E712
            NeedStatusChange.at >= first, NeedStatusChange.at < last)).all()
    received_on: dict[date, int] = {}
    for moment in received:
        received_on[local_day(moment)] = received_on.get(local_day(moment), 0) + 1
    done_on: dict[date, set] = {}
    for need_id, moment in done:
        done_on.setdefault(local_day(moment), set()).add(need_id)
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    return [HistoryDay(day=d, volunteers=visits.get(d, (0, 0))[0], first_time=visits.get(d, (0, 0))[1],
                       needs_received=received_on.get(d, 0), needs_completed=len(done_on.get(d, ())))
            for d in days]


def first_day(ws: Workspace, *, today: date) -> date:
    """Where the charts start: the center's first day of activity, at most HISTORY_DAYS ago."""
    earliest = today - timedelta(days=HISTORY_DAYS - 1)
    with ws.session() as s:
        check_in = s.exec(select(func.min(Attendance.day)).where(Attendance.day >= earliest)).one()
        need = s.exec(select(func.min(Need.received_at)).where(Need.deleted == False)).one()  # noqa: E712
    candidates = [d for d in (check_in, local_day(need) if need else None) if d is not None]
    return max(earliest, min(candidates, default=today))
