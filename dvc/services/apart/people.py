"""One person registered on two desks: reception merges the two registrations, or says they are two people.

The registration form shows likely duplicates before saving (services/reception/duplicates.py), but a
desk cannot see what another desk registered while the laptops were apart. Two of this council's
registrations are one person here when they have the same ふりがな (spaces aside) and the same birth
date and were registered on different laptops (their codes say which); registrations made on one
laptop were already compared at its desk. Key: ``person:<id>:<id>``, the smaller id first.

A decision keeps the pair settled: "distinct", or "merged" (the one kept, the one merged). A merge stays
settled while nothing lives on under the merged registration: a check-in or a team made for it on a
laptop that had not heard of the merge (or a merge the other way round made apart) opens it again.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func
from sqlmodel import Session, select

from dvc.domain.codes import CodeError, parse_code
from dvc.domain.messages import QT_TRANSLATE_NOOP
from dvc.domain.normalise import kana_key
from dvc.services.apart import decisions
from dvc.services.apart.kinds import Changed, Context, chunks, key_uuid
from dvc.services.apart.model import NOT_GIVEN, RECEPTION, Choice, Conflict, Wording, moment_text
from dvc.store.tables import Attendance, Team, TeamMember, Volunteer

NAME = "person"
MERGE_HOPS = 5  # a person merged again later: follow a few steps, never round a loop
DISTINCT = "distinct"
MERGED = "merged"

TITLE = QT_TRANSLATE_NOOP("apart", "{name} may be registered twice ({first} and {second})")
TITLE_AGAIN = QT_TRANSLATE_NOOP("apart", "{name}: something was recorded under {gone} after it was merged into {kept}")
LINE_PERSON = QT_TRANSLATE_NOOP(
    "apart", "{code}: {name} ({kana}), born {birth}, phone {phone}, registered {at} on laptop {device}; "
    "{days} day(s) checked in, {teams} team(s)")
LINE_WHY = QT_TRANSLATE_NOOP(
    "apart", "Same ふりがな and birth date, registered on two laptops while they were apart.")
LINE_AGAIN = QT_TRANSLATE_NOOP(
    "apart", "A laptop that had not heard of the merge yet checked the person in or put them on a team under {gone}.")
LINE_WHAT = QT_TRANSLATE_NOOP(
    "apart", "Ask the person if you can. Merging keeps their check-ins and teams, and both codes and sheets keep finding them.")
KEEP = QT_TRANSLATE_NOOP("apart", "The same person: keep {kept} and merge {gone} into it")
MOVE_AGAIN = QT_TRANSLATE_NOOP("apart", "Move what was recorded under {gone} to {kept}")
TWO_PEOPLE = QT_TRANSLATE_NOOP("apart", "Two different people: keep both registrations")


def key_of(a: uuid.UUID, b: uuid.UUID) -> str:
    first, second = sorted((a.hex, b.hex))
    return f"{NAME}:{first}:{second}"


def parse_key(key: str) -> tuple[uuid.UUID, uuid.UUID]:
    _name, a, b = key.split(":")
    return key_uuid(a), key_uuid(b)


def device_of(code: str) -> int | None:
    try:
        return parse_code(code).device
    except CodeError:
        return None


def _twins(rows: list[tuple]) -> set[str]:
    """Keys of the pairs among (id, kana, code, birth) rows that are one person registered on two laptops."""
    groups: dict[tuple[date, str], list[tuple[uuid.UUID, str]]] = defaultdict(list)
    for vid, kana, code, birth in rows:
        key = kana_key(kana or "")
        if key and birth is not None:
            groups[(birth, key)].append((vid, code))
    found = set()
    for members in groups.values():
        if len(members) < 2:
            continue  # nearly every group: the code is read only where there is a pair to compare
        laptops = [(vid, device_of(code)) for vid, code in members]
        for i, (a, device_a) in enumerate(laptops):
            for b, device_b in laptops[i + 1:]:
                if device_a is not None and device_b is not None and device_a != device_b:
                    found.add(key_of(a, b))
    return found


_OURS = (Volunteer.deleted == False, Volunteer.birth_date.is_not(None))  # noqa: E712
_ROW = (Volunteer.id, Volunteer.kana, Volunteer.code, Volunteer.birth_date)


def _alike_everywhere(s: Session, ctx: Context) -> list[tuple]:
    """The rows of a whole pass that may be pairs: the same birth date and ふりがな without spaces, found by SQL.

    Stored ふりがな is already cleaned to hiragana (domain/normalise.clean_kana, on every way in), so SQL's
    grouping agrees with kana_key; _twins then compares exactly as a check of a few rows does.
    """
    spaced = func.replace(func.replace(Volunteer.kana, " ", ""), "・", "")
    ours = (*_OURS, Volunteer.origin == ctx.council)
    alike = (select(Volunteer.birth_date, spaced.label("key")).where(*ours)
             .group_by(Volunteer.birth_date, spaced).having(func.count() > 1).subquery())
    return list(s.exec(select(*_ROW).join(alike, (alike.c.birth_date == Volunteer.birth_date)
                                          & (alike.c.key == spaced)).where(*ours)).all())


def _lives_on(s: Session, volunteer_id: uuid.UUID) -> bool:
    """Something live still points at a merged registration: a check-in or a team place."""
    here = s.exec(select(Attendance.id).where(Attendance.volunteer_id == volunteer_id,
                                              Attendance.deleted == False).limit(1)).first()  # noqa: E712
    if here is not None:
        return True
    return s.exec(select(TeamMember.id).where(TeamMember.volunteer_id == volunteer_id,
                                              TeamMember.deleted == False).limit(1)).first() is not None  # noqa: E712


class PeopleKind:
    name = NAME
    desk = RECEPTION
    tables = ("volunteer", "attendance", "team_member", "apart_decision")

    def candidates(self, s: Session, changed: Changed, ctx: Context) -> set[str]:
        found: set[str] = set()
        people = changed.ids("volunteer")
        ours = (*_OURS, Volunteer.origin == ctx.council)
        if people is None:
            found |= _twins(_alike_everywhere(s, ctx))
            merged = select(Volunteer.id, Volunteer.merged_into).where(Volunteer.merged_into.is_not(None))
            found |= {key_of(a, b) for a, b in s.exec(merged).all()}
        elif people:
            births = set()
            for batch in chunks(people):
                for vid, kana, code, birth, merged_into in s.exec(select(*_ROW, Volunteer.merged_into)
                                                                  .where(Volunteer.id.in_(batch))).all():
                    if merged_into is not None:
                        found.add(key_of(vid, merged_into))
                    if birth is not None:
                        births.add(birth)
            for batch in chunks(births):
                found |= {k for k in _twins(list(s.exec(select(*_ROW).where(
                    *ours, Volunteer.birth_date.in_(batch))).all()))
                    if any(key_uuid(part) in people for part in k.split(":")[1:])}
        for table, column in (("attendance", Attendance), ("team_member", TeamMember)):
            ids = changed.ids(table)
            if ids is None:
                query = select(Volunteer.id, Volunteer.merged_into).where(Volunteer.merged_into.is_not(None))
                found |= {key_of(a, b) for a, b in s.exec(query).all()}
                continue
            for batch in chunks(ids):
                query = (select(Volunteer.id, Volunteer.merged_into)
                         .join(column, column.volunteer_id == Volunteer.id)
                         .where(column.id.in_(batch), Volunteer.merged_into.is_not(None)))
                found |= {key_of(a, b) for a, b in s.exec(query).all()}
        return found | _decided(s, changed)

    def holds(self, s: Session, key: str, ctx: Context) -> bool:
        return pair_state(s, key, ctx) is not None

    def describe(self, s: Session, key: str, ctx: Context) -> Conflict | None:
        state = pair_state(s, key, ctx)
        if state is None:
            return None
        if state.gone is not None:  # merged, but something lives on under the merged registration
            kept, gone = state.kept, state.gone
            lines = [_line(s, kept), _line(s, gone), Wording(LINE_AGAIN, {"gone": gone.code})]
            choices = (Choice(id=f"move:{kept.id.hex}:{gone.id.hex}",
                              wording=Wording(MOVE_AGAIN, {"kept": kept.code, "gone": gone.code})),)
            title = Wording(TITLE_AGAIN, {"name": kept.name, "gone": gone.code, "kept": kept.code})
            return Conflict(kind=NAME, key=key, desk=RECEPTION, title=title, lines=tuple(lines), choices=choices)
        # The earlier registration first: keeping it is the usual answer.
        first, second = sorted((state.first, state.second), key=lambda v: (v.registered_at, v.code))
        lines = (_line(s, first), _line(s, second), Wording(LINE_WHY), Wording(LINE_WHAT))
        choices = (
            Choice(id=f"keep:{first.id.hex}", wording=Wording(KEEP, {"kept": first.code, "gone": second.code})),
            Choice(id=f"keep:{second.id.hex}", wording=Wording(KEEP, {"kept": second.code, "gone": first.code})),
            Choice(id=DISTINCT, wording=Wording(TWO_PEOPLE)),
        )
        title = Wording(TITLE, {"name": first.name, "first": first.code, "second": second.code})
        return Conflict(kind=NAME, key=key, desk=RECEPTION, title=title, lines=lines, choices=choices)


@dataclass(frozen=True)
class PairState:
    """A pair that needs a decision: the two registrations, or (merged before) the one kept now and the merged one."""

    first: Volunteer
    second: Volunteer
    kept: Volunteer | None = None
    gone: Volunteer | None = None


def final(s: Session, volunteer: Volunteer | None) -> Volunteer | None:
    """The live registration a merged one leads to (merged again later: a few steps); None round a loop."""
    for _ in range(MERGE_HOPS):
        if volunteer is None or not volunteer.deleted:
            return volunteer
        if volunteer.merged_into is None:
            return None
        volunteer = s.get(Volunteer, volunteer.merged_into)
    return None


def pair_state(s: Session, key: str, ctx: Context) -> PairState | None:
    a, b = parse_key(key)
    first, second = s.get(Volunteer, a), s.get(Volunteer, b)
    if first is None or second is None:
        return None
    decided = decisions.read(s, key)
    if decided is not None and decided.choice == DISTINCT:
        return None
    if decided is not None and decided.choice == MERGED:
        gone = first if first.id.hex == decided.detail.get("gone") else second
        kept = final(s, second if gone is first else first)
        if kept is None:
            # Merged each way round on two laptops apart: both are tombstones now. Decide again which to keep.
            return PairState(first, second)
        if not gone.deleted or final(s, gone) is None or final(s, gone).id != kept.id or _lives_on(s, gone.id):
            return PairState(first, second, kept=kept, gone=gone)
        return None
    if first.deleted or second.deleted or first.origin != ctx.council or second.origin != ctx.council:
        return None
    rows = [(v.id, v.kana, v.code, v.birth_date) for v in (first, second)]
    return PairState(first, second) if _twins(rows) else None


KIND = PeopleKind()


def _decided(s: Session, changed: Changed) -> set[str]:
    ids = changed.ids("apart_decision")
    if ids is None:
        return set(decisions.read_many(s, f"{NAME}:"))
    return decisions.keys_of(s, ids, f"{NAME}:")


def _line(s: Session, v: Volunteer) -> Wording:
    days = len(s.exec(select(Attendance.id).where(Attendance.volunteer_id == v.id,
                                                  Attendance.deleted == False)).all())  # noqa: E712
    teams = len(s.exec(select(TeamMember.id).join(Team, Team.id == TeamMember.team_id).where(
        TeamMember.volunteer_id == v.id, TeamMember.deleted == False, Team.deleted == False)).all())  # noqa: E712
    return Wording(LINE_PERSON, {
        "code": v.code, "name": v.name, "kana": v.kana, "birth": v.birth_date.isoformat() if v.birth_date else NOT_GIVEN,
        "phone": v.phone or NOT_GIVEN, "at": moment_text(v.registered_at), "device": device_of(v.code) or NOT_GIVEN,
        "days": days, "teams": teams})
