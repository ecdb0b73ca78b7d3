"""Building teams need by need in the objective's order, with scarce skills and vehicles kept for who asks for them.

Stage 1 fully staffs as many needs as it can, priority class by class; stage 2
gives the volunteers still free to the needs still short (a partial team still
helps, and rule 3 holds for it too).
"""

from __future__ import annotations

import random
from collections.abc import Iterable

from dvc.domain.matching.model import Id, OpenNeed
from dvc.domain.matching.packer import Packer
from dvc.domain.matching.rules import priority_rank
from dvc.domain.matching.units import Unit, fits_gender
from dvc.domain.vocab import GenderPreference

Teams = dict[Id, list[Unit]]


def soft_gain(unit: Unit, need: OpenNeed) -> int:
    """Soft wishes a unit meets at a need: members back at their 継続 need, members in their wished district."""
    gain = 0
    for v in unit.members:
        if need.continuing and v.id in need.previous_member_ids:
            gain += 1
        if need.district and v.preferred_district == need.district:
            gain += 1
    return gain


def build_team(packer: Packer, need: OpenNeed, *, full: bool, rng: random.Random | None = None,
               first: Unit | None = None) -> list[Unit] | None:
    """Units for ``need``, claimed, or None (nothing claimed) when no team can be made.

    ``full``: only a team of exactly the headcount will do. ``rng``: vary the
    choices (for the ruin-and-recreate steps); without it the best guess is taken.
    ``first``: a free unit to build the team around.
    """
    chosen: list[Unit] = []
    room = need.headcount
    missing = set(need.requirements)
    if first is not None and packer.usable(first, need, room):
        room = _add(packer, chosen, first, room, need)
        missing -= first.holds
    while missing:
        best, best_key = None, None
        for r in sorted(missing):  # sorted: string sets iterate in a per-process order
            for u in packer.usable_holders(r, need, room):
                key = (-len(u.holds & missing), packer.value(u, need) + packer.gender_cost(u, need),
                       -soft_gain(u, need), u.size, rng.random() if rng else u.index)
                if best_key is None or key < best_key:
                    best, best_key = u, key
        if best is None:
            _release(packer, chosen)
            return None
        room = _add(packer, chosen, best, room, need)
        missing -= best.holds
    room = _fill_wished(packer, need, chosen, room)
    if room and (rng is None or rng.random() < 0.7):
        for cell in packer.take_cells(need, room, chosen):
            room = _add(packer, chosen, cell, room, need)
    while room:
        if rng is not None and rng.random() < 0.2:
            u = packer.take_special(need, room, rng) or packer.take_plain(need, room, rng=rng)
        else:
            u = packer.take_plain(need, room, rng=rng) or packer.take_special(need, room, rng)
        if u is None:
            cells = packer.take_cells(need, room, chosen)
            if not cells:
                break
            for cell in cells:
                room = _add(packer, chosen, cell, room, need)
            continue
        room = _add(packer, chosen, u, room, need)
    if not chosen or (full and room):
        _release(packer, chosen)
        return None
    _prefer_leader(packer, need, chosen)
    return chosen


def _prefer_leader(packer: Packer, need: OpenNeed, chosen: list[Unit]) -> None:
    """Rule 7 prefers リーダー可 or experience: with neither in the team, trade a plain single for such a one.

    Done after packing, so reserving a leader never spoils an exact fit.
    """
    if any(u.leader_ok for u in chosen):
        return
    single = next((u for u in chosen if u.size == 1 and u.flex is None and not packer.value(u)
                   and not soft_gain(u, need)), None)
    if single is None:
        return
    leader = packer.take_plain(need, 1, leader_ok=True)
    if leader is not None:
        chosen.remove(single)
        packer.release(single)
        _add(packer, chosen, leader, 1, need)


def _add(packer: Packer, chosen: list[Unit], unit: Unit | None, room: int, need: OpenNeed) -> int:
    if unit is None:
        return room
    packer.claim(unit, need.id)
    chosen.append(unit)
    return room - unit.size


def _release(packer: Packer, chosen: list[Unit]) -> None:
    """Undo a failed attempt."""
    for u in chosen:
        packer.release(u)


def _fill_wished(packer: Packer, need: OpenNeed, chosen: list[Unit], room: int) -> int:
    """Plain units wanting this need first: previous members of a 継続 need, then those wishing its district."""
    wished: list[Unit] = []
    if need.continuing:
        wished += sorted((packer.unit_of[v] for v in need.previous_member_ids if v in packer.unit_of),
                         key=lambda u: u.index)
    wished += list(packer.plain_by_district.get(need.district, ())) if need.district else ()
    for u in wished:
        if not room:
            break
        if packer.usable(u, need, room) and not packer.value(u, need):
            room = _add(packer, chosen, u, room, need)
    return room


def commit(packer: Packer, teams: Teams, need: OpenNeed, units: list[Unit]) -> None:
    for u in units:
        packer.claim(u, need.id)
    teams.setdefault(need.id, []).extend(units)


def staff_fully(packer: Packer, needs: list[OpenNeed], teams: Teams) -> None:
    """Stage 1: class by class, the most needs fully staffed, the oldest preferred among as many."""
    for rank in (0, 1, 2):
        group = [n for n in needs if priority_rank(n) == rank and n.id not in teams]
        free_people = sum(u.size for u in packer.free_units())
        targets = _targets(group, free_people)
        hard_first = sorted(targets, key=lambda n: (not (n.requirements or n.gender_preference != GenderPreference.ANY),
                                                    n.received_at, n.code))
        for need in hard_first:
            _try(packer, need, teams, full=True)
        for need in sorted((n for n in group if n.id not in teams), key=lambda n: (n.headcount, n.received_at)):
            _try(packer, need, teams, full=True)


def _try(packer: Packer, need: OpenNeed, teams: Teams, *, full: bool) -> bool:
    units = build_team(packer, need, full=full)
    if units is None:
        return False
    commit(packer, teams, need, units)
    return True


def _targets(group: list[OpenNeed], people: int) -> list[OpenNeed]:
    """The needs to staff when people are short: as many as can be, the oldest among equally many.

    Exact when volunteers are interchangeable: ``k`` is the most needs whose
    headcounts fit in ``people`` (smallest first); then, oldest first, a need
    is kept if the smallest remaining needs can still make up ``k``.
    """
    if sum(n.headcount for n in group) <= people:
        return list(group)
    sizes = sorted(n.headcount for n in group)
    k, used = 0, 0
    for s in sizes:
        if used + s > people:
            break
        k, used = k + 1, used + s
    by_age = sorted(group, key=lambda n: (n.received_at, n.code))
    later = sorted(n.headcount for n in by_age)  # multiset of headcounts not yet decided
    chosen: list[OpenNeed] = []
    used = 0
    for need in by_age:
        later.remove(need.headcount)
        still = k - len(chosen) - 1
        if still < 0:
            break
        if used + need.headcount + sum(later[:still]) <= people and len(later) >= still:
            chosen.append(need)
            used += need.headcount
    return chosen


def staff_partly(packer: Packer, needs: Iterable[OpenNeed], teams: Teams) -> None:
    """Stage 2: volunteers still free go to needs still short, in the objective's order."""
    for need in needs:
        if need.id in teams:
            continue
        _try(packer, need, teams, full=False)
