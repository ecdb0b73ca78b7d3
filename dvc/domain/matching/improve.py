"""Ruin and recreate: a few teams are taken apart and rebuilt in another order; kept only if the objective is no worse.

The greedy stages decide need by need and cannot take back a scarce holder or
a group placed early; this repairs that. Each step touches a handful of
needs, so the objective is compared on those needs alone (the others are
unchanged, so the lexicographic comparison is the same as on the whole).
The random steps come from a fixed seed and the work from a step budget, so
the same instance always gets the same proposal. The time guard counts this
process's CPU time, not the wall clock, so other programs busy on the laptop
do not change the answer (it only binds on a machine far slower than ours).
"""

from __future__ import annotations

import bisect
import random
import time

from dvc.domain.matching.greedy import Teams, build_team, commit, soft_gain
from dvc.domain.matching.model import Id, OpenNeed
from dvc.domain.matching.packer import Packer
from dvc.domain.matching.rules import priority_rank
from dvc.domain.matching.units import Unit, fits_gender

TEAMS_PER_STEP = 4
STRANDED_SHARE = 0.3  # steps that start from a unit left over rather than from a short need


def improve(packer: Packer, order: list[OpenNeed], teams: Teams, *, steps: int, seconds: float,
            seed: int = 0) -> int:
    """Up to ``steps`` ruin-and-recreate steps within ``seconds``; returns the steps kept."""
    if not order:
        return 0
    rng = random.Random(seed)
    needs = {n.id: n for n in order}
    age = {n.id: (n.received_at, n.code) for n in order}
    holders_of = packer.all_holders
    stop = time.process_time() + seconds
    kept = 0
    position = {n.id: i for i, n in enumerate(order)}
    short = [i for i, n in enumerate(order) if _size(teams, n.id) < n.headcount]  # sorted positions in order
    for step in range(steps):
        if step % 32 == 0 and time.process_time() > stop:
            break
        if step % 32 == 0:
            stranded = [u for u in packer.units if u.team is None]
        # With every need full only the wishes can still gain: any need may then be taken apart.
        target = order[short[_pick(rng, len(short))]] if short else rng.choice(order)
        seed_unit = None
        if stranded and rng.random() < STRANDED_SHARE:
            # A unit left over, often a group that fits few needs: rebuild a need around it.
            seed_unit = rng.choice(stranded)
            hosts = [n for n in order if n.headcount >= seed_unit.size and fits_gender(n, seed_unit)]
            if hosts:
                target = rng.choice(hosts)
        area = {target.id: None}  # an ordered set: a set of ids would iterate differently in each process
        for r in sorted(target.requirements):
            busy = [u.team for u in holders_of.get(r, ()) if u.team is not None and u.team != target.id]
            if busy:
                area[rng.choice(busy)] = None
        while len(area) < min(TEAMS_PER_STEP, len(order)):
            area[rng.choice(list(teams)) if teams and rng.random() < 0.5 else rng.choice(order).id] = None
        chosen = [needs[nid] for nid in area]
        before = _key(chosen, teams, age)
        saved = {nid: teams.pop(nid) for nid in area if nid in teams}
        for units in saved.values():
            _free(packer, units)
        rng.shuffle(chosen)
        chosen.sort(key=priority_rank)
        for full in (True, False):
            for need in chosen:
                if need.id not in teams:
                    first = seed_unit if need is target else None
                    units = build_team(packer, need, full=full, rng=rng, first=first)
                    if units is not None:
                        commit(packer, teams, need, units)
        if _key(chosen, teams, age) >= before:
            kept += 1
        else:
            for need in chosen:
                _free(packer, teams.pop(need.id, ()))
            for nid, units in saved.items():
                commit(packer, teams, needs[nid], units)
        for need in chosen:
            i = position[need.id]
            at = bisect.bisect_left(short, i)
            listed = at < len(short) and short[at] == i
            if _size(teams, need.id) < need.headcount:
                if not listed:
                    short.insert(at, i)
            elif listed:
                del short[at]
    return kept


def _pick(rng: random.Random, count: int) -> int:
    """Which of ``count`` short needs (in the objective's order): the higher classes and older receipts more often."""
    return min(int(rng.expovariate(1.0) * max(1, count // 8)), count - 1)


def _size(teams: Teams, need_id: Id) -> int:
    return sum(u.size for u in teams.get(need_id, ()))


def _free(packer: Packer, units: list[Unit]) -> None:
    for u in units:
        packer.release(u)


def _key(chosen: list[OpenNeed], teams: Teams, age: dict) -> tuple:
    """The objective's key restricted to ``chosen`` (see objective.Score.key)."""
    by_class: list[list[OpenNeed]] = [[], [], []]
    for n in chosen:
        by_class[priority_rank(n)].append(n)
    key: list = []
    placed = soft = 0
    for group in by_class:
        group.sort(key=lambda n: age[n.id])
        done = tuple(int(_size(teams, n.id) >= n.headcount) for n in group)
        key += [sum(done), done]
    for n in chosen:
        for u in teams.get(n.id, ()):
            placed += u.size
            soft += soft_gain(u, n)
    return (*key, placed, soft)
