"""The greedy against an exact CP-SAT solution on small instances (the figures themselves: the matching bench)."""

from __future__ import annotations

import pytest

pytest.importorskip("ortools")

from tests.matching.gap import families, measure  # noqa: E402

FAMILIES = families(12, drill_people=20, drill_needs=5)


@pytest.mark.parametrize("name, floor", [
    ("stress, groups <= 3", 0.85),
    ("stress, groups up to 8 (> every need)", 0.7),
    ("drill-like", 0.9),
])
def test_greedy_staffs_the_same_needs_as_the_exact_solver_on_most_instances(name, floor):
    gap = measure(FAMILIES[name](), seconds=3)
    print("\n".join(gap.lines(name)))
    assert gap.instances >= 10, gap.lines(name)  # enough solved to mean something
    assert gap.greedy_better == 0, gap.lines(name)
    assert gap.same_needs_share() >= floor, gap.lines(name)
