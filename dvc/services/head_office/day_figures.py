"""Today's figures for head office (総務): the numbers of the morning and evening meetings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dvc.domain.timeutil import local_day
from dvc.domain.vocab import TeamStatus
from dvc.services.needs.board import OPEN_STATUSES, status_counts
from dvc.services.reception.roster import AttendanceCounts, attendance_counts
from dvc.services.dispatch.teams_view import team_status_counts
from dvc.services.core.workspace import Workspace


@dataclass(frozen=True)
class DayFigures:
    day: date
    attendance: AttendanceCounts
    needs_by_status: dict[str, int]
    teams_by_status: dict[str, int]

    @property
    def needs_open(self) -> int:
        return sum(self.needs_by_status[s] for s in OPEN_STATUSES)

    @property
    def teams_out(self) -> int:
        return self.teams_by_status[TeamStatus.DISPATCHED]

    @property
    def teams_today(self) -> int:
        return sum(n for s, n in self.teams_by_status.items() if s != TeamStatus.CANCELLED)


def day_figures(ws: Workspace, *, day: date | None = None) -> DayFigures:
    day = day or local_day()
    return DayFigures(
        day=day,
        attendance=attendance_counts(ws, day=day),
        needs_by_status=status_counts(ws),
        teams_by_status=team_status_counts(ws, day=day),
    )
