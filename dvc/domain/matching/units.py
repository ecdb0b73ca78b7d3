"""Units: who must be placed together — one volunteer alone, a whole group, or one part of a very large group."""

from __future__ import annotations

from dataclasses import dataclass, field

from dvc.domain.matching.model import Candidate, OpenNeed
from dvc.domain.matching.rules import Pool, holds
from dvc.domain.vocab import Gender, GenderPreference

# Gender classes of a unit: all women, all men, or mixed/unstated.
WOMEN, MEN, MIXED = "F", "M", "X"


@dataclass(eq=False, slots=True)
class Unit:
    members: tuple[Candidate, ...]
    index: int
    size: int = 0
    gender: str = MIXED
    holds: frozenset[str] = frozenset()
    leader_ok: bool = False
    districts: frozenset[str] = frozenset()
    team: object | None = field(default=None)  # the need id of the team it is in, or None while free
    flex: Flex | None = None  # set for the cells of a group too large for any need

    def __post_init__(self) -> None:
        self.size = len(self.members)
        genders = {v.gender for v in self.members}
        self.gender = WOMEN if genders == {Gender.FEMALE} else MEN if genders == {Gender.MALE} else MIXED
        self.holds = frozenset().union(*(holds(v) for v in self.members))
        self.leader_ok = any(v.adult and (v.leader_ok or v.experience > 0) for v in self.members)
        self.districts = frozenset(v.preferred_district for v in self.members if v.preferred_district)

    @property
    def free(self) -> bool:
        return self.team is None


@dataclass(eq=False, slots=True)
class Flex:
    """A group larger than every need, cut into cells (one adult and the minors in their care).

    Any cells may make up a part, as long as the group spans at most ``parts`` teams (rule 2).
    """

    parts: int
    cells: list[Unit] = field(default_factory=list)

    def teams(self) -> set:
        return {c.team for c in self.cells if c.team is not None}

    def allows(self, need_id: object) -> bool:
        teams = self.teams()
        return need_id in teams or len(teams) < self.parts

    def free_size(self) -> int:
        return sum(c.size for c in self.cells if c.team is None)


def fits_gender(need: OpenNeed, unit: Unit) -> bool:
    if need.gender_preference == GenderPreference.WOMEN_ONLY:
        return unit.gender == WOMEN
    if need.gender_preference == GenderPreference.MEN_ONLY:
        return unit.gender == MEN
    return True


def make_units(p: Pool) -> list[Unit]:
    units: list[Unit] = []
    for v in p.placeable:
        if v.group_id is None:
            units.append(Unit((v,), len(units)))
    for group_id, members in p.group_members.items():
        parts = p.parts_allowed(group_id)
        if parts == 1:
            units.append(Unit(members, len(units)))
            continue
        flex = Flex(parts)
        for cell in cells(members, p.largest_headcount):
            unit = Unit(cell, len(units), flex=flex)
            flex.cells.append(unit)
            units.append(unit)
    return units


def cells(members: tuple[Candidate, ...], largest: int) -> list[tuple[Candidate, ...]]:
    """Each adult alone, the minors shared out among the adults (rule 5), no cell above ``largest``.

    Minors for whom no adult has room stay out (and are reported unplaced).
    """
    adults = [v for v in members if v.adult]
    out: list[list[Candidate]] = [[a] for a in adults]
    for v in (v for v in members if not v.adult):
        room = [c for c in out if len(c) < largest]
        if room:
            min(room, key=len).append(v)
    return [tuple(c) for c in out]
