"""validate() names each broken rule: proposals broken on purpose."""

from __future__ import annotations

import dataclasses

import pytest

from dvc.domain.matching import Lock, Proposal, ProposedTeam, UnfilledNeed, UnplacedVolunteer, propose, validate
from tests.matching.helpers import group, instance, need, person


def made(inst, *teams, locked=()):
    """A proposal of the given (need, leader, members) with truthful left-over lists."""
    t = [ProposedTeam(n, leader, tuple(m)) for n, leader, m in teams]
    t += [dataclasses.replace(x, locked=True) for x in locked]
    sizes = {x.need_id: len(x.member_ids) for x in t}
    placed = {v for x in t for v in x.member_ids}
    unfilled = tuple(UnfilledNeed(n.id, n.headcount - sizes.get(n.id, 0)) for n in inst.needs
                     if sizes.get(n.id, 0) < n.headcount)
    unplaced = tuple(UnplacedVolunteer(v.id) for v in inst.volunteers if v.id not in placed)
    return Proposal(tuple(t), unfilled, unplaced)


def rules(inst, *teams, locked=()):
    return {v.rule for v in validate(made(inst, *teams, locked=locked), inst)}


PEOPLE = [person("a"), person("b"), person("f", gender="female"), person("nurse", skills={"看護師"}),
          person("u", insured=False), person("kid", adult=False, group_id="g"), *group("g", "dad"),
          *group("big", "b1", "b2", "b3")]


@pytest.mark.parametrize("teams, rule", [
    ([("x", "a", ["a", "b", "f"])], "over_headcount"),
    ([("care", "a", ["a"])], "requirement_missing"),
    ([("truck", "a", ["a"])], "requirement_missing"),
    ([("women", "a", ["a"])], "wrong_gender"),
    ([("x", "u", ["u"])], "uninsured"),
    ([("x", "a", ["a", "kid"])], "minor_without_group_adult"),
    ([("x", "kid", ["kid", "dad"])], "leader_not_adult"),
    ([("x", "b", ["a"])], "leader_not_member"),
    ([("x", "a", ["a"]), ("y", "a", ["a"])], "volunteer_in_two_teams"),
    ([("x", "a", ["a"]), ("x", "b", ["b"])], "two_teams_for_need"),
    ([("x", "b1", ["b1", "b2"]), ("y", "b3", ["b3"])], "group_split"),
    ([("x", "b1", ["b1", "b2"])], "group_left_behind"),
    ([("nope", "a", ["a"])], "unknown_need"),
    ([("x", "ghost", ["ghost"])], "unknown_volunteer"),
    ([("x", "a", [])], "empty_team"),
])
def test_each_rule_is_caught(teams, rule):
    inst = instance(PEOPLE, [need("x", 2), need("y", 2, minutes=1), need("care", 1, required_skills={"看護師"}),
                             need("truck", 1, vehicle="軽トラ"), need("women", 1, gender_preference="women_only"),
                             need("big3", 3, minutes=2)])
    assert rule in rules(inst, *teams)


def test_a_proposal_from_propose_is_clean_and_a_correct_hand_made_one_too():
    inst = instance(PEOPLE, [need("x", 2), need("care", 1, required_skills={"看護師"})])
    assert validate(propose(inst), inst) == []
    assert rules(inst, ("x", "dad", ["dad", "kid"]), ("care", "nurse", ["nurse"])) == set()


def test_locks_must_be_kept_and_their_faults_are_marked_locked():
    lock = Lock("x", "kid", ("kid", "a", "b"))
    inst = instance(PEOPLE, [need("x", 2)], [lock])
    assert "lock_not_kept" in rules(inst)
    kept = ProposedTeam("x", "kid", ("kid", "a", "b"))
    found = validate(made(inst, locked=[kept]), inst)
    assert {v.rule for v in found} >= {"over_headcount", "leader_not_adult", "minor_without_group_adult"}
    assert all(v.locked for v in found)


def test_left_over_lists_must_be_truthful():
    inst = instance(PEOPLE, [need("x", 2)])
    good = made(inst, ("x", "a", ["a", "b"]))
    assert validate(dataclasses.replace(good, unplaced=good.unplaced[1:]), inst)[0].rule == "unplaced_misreported"
    wrong = dataclasses.replace(good, unfilled=(UnfilledNeed("x", 1),))
    assert validate(wrong, inst)[0].rule == "unfilled_misreported"
