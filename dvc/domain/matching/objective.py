"""The objective, measured on a proposal: what the algorithm and the exact solver in the tests are compared on."""

from __future__ import annotations

from typing import NamedTuple

from dvc.domain.matching.model import Instance, Proposal
from dvc.domain.matching.rules import priority_rank


class Score(NamedTuple):
    full: tuple[int, int, int]  # needs fully staffed: 高, 中, 低
    oldest: tuple[tuple[int, ...], ...]  # per class, 1 for each fully staffed need, oldest receipt first
    placed: int  # volunteers in a team
    soft: int  # wishes met: a member back at their 継続 need, a member in their wished district

    def key(self) -> tuple:
        """Lexicographic: each class's count, then which of its needs (the oldest first), then people, then wishes."""
        f, o = self.full, self.oldest
        return f[0], o[0], f[1], o[1], f[2], o[2], self.placed, self.soft


def score(proposal: Proposal, instance: Instance) -> Score:
    people = {v.id: v for v in instance.volunteers}
    sizes = {t.need_id: len(t.member_ids) for t in proposal.teams}
    full = [0, 0, 0]
    oldest: list[list[int]] = [[], [], []]
    for need in sorted(instance.needs, key=lambda n: (n.received_at, n.code)):
        done = int(sizes.get(need.id, 0) >= need.headcount)
        rank = priority_rank(need)
        full[rank] += done
        oldest[rank].append(done)
    needs = {n.id: n for n in instance.needs}
    soft = 0
    for team in proposal.teams:
        need = needs[team.need_id]
        for vid in team.member_ids:
            v = people[vid]
            soft += need.continuing and vid in need.previous_member_ids
            soft += bool(need.district) and v.preferred_district == need.district
    placed = sum(len(t.member_ids) for t in proposal.teams)
    return Score(tuple(full), tuple(tuple(o) for o in oldest), placed, soft)
