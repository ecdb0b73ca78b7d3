"""Soft wishes last: swap equal-sized units between teams when more people get their district or their 継続 need.

A swap keeps every team's size, so full teams stay full and the placed count
stays; it is made only if both teams still meet their needs' rules.
"""

from __future__ import annotations

from collections import defaultdict

from dvc.domain.matching.greedy import Teams, soft_gain
from dvc.domain.matching.model import OpenNeed
from dvc.domain.matching.packer import Packer
from dvc.domain.matching.units import Unit, fits_gender


def grant_wishes(packer: Packer, order: list[OpenNeed], teams: Teams) -> int:
    """Swaps made."""
    needs = {n.id: n for n in order}
    by_district: dict[str, list[OpenNeed]] = defaultdict(list)
    wanted_by: dict[Unit, list[OpenNeed]] = defaultdict(list)
    for n in order:
        if n.district:
            by_district[n.district].append(n)
        if n.continuing:
            for vid in n.previous_member_ids:
                if vid in packer.unit_of:
                    wanted_by[packer.unit_of[vid]].append(n)
    swaps = 0
    for u in packer.units:
        if u.flex is not None or not (u.districts or u in wanted_by):
            continue
        wished = list(wanted_by.get(u, ()))
        here = needs.get(u.team) if u.team is not None else None
        if here is None or here.district not in u.districts:  # else another need there gains nothing
            wished += [n for d in sorted(u.districts) for n in by_district[d]]
        for w in wished:
            here = needs.get(u.team) if u.team is not None else None
            if here is w or not fits_gender(w, u) or w.id not in teams:
                continue
            if soft_gain(u, w) <= (soft_gain(u, here) if here is not None else 0):
                continue
            partner = _partner(u, here, w, teams)
            if partner is not None:
                _swap(packer, u, here, partner, w, teams)
                swaps += 1
    return swaps


def _partner(u: Unit, here: OpenNeed | None, w: OpenNeed, teams: Teams) -> Unit | None:
    """A unit of ``w``'s team that can take ``u``'s place, for a net gain of wishes."""
    team = teams.get(w.id, ())
    mine = teams.get(here.id, ()) if here is not None else ()
    for x in team:
        if x.size != u.size or x.flex is not None or (here is not None and not fits_gender(here, x)):
            continue
        gain = soft_gain(u, w) - soft_gain(x, w)
        if here is not None:
            gain += soft_gain(x, here) - soft_gain(u, here)
        if gain <= 0:
            continue
        if not _covered(w, [y for y in team if y is not x] + [u]):
            continue
        if here is not None and not _covered(here, [y for y in mine if y is not u] + [x]):
            continue
        return x
    return None


def _covered(need: OpenNeed, units: list[Unit]) -> bool:
    held = set()
    for y in units:
        held |= y.holds
    return need.requirements <= held


def _swap(packer: Packer, u: Unit, here: OpenNeed | None, x: Unit, w: OpenNeed, teams: Teams) -> None:
    teams[w.id].remove(x)
    teams[w.id].append(u)
    if here is not None:
        teams[here.id].remove(u)
        teams[here.id].append(x)
    packer.release(x)
    if here is not None:
        packer.claim(x, here.id)
    packer.claim(u, w.id)
