"""Small whole numbers in place of UUIDs while the domain's matching works, and the UUIDs back in its answer.

The algorithm and its checker hash and compare ids hundreds of thousands of
times on a 3,000-person day; a UUID's hash and equality are Python code, an
int's are not (measured: the greedy stages 0.20 s -> 0.11 s).
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import replace

from dvc.domain.matching import Instance, Lock, Proposal, ProposedTeam, UnfilledNeed, UnplacedVolunteer, Violation


class Ids:
    """One numbering for volunteers, groups and needs (UUIDs never collide across tables)."""

    def __init__(self) -> None:
        self._number: dict[Hashable, int] = {}
        self._ids: list[Hashable] = []
        # id(record) -> (record, numbered copy): a numbering kept between reads (day_facts) copies each once.
        self._copies: dict[int, tuple[object, object]] = {}

    def _copy(self, record, make):  # noqa: ANN001, ANN202
        kept = self._copies.get(id(record))
        if kept is not None and kept[0] is record:
            return kept[1]
        numbered = make(record)
        self._copies[id(record)] = (record, numbered)
        return numbered

    def to(self, x: Hashable | None) -> int | None:
        if x is None:
            return None
        n = self._number.get(x)
        if n is None:
            n = self._number[x] = len(self._ids)
            self._ids.append(x)
        return n

    def size(self) -> int:
        return len(self._ids) + len(self._copies)

    def back(self, n: int | None) -> Hashable | None:
        return None if n is None else self._ids[n]

    def instance(self, inst: Instance) -> Instance:
        to, copy = self.to, self._copy

        def person(v):  # noqa: ANN001, ANN202
            return replace(v, id=to(v.id), group_id=to(v.group_id))

        def need(n):  # noqa: ANN001, ANN202
            return replace(n, id=to(n.id), previous_member_ids=frozenset(map(to, n.previous_member_ids)))

        return Instance(
            tuple(copy(v, person) for v in inst.volunteers),
            tuple(copy(n, need) for n in inst.needs),
            tuple(Lock(to(k.need_id), to(k.leader_id), tuple(map(to, k.member_ids))) for k in inst.locks),
        )

    def teams(self, teams, convert) -> tuple[ProposedTeam, ...]:  # noqa: ANN001
        return tuple(ProposedTeam(convert(t.need_id), convert(t.leader_id), tuple(map(convert, t.member_ids)),
                                  {convert(k): r for k, r in t.reasons.items()}, t.locked) for t in teams)

    def proposal_back(self, p: Proposal) -> Proposal:
        back = self.back
        return Proposal(self.teams(p.teams, back),
                        tuple(UnfilledNeed(back(u.need_id), u.missing, u.reasons) for u in p.unfilled),
                        tuple(UnplacedVolunteer(back(u.volunteer_id), u.reasons) for u in p.unplaced))

    def proposal(self, p: Proposal) -> Proposal:
        to = self.to
        return Proposal(self.teams(p.teams, to),
                        tuple(UnfilledNeed(to(u.need_id), u.missing, u.reasons) for u in p.unfilled),
                        tuple(UnplacedVolunteer(to(u.volunteer_id), u.reasons) for u in p.unplaced))

    def violation_back(self, v: Violation) -> Violation:
        params = {k: (tuple(map(self.back, x)) if k == "volunteers" else self.back(x))
                  if k in ("need", "volunteer", "group", "volunteers") else x for k, x in v.params.items()}
        return Violation(v.rule, params, v.locked)


def solve(run, instance: Instance, *, ids: Ids | None = None, **options) -> Proposal:  # noqa: ANN001, ANN003
    """``run(instance, **options)`` (propose, explain) on the numbered instance; the answer in the caller's ids.
    ``ids``: a numbering to reuse (the answer does not depend on it)."""
    ids = ids or Ids()
    return ids.proposal_back(run(ids.instance(instance), **options))


def check(validate, proposal: Proposal, instance: Instance, *, ids: Ids | None = None) -> list[Violation]:  # noqa: ANN001
    """``validate`` on numbered copies; the violations in the caller's ids."""
    ids = ids or Ids()
    numbered = ids.instance(instance)
    return [ids.violation_back(v) for v in validate(ids.proposal(proposal), numbered)]
