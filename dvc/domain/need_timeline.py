"""Needs day by day, replayed from their status history: what the upward report says about each day.

Flows count what happened on a day (received, surveyed, completed); stocks
say where things stood at the day's end (in progress, continuing, open, and
the volunteer-days still needed). Stocks come from replaying each need's
recorded status changes in time order, so a past day's report still says
what that day's evening meeting saw.

Volunteer-days still needed: for every need still open at the day's end
(neither 完了 nor 取消), its volunteers × estimated days as the need holds
them now — the survey's revision, or for a 継続 need what is left to do.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from dvc.domain.vocab import NeedStatus

CLOSED = frozenset({NeedStatus.DONE.value, NeedStatus.CANCELLED.value})


@dataclass(frozen=True)
class NeedFacts:
    need_id: object
    received_day: date
    person_days: int  # headcount × estimated days


@dataclass(frozen=True)
class StatusEvent:
    at: datetime  # aware
    day: date  # the Tokyo day of ``at``
    need_id: object
    to_status: str


@dataclass
class NeedDay:
    day: date
    received: int = 0
    surveyed: int = 0
    completed: int = 0
    by_status: Counter = field(default_factory=Counter)  # at the day's end
    person_days_needed: int = 0  # at the day's end
    received_total: int = 0  # since the center opened, through this day
    completed_total: int = 0

    @property
    def active(self) -> int:
        return self.by_status[NeedStatus.ACTIVE.value]

    @property
    def continuing(self) -> int:
        return self.by_status[NeedStatus.CONTINUING.value]

    @property
    def open(self) -> int:
        return sum(n for status, n in self.by_status.items() if status not in CLOSED)


def replay(days: Sequence[date], needs: Iterable[NeedFacts], events: Iterable[StatusEvent],
           surveyed: dict[date, int]) -> list[NeedDay]:
    """One NeedDay per day of ``days`` (ascending); ``events`` may come in any order."""
    facts = {n.need_id: n for n in needs}
    ordered = sorted((e for e in events if e.need_id in facts), key=lambda e: e.at)
    received_on = Counter(n.received_day for n in facts.values())
    status: dict[object, str] = {}
    by_status: Counter = Counter()
    completed_on: dict[date, set] = {}
    ever_completed: set = set()
    needed = 0
    pointer = 0
    out = []
    for day in days:
        while pointer < len(ordered) and ordered[pointer].day <= day:
            event = ordered[pointer]
            pointer += 1
            before = status.get(event.need_id)
            if before is not None:
                by_status[before] -= 1
                if before not in CLOSED:
                    needed -= facts[event.need_id].person_days
            status[event.need_id] = event.to_status
            by_status[event.to_status] += 1
            if event.to_status not in CLOSED:
                needed += facts[event.need_id].person_days
            if event.to_status == NeedStatus.DONE.value:
                completed_on.setdefault(event.day, set()).add(event.need_id)
                ever_completed.add(event.need_id)
        out.append(NeedDay(
            day=day, received=received_on.get(day, 0), surveyed=surveyed.get(day, 0),
            completed=len(completed_on.get(day, ())), by_status=+by_status, person_days_needed=needed,
            received_total=sum(n for d, n in received_on.items() if d <= day), completed_total=len(ever_completed),
        ))
    return out
