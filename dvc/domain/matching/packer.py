"""Free units indexed for fast team building: by gender class and size, by what they hold, by wished district.

Every claim and release goes through ``claim``/``release`` so the indexes hold
free units only (the size stacks are the exception: they pop lazily, skipping
units met taken).
"""

from __future__ import annotations

import bisect
import random
from collections import Counter, defaultdict
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
        self._value = [sum(self.scarcity.get(r, 0.0) for r in sorted(u.holds)) for u in units]
        self.unit_of: dict[Id, Unit] = {v.id: u for u in units for v in u.members}
        # Ordered sets (dicts), so the order of a proposal never depends on object addresses.
        self.holders: dict[str, dict[Unit, None]] = defaultdict(dict)
        self.plain_by_district: dict[str, dict[Unit, None]] = defaultdict(dict)
        self._buckets: dict[tuple[str, int, bool], list[Unit]] = defaultdict(list)
        self._special: list[Unit] = []
        self.largest = max((u.size for u in units), default=0)
        self.flex = list({id(u.flex): u.flex for u in units if u.flex is not None}.values())
        for u in units:
            self._index(u)
        self.all_holders = {r: list(us) for r, us in self.holders.items()}  # taken or not
        for stack in self._buckets.values():
            stack.reverse()  # pop() gives the lowest index first
        self._special.sort(key=self._special_order)
        self._pressure, self._any_order = self._gender_order(units, needs)

    def _index(self, u: Unit) -> None:
        for r in u.holds:
            if r in self.scarcity:
                self.holders[r][u] = None
        if self._value[u.index]:
            self._special.append(u)
        elif u.flex is None:  # cells are taken group by group (take_cells), not one by one
            self._buckets[(u.gender, u.size, u.leader_ok)].append(u)
            for d in u.districts:
                self.plain_by_district[d][u] = None

    def claim(self, u: Unit, need_id: Id) -> None:
        u.team = need_id
        for r in u.holds:
            self.holders[r].pop(u, None) if r in self.scarcity else None
        for d in u.districts:
            self.plain_by_district[d].pop(u, None)

    def release(self, u: Unit) -> None:
        u.team = None
        for r in u.holds:
            if r in self.scarcity:
                self.holders[r][u] = None
        if self._value[u.index]:
            if u not in self._special:
                bisect.insort(self._special, u, key=self._special_order)
        elif u.flex is None:
            self._buckets[(u.gender, u.size, u.leader_ok)].append(u)
            for d in u.districts:
                self.plain_by_district[d][u] = None

    def _special_order(self, unit: Unit) -> tuple[float, int]:
        # The least wanted holders first; among equally wanted, groups before singles (they fit fewer needs).
        return self._value[unit.index], -unit.size

    def value(self, unit: Unit, need: OpenNeed | None = None) -> float:
        """What using ``unit`` costs other needs: the scarcity of what it holds that ``need`` does not ask for."""
        base = self._value[unit.index]
        if need is None or not base or not need.requirements:
            return base
        return base - sum(self.scarcity.get(r, 0.0) for r in sorted(unit.holds & need.requirements))

    def _gender_order(self, units: list[Unit], needs: list[OpenNeed]) -> tuple[dict[str, float], tuple[str, ...]]:
        """How wanted each gender class is by 女性のみ/男性のみ needs, and the order open needs use them (least wanted first)."""
        people: Counter = Counter()
        for u in units:
            people[u.gender] += u.size
        asked: Counter = Counter()
        for n in needs:
            if n.gender_preference == GenderPreference.WOMEN_ONLY:
                asked[WOMEN] += n.headcount
            elif n.gender_preference == GenderPreference.MEN_ONLY:
                asked[MEN] += n.headcount
        pressure = {g: asked[g] / max(1, people[g]) for g in (WOMEN, MEN)}
        pressure[MIXED] = 0.0
        return pressure, (MIXED, *sorted((WOMEN, MEN), key=pressure.__getitem__))

    def gender_cost(self, unit: Unit, need: OpenNeed) -> float:
        """What a need open to anyone costs 女性のみ/男性のみ needs by taking this unit."""
        return 0.0 if need.gender_preference != GenderPreference.ANY else self._pressure[unit.gender] * unit.size

    def classes_for(self, need: OpenNeed) -> tuple[str, ...]:
        if need.gender_preference == GenderPreference.WOMEN_ONLY:
            return (WOMEN,)
        if need.gender_preference == GenderPreference.MEN_ONLY:
            return (MEN,)
        return self._any_order

    def usable(self, unit: Unit, need: OpenNeed, room: int) -> bool:
        return (unit.team is None and unit.size <= room and fits_gender(need, unit)
                and (unit.flex is None or unit.flex.allows(need.id)))

    def take_plain(self, need: OpenNeed, room: int, *, leader_ok: bool | None = None,
                   rng: random.Random | None = None) -> Unit | None:
        """The largest free plain unit that fits ``room`` (leader_ok None: either kind, plain ones first).

        With ``rng``, sometimes a smaller size first: the ruin-and-recreate steps need other packings to try.
        """
        kinds = (False, True) if leader_ok is None else (leader_ok,)
        top = min(room, self.largest)
        sizes: Iterable[int] = range(top, 0, -1)
        if rng is not None and top > 1 and rng.random() < 0.5:
            start = rng.randint(1, top)
            sizes = [*range(start, 0, -1), *range(top, start, -1)]
        for size in sizes:
            for g in self.classes_for(need):
                for kind in kinds:
                    stack = self._buckets.get((g, size, kind))
                    while stack:
                        u = stack.pop()
                        if u.team is None:
                            return u
        return None

    def take_cells(self, need: OpenNeed, room: int, chosen: list[Unit]) -> list[Unit]:
        """Plain cells of one large group: of a group already in the team, else a big enough share of one.

        A group joins a team only with at least its fair share (what is left of
        it over the parts it has left), so the rest can still be placed whole.
        """
        here = {id(u.flex) for u in chosen if u.flex is not None}
        for flex in sorted(self.flex, key=lambda f: (id(f) not in here, -f.free_size())):
            if not flex.allows(need.id):
                continue
            free = sorted((c for c in flex.cells if c.team is None and fits_gender(need, c) and not self.value(c)),
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

    def take_special(self, need: OpenNeed, room: int, rng: random.Random | None = None) -> Unit | None:
        """The least wanted holder that fits: the last resort once plain volunteers have run out.

        With ``rng``, one of the three least wanted, for the ruin-and-recreate steps to try others.
        """
        self._special = [u for u in self._special if u.team is None]
        fitting = (u for u in self._special if self.usable(u, need, room))
        if rng is None:
            return next(fitting, None)
        first = [u for u, _ in zip(fitting, range(3))]
        return rng.choice(first) if first else None

    def usable_holders(self, requirement: str, need: OpenNeed, room: int) -> Iterator[Unit]:
        return (u for u in self.holders.get(requirement, ()) if self.usable(u, need, room))

    def free_units(self) -> Iterator[Unit]:
        return (u for u in self.units if u.team is None)
