"""Two registrations of one person made into one (reception's answer to services/apart/people.py).

The registration kept stays as it is, with what only the other one knew filled in where it was blank
(a phone, an insurance plan, a group). The other becomes a tombstone pointing at it (merged_into), so
its code and its sheets keep finding the person (scan_lookup.py). Its check-ins and team places move
over: a day both registrations were checked in on becomes one check-in (the earlier arrival, and the
check-out made under either), a team both were on keeps one place. The attendance row a day
moves to has the id every laptop gives that person and day (store/ids.py), so a check-in made on a
laptop that has not heard of the merge yet lands on the same row. One transaction, in the audit trail,
and it travels like any change: the other laptops see the two registrations as one.
"""

from __future__ import annotations

import uuid
from dataclasses import fields

from sqlmodel import Session, select

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.domain.volunteer_input import VolunteerInput
from dvc.services.apart import decisions, people
from dvc.services.apart.watch import check_in_transaction
from dvc.services.core.workspace import Workspace
from dvc.store.ids import attendance_id
from dvc.store.tables import Attendance, Team, TeamMember, Volunteer

FILLED_FROM_OTHER = tuple(f.name for f in fields(VolunteerInput)) + ("group_id", "insurance_fiscal_year")


def merge(ws: Workspace, *, kept_id: uuid.UUID, gone_id: uuid.UUID) -> None:
    """Merge registration ``gone_id`` into ``kept_id``, in one transaction."""
    if kept_id == gone_id:
        raise UserError(QT_TRANSLATE_NOOP("errors", "A registration cannot be merged into itself."))
    with ws.transaction() as s:
        merge_in(s, kept_id=kept_id, gone_id=gone_id)
        check_in_transaction(s)


def merge_in(s: Session, *, kept_id: uuid.UUID, gone_id: uuid.UUID, key: str | None = None) -> None:
    """The merge in the caller's transaction; records the decision for the pair (``key``: the pair decided, when
    the one kept now is a third registration the pair's kept one was merged into later)."""
    kept, gone = s.get(Volunteer, kept_id), s.get(Volunteer, gone_id)
    if kept is None or gone is None:
        raise UserError(QT_TRANSLATE_NOOP("errors", "This volunteer is no longer in the database."))
    # A merge made the other way round on another laptop may have made the one kept here a tombstone.
    kept.deleted, kept.merged_into = False, None
    _fill_blanks(kept, gone)
    gone.deleted, gone.merged_into = True, kept.id
    s.add_all([kept, gone])
    s.flush()
    _move_attendance(s, kept, gone)
    _move_teams(s, kept, gone)
    decisions.record(s, key=key or people.key_of(kept.id, gone.id), kind=people.NAME, choice=people.MERGED,
                     detail={"kept": kept.id.hex, "gone": gone.id.hex})


def _blank(value: object) -> bool:
    return value is None or value == "" or value == []


def _fill_blanks(kept: Volunteer, gone: Volunteer) -> None:
    for name in FILLED_FROM_OTHER:
        if hasattr(kept, name) and _blank(getattr(kept, name)) and not _blank(getattr(gone, name)):
            setattr(kept, name, getattr(gone, name))


def _move_attendance(s: Session, kept: Volunteer, gone: Volunteer) -> None:
    theirs = {a.day: a for a in s.exec(select(Attendance).where(Attendance.volunteer_id == kept.id)).all()}
    for row in s.exec(select(Attendance).where(Attendance.volunteer_id == gone.id,
                                               Attendance.deleted == False)).all():  # noqa: E712
        target = theirs.get(row.day)
        if target is None:
            target = Attendance(id=attendance_id(kept.id, row.day), volunteer_id=kept.id, day=row.day,
                                checked_in_at=row.checked_in_at, checked_out_at=row.checked_out_at,
                                device_number=row.device_number, operator_id=row.operator_id)
            theirs[row.day] = target
        elif target.deleted:
            target.deleted, target.checked_in_at, target.checked_out_at = False, row.checked_in_at, row.checked_out_at
        else:
            target.checked_in_at = min(target.checked_in_at, row.checked_in_at)
            # One person: a check-out under either registration is theirs (a day has one check-in, then one out).
            left = [t for t in (target.checked_out_at, row.checked_out_at) if t is not None]
            target.checked_out_at = max(left) if left else None
        row.deleted = True
        s.add_all([target, row])
    s.flush()
    # The person's first day is the first day of either registration (the daily report counts new and repeat).
    live = sorted((a for a in theirs.values() if not a.deleted), key=lambda a: a.day)
    for number, row in enumerate(live):
        if row.first_time != (number == 0):
            row.first_time = number == 0
            s.add(row)


def _move_teams(s: Session, kept: Volunteer, gone: Volunteer) -> None:
    places = {m.team_id: m for m in s.exec(select(TeamMember).where(TeamMember.volunteer_id == kept.id)).all()}
    for row in s.exec(select(TeamMember).where(TeamMember.volunteer_id == gone.id,
                                               TeamMember.deleted == False)).all():  # noqa: E712
        place = places.get(row.team_id)
        if place is None:
            # The row itself moves (one row per team and person): no second row for the pair can clash.
            row.volunteer_id = kept.id
        else:
            if place.deleted:
                place.deleted, place.is_leader, place.reasons = False, row.is_leader, row.reasons
                s.add(place)
            row.deleted = True
        s.add(row)
    for team in s.exec(select(Team).where(Team.leader_id == gone.id)).all():
        team.leader_id = kept.id
        s.add(team)
    s.flush()
