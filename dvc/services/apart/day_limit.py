"""Today's limit of check-ins passed without a desk being asked: reception decides what stands.

Each desk asks before checking in past the center's daily limit (services/reception/checkin.py), but
two desks apart each count only their own check-ins. The limit is passed on purpose when a desk says
"check in anyway" (or lowers the limit below today's count): that records the count it accepted, as a
decision every laptop gets. The conflict stands while today's check-ins are more than the limit and
more than any count accepted. Only today: a limit is about the queue at the door, and yesterday's
queue has gone home. Key: ``cap:<day>``.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func
from sqlmodel import Session, select

from dvc.domain.messages import QT_TRANSLATE_NOOP
from dvc.services.apart import decisions
from dvc.services.apart.kinds import Changed, Context
from dvc.services.apart.model import RECEPTION, Choice, Conflict, Wording, day_text
from dvc.services.core.center_settings import daily_capacity
from dvc.store.tables import Attendance

NAME = "cap"
ASKED = "asked"  # a desk checked someone in over the limit, or lowered it, knowing the count
ACCEPTED = "accepted"
RAISED = "raised"

TITLE = QT_TRANSLATE_NOOP("apart", "Today's limit of {capacity} was passed: {count} checked in")
LINE_WHY = QT_TRANSLATE_NOOP(
    "apart", "The laptops were apart, and each desk counted only its own check-ins, so nobody was asked.")
LINE_OVER = QT_TRANSLATE_NOOP("apart", "{over} more than the limit are checked in today ({day}).")
LINE_WHAT = QT_TRANSLATE_NOOP(
    "apart", "The people are here already. Keep them and the limit, or raise the limit; new arrivals are asked as usual.")
ACCEPT = QT_TRANSLATE_NOOP("apart", "Keep everyone checked in (the limit stays {capacity})")
RAISE = QT_TRANSLATE_NOOP("apart", "Raise the daily limit to {count}")


def key_of(day: date) -> str:
    return f"{NAME}:{day.isoformat()}"


def parse_key(key: str) -> date:
    return date.fromisoformat(key.split(":")[1])


def count_on(s: Session, day: date) -> int:
    return s.exec(select(func.count()).select_from(Attendance).where(
        Attendance.day == day, Attendance.deleted == False)).one()  # noqa: E712


def accepted_count(s: Session, day: date) -> int:
    decided = decisions.read(s, key_of(day))
    try:
        return int(decided.detail.get("count", 0)) if decided is not None else 0
    except (TypeError, ValueError):
        return 0


def record_accepted(s: Session, day: date, *, capacity: int = 0, choice: str = ASKED) -> None:
    """The desk knows the day's count passes the limit (``capacity``): what is checked in now is not a conflict."""
    count = count_on(s, day)
    if count > capacity and count > accepted_count(s, day):
        decisions.record(s, key=key_of(day), kind=NAME, choice=choice, detail={"count": count})


def _state(s: Session, key: str, ctx: Context) -> tuple[int, int] | None:
    day = parse_key(key)
    if day != ctx.today:
        return None
    capacity = daily_capacity(s)
    if not capacity:
        return None
    count = count_on(s, day)
    return (capacity, count) if count > capacity and count > accepted_count(s, day) else None


class DayLimitKind:
    name = NAME
    desk = RECEPTION
    tables = ("attendance", "center_setting", "apart_decision")

    def candidates(self, s: Session, changed: Changed, ctx: Context) -> set[str]:
        if any(changed.any(t) for t in self.tables):
            return {key_of(ctx.today)}
        return set()

    def holds(self, s: Session, key: str, ctx: Context) -> bool:
        return _state(s, key, ctx) is not None

    def describe(self, s: Session, key: str, ctx: Context) -> Conflict | None:
        state = _state(s, key, ctx)
        if state is None:
            return None
        capacity, count = state
        lines = (Wording(LINE_OVER, {"over": count - capacity, "day": day_text(ctx.today)}), Wording(LINE_WHY),
                 Wording(LINE_WHAT))
        choices = (Choice(id=ACCEPTED, wording=Wording(ACCEPT, {"capacity": capacity})),
                   Choice(id=RAISED, wording=Wording(RAISE, {"count": count})))
        return Conflict(kind=NAME, key=key, desk=RECEPTION,
                        title=Wording(TITLE, {"capacity": capacity, "count": count}), lines=lines, choices=choices)


KIND = DayLimitKind()
