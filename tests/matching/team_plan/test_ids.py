"""Numbering ids for the domain's work changes nothing in its answers."""

from __future__ import annotations

import random

from dvc.domain.matching import Instance, Proposal, ProposedTeam, propose, validate
from dvc.domain.matching.propose import explain
from dvc.services.matching.ids import check, solve
from tests.matching.instances import random_instance


def test_numbered_proposal_and_checks_are_the_same_as_with_the_callers_ids():
    for seed in range(5):
        inst = random_instance(random.Random(seed), 60, 15, locks=2)
        assert solve(propose, inst, steps_per_need=0) == propose(inst, steps_per_need=0)  # no time guard: deterministic
        assert solve(explain, inst) == explain(inst)
        proposal = propose(inst, steps_per_need=0)
        # a broken copy: two teams swap a member and the first team loses its leader
        a, b = proposal.teams[0], proposal.teams[1]
        broken = Proposal((ProposedTeam(a.need_id, None, (*a.member_ids[1:], b.member_ids[0])),
                           ProposedTeam(b.need_id, b.leader_id, (*b.member_ids, a.member_ids[0])),
                           *proposal.teams[2:]), proposal.unfilled, proposal.unplaced)
        expected = validate(broken, inst)
        assert expected and sorted(map(repr, check(validate, broken, inst))) == sorted(map(repr, expected))
        assert check(validate, proposal, Instance(inst.volunteers, inst.needs, inst.locks)) == []
