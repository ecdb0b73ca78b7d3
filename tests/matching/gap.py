"""The greedy against the exact solver: which objective level they first differ on, and by how much."""

from __future__ import annotations

import random
import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from dvc.domain.matching import Instance, Score, propose, score, validate
from tests.matching.exact import solve
from tests.matching.instances import drill_instance, random_instance

LEVELS = ("full 高", "which 高", "full 中", "which 中", "full 低", "which 低", "placed", "wishes")


@dataclass
class Gap:
    instances: int = 0
    same: int = 0
    first_diff: Counter = field(default_factory=Counter)
    needs_short: list[int] = field(default_factory=list)  # fully staffed needs: exact - greedy, all classes
    placed_short: list[int] = field(default_factory=list)
    wishes_short: list[int] = field(default_factory=list)
    greedy_ms: list[float] = field(default_factory=list)
    exact_ms: list[float] = field(default_factory=list)
    unproven: int = 0  # the solver ran out of time: left out of the comparison
    greedy_better: int = 0  # must stay 0: the greedy broke a rule the solver keeps, or the model is wrong

    def add(self, greedy: Score, exact: Score, greedy_s: float, exact_s: float, proven: bool) -> None:
        self.greedy_ms.append(greedy_s * 1000)
        self.exact_ms.append(exact_s * 1000)
        if not proven:
            self.unproven += 1
            return
        self.instances += 1
        g, e = greedy.key(), exact.key()
        self.greedy_better += g > e
        if g == e:
            self.same += 1
        else:
            self.first_diff[next(name for name, a, b in zip(LEVELS, g, e) if a != b)] += 1
        self.needs_short.append(sum(exact.full) - sum(greedy.full))
        self.placed_short.append(exact.placed - greedy.placed)
        self.wishes_short.append(exact.soft - greedy.soft)

    def same_needs_share(self) -> float:
        """Instances where the greedy staffs exactly the exact solver's needs (all levels before 'placed')."""
        return 1 - sum(v for k, v in self.first_diff.items() if k in LEVELS[:6]) / max(1, self.instances)

    def lines(self, title: str) -> list[str]:
        n = max(1, self.instances)
        diff = ", ".join(f"{k} {v}" for k, v in sorted(self.first_diff.items(), key=lambda kv: LEVELS.index(kv[0])))
        return [
            f"{title}: {self.instances} instances, identical objective {self.same / n:.0%}, "
            f"same needs staffed {self.same_needs_share():.0%}; first difference at: {diff or '-'}",
            f"   fully staffed needs short of exact: mean {statistics.fmean(self.needs_short):.2f}, "
            f"max {max(self.needs_short)}; placed short: mean {statistics.fmean(self.placed_short):.2f}; "
            f"wishes short: mean {statistics.fmean(self.wishes_short):.2f}",
            f"   time per instance: greedy median {statistics.median(self.greedy_ms):.1f} ms, "
            f"exact median {statistics.median(self.exact_ms):.0f} ms, max {max(self.exact_ms):.0f} ms"
            + (f" ({self.unproven} more not proven optimal in time, left out)" if self.unproven else ""),
        ]


def measure(instances: Iterable[Instance], *, seconds: float = 20.0) -> Gap:
    gap = Gap()
    for inst in instances:
        t0 = time.perf_counter()
        greedy = propose(inst)
        t1 = time.perf_counter()
        exact, proven = solve(inst, seconds=seconds)
        t2 = time.perf_counter()
        broken = [v for v in validate(exact, inst) if not v.rule.endswith("misreported")]
        assert not broken, broken  # the reference must keep the same rules
        gap.add(score(greedy, inst), score(exact, inst), t1 - t0, t2 - t1, proven)
    return gap


def families(count: int, *, drill_people: int = 30, drill_needs: int = 8) -> dict[str, Callable[[], Iterable[Instance]]]:
    """The instance families compared: rule stress with small groups, with groups larger than every need, drill-like."""
    return {
        "stress, groups <= 3": lambda: (random_instance(random.Random(s), 20, 6, max_group=3, locks=s % 2)
                                        for s in range(count)),
        "stress, groups up to 8 (> every need)": lambda: (random_instance(random.Random(s), 20, 6, max_group=8,
                                                                          locks=s % 2) for s in range(count)),
        "drill-like": lambda: (drill_instance(drill_people, drill_needs, seed=s) for s in range(count)),
    }
