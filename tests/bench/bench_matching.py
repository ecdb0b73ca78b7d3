"""Matching: 3,000 checked-in volunteers (with groups) x 800 open needs -> proposal (goal <= 1 s), and quality.

Run: .venv/bin/python -m tests.bench matching  (DVC_BENCH_QUICK=1: the full-size figures only)
Quality: the greedy against exact CP-SAT solutions of small instances (needs the test extra's ortools), and at
full size against a bound no proposal can beat (per priority class: the most needs whose headcounts fit in the
people left, ignoring skills, vehicles, genders and groups).
"""

from __future__ import annotations

import os
import statistics
from collections import Counter
import time

from dvc.domain.matching import Instance, propose, score, validate
from dvc.domain.matching.rules import pool, priority_rank
from tests.matching.instances import drill_instance

SEEDS = (1, 2, 3)
RUNS = 3


def bound(inst: Instance) -> tuple[int, int, int]:
    """Per class, the most needs that could be fully staffed if volunteers were interchangeable."""
    people = len(pool(inst).placeable)
    out = []
    for rank in (0, 1, 2):
        k = 0
        for h in sorted(n.headcount for n in inst.needs if priority_rank(n) == rank):
            if h > people:
                break
            people, k = people - h, k + 1
        out.append(k)
    return tuple(out)


def full_size() -> None:
    for seed in SEEDS:
        inst = drill_instance(3000, 800, seed)
        walls, cpus = [], []
        for _ in range(RUNS):
            w, c = time.perf_counter(), time.process_time()
            proposal = propose(inst)
            walls.append(time.perf_counter() - w)
            cpus.append(time.process_time() - c)
        greedy_only = propose(inst, steps_per_need=0)
        broken = validate(proposal, inst)
        s, g = score(proposal, inst), score(greedy_only, inst)
        groups = len({v.group_id for v in inst.volunteers if v.group_id is not None})
        demand = sum(n.headcount for n in inst.needs)
        print(f"seed {seed}: {len(inst.volunteers)} volunteers ({groups} groups, {len(pool(inst).placeable)} "
              f"placeable), {len(inst.needs)} needs asking {demand}")
        print(f"   proposal: median {statistics.median(walls) * 1000:.0f} ms wall (best {min(walls) * 1000:.0f}), "
              f"{statistics.median(cpus) * 1000:.0f} ms CPU; rule violations: {len(broken)}")
        print(f"   fully staffed 高/中/低: {s.full} of {_counts(inst)}; bound {bound(inst)}; placed {s.placed}; "
              f"wishes met {s.soft}")
        print(f"   greedy stages alone: {g.full}, placed {g.placed}, wishes {g.soft}")
        needs = {n.id: n for n in inst.needs}
        why = Counter((priority_rank(needs[u.need_id]), u.reasons[0].key) for u in proposal.unfilled)
        for rank, name in enumerate("高中低"):
            listed = ", ".join(f"{k} {v}" for (r, k), v in why.most_common() if r == rank)
            print(f"   not full {name}: {listed or '-'}")


def _counts(inst: Instance) -> tuple[int, int, int]:
    return tuple(sum(priority_rank(n) == r for n in inst.needs) for r in (0, 1, 2))


def quality() -> None:
    try:
        from tests.matching.gap import families, measure
    except ImportError:
        print("quality: ortools is not installed (pip install -e '.[test]'); skipped")
        return
    for name, make in families(40, drill_people=24, drill_needs=6).items():
        print("\n".join(measure(make(), seconds=10).lines(name)), flush=True)


def main() -> None:
    full_size()
    if not os.environ.get("DVC_BENCH_QUICK"):
        quality()


if __name__ == "__main__":
    main()
