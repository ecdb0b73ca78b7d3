"""The hard rules' shared definitions: who may be placed, how groups may be split, who may join a need.

Both the algorithm and ``validate`` read them here, so the two cannot drift
apart on what a rule means.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from dvc.domain.matching.model import Candidate, Id, Instance, OpenNeed, vehicle_key
from dvc.domain.vocab import Gender, GenderPreference, Priority

PRIORITY_RANK = {Priority.HIGH: 0, Priority.MEDIUM: 1, Priority.LOW: 2}
LOWEST_RANK = 2
UNINSURED = "uninsured"
MINOR_WITHOUT_ADULT = "minor_without_adult"
GROUP_WITH_CHILD_HELD = "group_with_child_held"  # the group has a child and not all of it can go


def priority_rank(need: OpenNeed) -> int:
    return PRIORITY_RANK.get(need.priority, LOWEST_RANK)


def need_order(need: OpenNeed) -> tuple[int, datetime, str]:
    """The objective's order: 高 before 中 before 低, then the oldest receipt."""
    return priority_rank(need), need.received_at, need.code


def gender_ok(need: OpenNeed, volunteer: Candidate) -> bool:
    if need.gender_preference == GenderPreference.WOMEN_ONLY:
        return volunteer.gender == Gender.FEMALE
    if need.gender_preference == GenderPreference.MEN_ONLY:
        return volunteer.gender == Gender.MALE
    return True


def holds(volunteer: Candidate) -> frozenset[str]:
    """Skills and vehicles in the namespace of ``OpenNeed.requirements``."""
    return volunteer.skills | {vehicle_key(v) for v in volunteer.vehicles}


@dataclass(frozen=True)
class Pool:
    """What a proposal around the locks may use."""

    needs: tuple[OpenNeed, ...]  # not locked
    placeable: tuple[Candidate, ...]  # free, insured, and minors only with a free adult of their group
    refused: dict[Id, str]  # free volunteers who may not be placed -> UNINSURED / MINOR_WITHOUT_ADULT / …
    largest_headcount: int
    group_members: dict[Id, tuple[Candidate, ...]]  # group id -> its placeable members
    with_children: frozenset[Id] = frozenset()  # groups with a child who needs a guardian: never split

    def parts_allowed(self, group_id: Id) -> int:
        """Teams a group may span: one, or as few as its size needs when no need can hold it whole.

        A group with children is never split: it goes whole, or (too large for every need) not at all."""
        size = len(self.group_members[group_id])
        if size <= self.largest_headcount or self.largest_headcount <= 0 or group_id in self.with_children:
            return 1
        return -(-size // self.largest_headcount)

    def oversized(self, group_id: Id) -> bool:
        return self.parts_allowed(group_id) > 1


def pool(instance: Instance) -> Pool:
    locked_needs = {lock.need_id for lock in instance.locks}
    locked_people = {v for lock in instance.locks for v in lock.member_ids}
    needs = tuple(n for n in instance.needs if n.id not in locked_needs)
    free = [v for v in instance.volunteers if v.id not in locked_people]
    groups_with_adult = {v.group_id for v in free if v.insured and v.adult and v.group_id is not None}
    refused: dict[Id, str] = {}
    placeable: list[Candidate] = []
    for v in free:
        if not v.insured:
            refused[v.id] = UNINSURED
        elif not v.adult and v.group_id not in groups_with_adult:
            refused[v.id] = MINOR_WITHOUT_ADULT
        else:
            placeable.append(v)
    # A group with children moves as one or not at all: when one of its free members may not go, or some of it
    # is in a team the staff fixed, the others wait too, or a parent would leave without their children.
    families = groups_with_children(instance.volunteers)
    held = {v.group_id for v in free if v.group_id in families and v.id in refused}
    held |= {v.group_id for v in instance.volunteers if v.group_id in families and v.id in locked_people}
    for v in free:
        # Uninsured stays the reason of whoever is uninsured: that is what the desk can fix.
        if v.group_id in held and refused.get(v.id) != UNINSURED:
            refused[v.id] = GROUP_WITH_CHILD_HELD
    placeable = [v for v in placeable if v.id not in refused]
    members: dict[Id, list[Candidate]] = defaultdict(list)
    for v in placeable:
        if v.group_id is not None:
            members[v.group_id].append(v)
    largest = max((n.headcount for n in needs), default=0)
    return Pool(needs, tuple(placeable), refused, largest, {g: tuple(m) for g, m in members.items()},
                frozenset(families))


def groups_with_children(volunteers: Iterable[Candidate]) -> set[Id]:
    """The groups in which someone needs a guardian present (junior-high age or younger)."""
    return {v.group_id for v in volunteers if v.needs_guardian and v.group_id is not None}


def uncovered(need: OpenNeed, members: Iterable[Candidate]) -> frozenset[str]:
    """The need's requirements that nobody among ``members`` brings."""
    missing = set(need.requirements)
    for v in members:
        missing -= holds(v)
    return frozenset(missing)
