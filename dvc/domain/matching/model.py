"""What matching works on and what it gives back: plain records, no storage.

Ids are whatever the caller uses (UUIDs in the app, small ints or strings in
tests); they only need to be hashable. Reasons are a key and parameters, never
finished sentences, so the screens can translate them (see explain.py for the
keys).
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from dvc.domain.vocab import Gender, GenderPreference, Priority

Id = Hashable


@dataclass(frozen=True, slots=True)
class Candidate:
    """A volunteer checked in today and not yet in a team."""

    id: Id
    code: str
    name: str
    gender: str = Gender.UNSPECIFIED
    adult: bool = True
    # Junior-high age or younger (「保護者の同伴が必要」): goes only with a guardian of their group, and their
    # whole group moves as one or not at all.
    needs_guardian: bool = False
    group_id: Id | None = None
    group_name: str = ""
    skills: frozenset[str] = frozenset()
    vehicles: frozenset[str] = frozenset()
    insured: bool = True
    leader_ok: bool = False  # リーダー可
    experience: int = 0  # disaster volunteering done before
    preferred_district: str = ""


@dataclass(frozen=True, slots=True)
class OpenNeed:
    """A need waiting for a team (マッチング待ち or 継続).

    Continuity lives here rather than on the volunteer: the need knows who
    was in its last team, whereas a volunteer may have been in several teams.
    """

    id: Id
    code: str
    headcount: int
    received_at: datetime
    required_skills: frozenset[str] = frozenset()
    vehicle: str = ""  # e.g. 軽トラ; "" for none
    gender_preference: str = GenderPreference.ANY
    priority: str = Priority.MEDIUM
    district: str = ""
    continuing: bool = False  # 継続
    previous_member_ids: frozenset[Id] = frozenset()

    @property
    def requirements(self) -> frozenset[str]:
        """Skills and the vehicle as one set of things some member must bring."""
        return self.required_skills | {vehicle_key(self.vehicle)} if self.vehicle else self.required_skills


def vehicle_key(vehicle: str) -> str:
    # Skills and vehicles share one namespace inside the algorithm; a prefix keeps 軽トラ the vehicle
    # apart from any skill of the same name.
    return f"vehicle:{vehicle}"


@dataclass(frozen=True, slots=True)
class Lock:
    """A team the staff fixed by hand: kept as it is by the next proposal."""

    need_id: Id
    leader_id: Id
    member_ids: tuple[Id, ...]  # the leader included


@dataclass(frozen=True, slots=True)
class Instance:
    volunteers: tuple[Candidate, ...]
    needs: tuple[OpenNeed, ...]
    locks: tuple[Lock, ...] = ()


class Reason(NamedTuple):
    """Why: a stable key and its parameters, e.g. ("needs_skill", {"skill": "看護師", "name": "山田"})."""

    key: str
    params: Mapping[str, Any] = {}


@dataclass(frozen=True, slots=True)
class ProposedTeam:
    need_id: Id
    leader_id: Id
    member_ids: tuple[Id, ...]  # the leader first
    reasons: Mapping[Id, tuple[Reason, ...]] = field(default_factory=dict)
    locked: bool = False


@dataclass(frozen=True, slots=True)
class UnfilledNeed:
    need_id: Id
    missing: int
    reasons: tuple[Reason, ...] = ()


@dataclass(frozen=True, slots=True)
class UnplacedVolunteer:
    volunteer_id: Id
    reasons: tuple[Reason, ...] = ()


@dataclass(frozen=True, slots=True)
class Proposal:
    teams: tuple[ProposedTeam, ...]
    unfilled: tuple[UnfilledNeed, ...]
    unplaced: tuple[UnplacedVolunteer, ...]
