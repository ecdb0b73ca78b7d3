"""Likely duplicates of a person about to be registered: same ふりがな and birth date (or age), or same phone.

Both lookups are exact matches on an index (volunteer.kana, volunteer.phone),
so the answer comes at once on 100,000 volunteers (tests/bench/bench_registration.py).
Spaces in ふりがな differ from person to person (やまだ たろう / やまだたろう): the
lookup asks for every spacing of the typed kana (see kana_variants).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from dvc.domain.normalise import InvalidValue, clean_kana, clean_phone, kana_key
from dvc.domain.timeutil import local_day
from dvc.domain.volunteer_rules import age_on
from dvc.services.core.workspace import Workspace
from dvc.store.tables import Group, Volunteer

SAME_KANA_AND_BIRTH = "kana_birth"
SAME_PHONE = "phone"


@dataclass(frozen=True)
class DuplicateMatch:
    id: uuid.UUID
    code: str
    name: str
    kana: str
    birth_date: date | None
    age: int | None  # on the day asked
    phone: str
    group_name: str
    reasons: tuple[str, ...]


def kana_variants(kana: str) -> list[str]:
    """The ways the same ふりがな can be stored: without a space, or with one space anywhere inside.

    Stored ふりがな is cleaned (hiragana, single spaces), so these exact values find
    the person through the kana index, however the desk spaced what it typed.
    """
    key = kana_key(kana)
    return [key] + [f"{key[:i]} {key[i:]}" for i in range(1, len(key))]


def _same_age(row_birth: date | None, row_age: int | None, birth: date | None, age: int | None, day: date) -> bool:
    if birth is not None and row_birth is not None:
        return birth == row_birth
    theirs = age_on(day, row_birth, row_age)
    ours = age_on(day, birth, age)
    return theirs is not None and theirs == ours


def find_duplicates_in(
    s: Session, *, kana: str = "", birth_date: date | None = None, age: int | None = None, phone: str = "",
    exclude_ids: Iterable[uuid.UUID] = (), day: date | None = None, limit: int = 20,
) -> list[DuplicateMatch]:
    day = day or local_day()
    try:
        kana = clean_kana(kana)
    except InvalidValue:
        kana = ""
    try:
        phone = clean_phone(phone)
    except InvalidValue:
        phone = ""
    excluded = set(exclude_ids)
    columns = (Volunteer.id, Volunteer.code, Volunteer.name, Volunteer.kana, Volunteer.birth_date, Volunteer.age,
               Volunteer.phone, Group.name)
    found: dict[uuid.UUID, tuple] = {}
    reasons: dict[uuid.UUID, list[str]] = {}
    if kana and (birth_date is not None or age is not None):
        query = (
            select(*columns)
            .outerjoin(Group, Group.id == Volunteer.group_id)
            .where(Volunteer.kana.in_(kana_variants(kana)), Volunteer.deleted == False)  # noqa: E712
        )
        for row in s.exec(query):
            if row[0] in excluded:
                continue
            if _same_age(row[4], row[5], birth_date, age, day):
                found[row[0]] = row
                reasons.setdefault(row[0], []).append(SAME_KANA_AND_BIRTH)
    if phone:
        query = (
            select(*columns)
            .outerjoin(Group, Group.id == Volunteer.group_id)
            .where(Volunteer.phone == phone, Volunteer.deleted == False)  # noqa: E712
            .limit(limit + len(excluded))
        )
        for row in s.exec(query):
            if row[0] in excluded:
                continue
            found.setdefault(row[0], row)
            reasons.setdefault(row[0], []).append(SAME_PHONE)
    matches = [
        DuplicateMatch(id=vid, code=code, name=name, kana=kana_, birth_date=birth, age=age_on(day, birth, stated),
                       phone=phone_, group_name=group or "", reasons=tuple(reasons[vid]))
        for vid, code, name, kana_, birth, stated, phone_, group in found.values()
    ]
    # The strongest evidence first: both reasons, then same kana and birth date, then phone only.
    matches.sort(key=lambda m: (-len(m.reasons), m.reasons[0] != SAME_KANA_AND_BIRTH, m.kana, m.code))
    return matches[:limit]


def find_duplicates(
    ws: Workspace, *, kana: str = "", birth_date: date | None = None, age: int | None = None, phone: str = "",
    exclude_ids: Iterable[uuid.UUID] = (), day: date | None = None, limit: int = 20,
) -> list[DuplicateMatch]:
    """Existing volunteers who are probably the person described (not counting ``exclude_ids``)."""
    with ws.session() as s:
        return find_duplicates_in(s, kana=kana, birth_date=birth_date, age=age, phone=phone,
                                  exclude_ids=exclude_ids, day=day, limit=limit)
