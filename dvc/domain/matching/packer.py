"""Free units indexed for fast team building: by gender class and size, by what they hold, by wished district.

Lists are never pruned while the proposal is built; a unit that has joined a
team is skipped when met (``Unit.free``), so taking one costs nothing.
"""

from __future__ import annotations

from collections import Counter, defaultdict
import random
from collections.abc import Iterable, Iterator

from dvc.domain.matching.model import Id, OpenNeed
from dvc.domain.matching.units import MEN, MIXED, WOMEN, Unit, fits_gender
from dvc.domain.vocab import GenderPreference


class Packer:
    def __init__(self, units: list[Unit], needs: Iterable[OpenNeed]) -> None:
        needs = list(needs)
        self.units = units
        demand = Counter(r for n in needs for r in n.requirements)
        supply = Counter(r for u in units for r in u.holds if r in demand)
        # How much a holder is wanted elsewhere: needs asking per unit holding it.
        self.scarcity = {r: demand[r] / supply[r] for r in supply}
        self.unit_of: dict[Id, Unit] = {v.id: u for u in units for v in u.members}
        self.holders: dict[str, list[Unit]] = defaultdict(list)
        for u in units:
            for r in u.holds:
                if r in self.scarcity:
                    self.holders[r].append(u)
        self.plain_by_district: dict[str, list[Unit]] = defaultdict(list)
        self._buckets: dict[tuple[str, int, bool], list[Unit]] = defaultdict(list)
        self._special: list[Unit] = []
        self.largest = max((u.size for u in units), default=0)
        self.flex = list({id(u.flex): u.flex for u in units if u.flex is not None}.values())
        for u in sorted(units, key=lambda u: u.index, reverse=True):  # stacks: pop() gives the lowest index
            if self.value(u):
                self._special.append(u)
                continue
            if u.flex is not None:
                continue  # cells are taken group by group (take_cells), not one by one
            self._buckets[(u.gender, u.size, u.leader_ok)].append(u)
            for d in u.districts:
                self.plain_by_district[d].append(u)
        self._special.sort(key=self.value, reverse=True)  # pop() gives the least wanted holder first
        self._any_order = self._gender_order(units, needs)

    def value(self, unit: Unit, need: OpenNeed | None = None) -> float:
        """What using ``unit`` costs other needs: the scarcity of what it holds that ``need`` does not ask for."""
        asked = need.requirements if need is not None else frozenset()
        return sum(self.scarcity.get(r, 0.0) for r in unit.holds if r not in asked)

    def _gender_order(self, units: list[Unit], needs: list[OpenNeed]) -> tuple[str, ...]:
        """Gender classes in the order a need open to anyone should use them: the least wanted by 女性のみ/男性のみ first."""
        people = Counter()
        for u in units:
            people[u.gender] += u.size
        asked = Counter()
        for n in needs:
            if n.gender_preference == GenderPreference.WOMEN_ONLY:
                asked[WOMEN] += n.headcount
            elif n.gender_preference == GenderPreference.MEN_ONLY:
                asked[MEN] += n.headcount
        self.pressure = {g: asked[g] / max(1, people[g]) for g in (WOMEN, MEN)}
        self.pressure[MIXED] = 0.0
        return (MIXED, *sorted((WOMEN, MEN), key=self.pressure.__getitem__))

    def gender_cost(self, unit: Unit, need: OpenNeed) -> float:
        """What a need open to anyone costs 女性のみ/男性のみ needs by taking this unit."""
        return 0.0 if need.gender_preference != GenderPreference.ANY else self.pressure[unit.gender] * unit.size

    def classes_for(self, need: OpenNeed) -> tuple[str, ...]:
        if need.gender_preference == GenderPreference.WOMEN_ONLY:
            return (WOMEN,)
        if need.gender_preference == GenderPreference.MEN_ONLY:
            return (MEN,)
        return self._any_order

    def take_plain(self, need: OpenNeed, room: int, *, leader_ok: bool | None = None,
                   rng: random.Random | None = None) -> Unit | None:
        """The largest free plain unit that fits ``room`` (leader_ok None: either kind, plain ones first).

        With ``rng``, sometimes a smaller size first: the ruin-and-recreate steps need other packings to try.
        """
        kinds = (False, True) if leader_ok is None else (leader_ok,)
        top = min(room, self.largest)
        sizes = range(top, 0, -1)
        if rng is not None and top > 1 and rng.random() < 0.5:
            start = rng.randint(1, top)
            sizes = [*range(start, 0, -1), *range(top, start, -1)]
        for size in sizes:
            for g in self.classes_for(need):
                for kind in kinds:
                    stack = self._buckets.get((g, size, kind))
                    while stack:
                        if stack[-1].free:
                            return stack.pop()
                        stack.pop()
        return None

    def usable(self, unit: Unit, need: OpenNeed, room: int) -> bool:
        return (unit.free and unit.size <= room and fits_gender(need, unit)
                and (unit.flex is None or unit.flex.allows(need.id)))

    def take_cells(self, need: OpenNeed, room: int, chosen: list[Unit]) -> list[Unit]:
        """Plain cells of one large group: of a group already in the team, else a big enough share of one.

        A group joins a team only with at least its fair share (what is left of
        it over the parts it has left), so the rest can still be placed whole.
        """
        here = {id(u.flex) for u in chosen if u.flex is not None}
        for flex in sorted(self.flex, key=lambda f: (id(f) not in here, -f.free_size())):
            if not flex.allows(need.id):
                continue
            free = sorted((c for c in flex.cells if c.free and fits_gender(need, c) and not self.value(c)),
                          key=lambda c: -c.size)
            take, left = [], room
            for c in free:
                if c.size <= left:
                    take.append(c)
                    left -= c.size
            share = -(-flex.free_size() // max(1, flex.parts - len(flex.teams())))
            if take and (id(flex) in here or room - left >= min(share, room)):
                return take
        return []

    def take_special(self, need: OpenNeed, room: int) -> Unit | None:
        """The least wanted holder that fits: the last resort once plain volunteers have run out."""
        best = None
        for u in self._special:
            if self.usable(u, need, room):
                if best is None or self.value(u, need) < self.value(best, need):
                    best = u
        return best

    def give_back(self, unit: Unit) -> None:
        """A unit freed again: back on its stack (the stacks of plain units are the only lists that pop)."""
        if not self.value(unit) and unit.flex is None:
            self._buckets[(unit.gender, unit.size, unit.leader_ok)].append(unit)

    def compact(self) -> None:
        self._special = [u for u in self._special if u.free]

    def free_holders(self, requirement: str) -> Iterator[Unit]:
        return (u for u in self.holders.get(requirement, ()) if u.free)

    def usable_holders(self, requirement: str, need: OpenNeed, room: int) -> Iterator[Unit]:
        return (u for u in self.holders.get(requirement, ()) if self.usable(u, need, room))

    def free_units(self) -> Iterator[Unit]:
        return (u for u in self.units if u.free)
