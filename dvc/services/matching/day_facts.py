"""The day's people and needs as the matching desk works on them, kept between reads until one of them changes.

An edit at the desk (a member moved, a new leader) writes only teams; reading
3,000 people again and working out their candidates after each one was most of
the edit's time. What is kept is dropped as soon as a row of the people or needs
tables is written, by anyone (dvc.store.change_watch), so nothing stale is shown.
Teams and their members are always read afresh.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlmodel import Session

from dvc.domain.matching import Candidate
from dvc.services.matching.proposal import DayRecords, candidate, day_teams, present_and_waiting

_KEY = "matching_day"


def read_day_kept(s: Session, day: date) -> tuple[DayRecords, dict[uuid.UUID, Candidate], dict]:
    """The day's records, the present people's candidates, and a dict the caller may keep derived pieces in
    (empty whenever the people or needs changed)."""
    # Teams first: reading them flushes the session's pending changes, so a change of a person made in this
    # session has moved the watch before it is looked at.
    teams, members = day_teams(s, day)
    db = s.info.get("db")
    watch = getattr(db, "people_and_needs", None)
    kept = db.derived.get(_KEY) if watch is not None else None
    if kept is not None and kept[0] == (watch.generation, day):
        _stamp, present, waiting, cands, extra = kept
    else:
        stamp = (watch.generation, day) if watch is not None else None  # before reading: a write meanwhile moves it
        present, waiting = present_and_waiting(s, day)
        cands = {v.id: candidate(v, g, day) for v, g in present}
        extra = {}
        if watch is not None:
            db.derived[_KEY] = (stamp, present, waiting, cands, extra)
    return DayRecords(day, teams, members, present, waiting), cands, extra
