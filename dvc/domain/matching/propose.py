"""propose(instance): teams for the open needs around the staff's locks, with the reasons for everything."""

from __future__ import annotations

from dvc.domain.matching.explain import member_reasons, pick_leader, unfilled_reasons, unplaced_reasons
from dvc.domain.matching.greedy import Teams, staff_fully, staff_partly
from dvc.domain.matching.improve import improve
from dvc.domain.matching.wishes import grant_wishes
from dvc.domain.matching.model import Instance, Proposal, ProposedTeam, Reason
from dvc.domain.matching.packer import Packer
from dvc.domain.matching.rules import need_order, pool
from dvc.domain.matching.units import fits_gender, make_units


# Ruin-and-recreate steps: per open need, at most in all, and a time guard that only a slow machine reaches.
# Small days get many steps per need (that is where they pay, see tests/bench/bench_matching.py); a
# 800-need day is decided by the greedy and gets a bounded polish.
STEPS_PER_NEED = 40
MAX_STEPS = 600
MAX_SECONDS = 0.35


def propose(instance: Instance, *, steps_per_need: int = STEPS_PER_NEED, seed: int = 0) -> Proposal:
    p = pool(instance)
    units = make_units(p)
    packer = Packer(units, p.needs)
    order = sorted(p.needs, key=need_order)
    teams: Teams = {}
    staff_fully(packer, order, teams)
    staff_partly(packer, order, teams)
    improve(packer, order, teams, steps=min(MAX_STEPS, steps_per_need * len(order)), seconds=MAX_SECONDS,
            seed=seed)
    grant_wishes(packer, order, teams)
    return _proposal(instance, p, units, order, teams)


def explain(instance: Instance) -> Proposal:
    """No new teams: the locks as they stand (staff's edits), with why each open need is short and each free
    volunteer is left. What the matching page shows for a saved plan."""
    p = pool(instance)
    return _proposal(instance, p, make_units(p), sorted(p.needs, key=need_order), {})


def _proposal(instance, p, units, order, teams: Teams) -> Proposal:
    people = {v.id: v for v in instance.volunteers}
    needs = {n.id: n for n in instance.needs}
    out: list[ProposedTeam] = []
    for lock in instance.locks:
        members = [people[v] for v in lock.member_ids if v in people]
        reasons = {v.id: (Reason("locked", {}),) for v in members}
        out.append(ProposedTeam(lock.need_id, lock.leader_id, tuple(lock.member_ids), reasons, locked=True))
    for need in order:
        members = [v for u in teams.get(need.id, ()) for v in u.members]
        if not members:
            continue
        leader = pick_leader(members)
        ids = (leader.id, *(v.id for v in members if v is not leader))
        out.append(ProposedTeam(need.id, leader.id, ids, member_reasons(need, members, leader)))
    placed = {vid for t in out for vid in t.member_ids}
    free_units = [u for u in units if u.free]
    free = [v for u in free_units for v in u.members]
    sizes = {t.need_id: len(t.member_ids) for t in out}
    unfilled = []
    for need in sorted(instance.needs, key=need_order):
        if sizes.get(need.id, 0) < need.headcount:
            team = [people[v] for t in out if t.need_id == need.id for v in t.member_ids]
            unfilled.append(unfilled_reasons(need, team, p, free, [u.size for u in free_units]))
    rooms = [n.headcount - sizes.get(n.id, 0) for n in p.needs]
    unit_of = {v.id: u for u in free_units for v in u.members}
    room_for: dict[str, int] = {}  # by the unit's gender class: the largest room it could go into
    unplaced = []
    for v in instance.volunteers:
        if v.id in placed:
            continue
        unit = unit_of.get(v.id)
        size = unit.size if unit else len(p.group_members.get(v.group_id, ()))  # a minor no part could carry
        kind = unit.gender if unit else ""
        if kind not in room_for:
            room_for[kind] = max((n.headcount - sizes.get(n.id, 0) for n in p.needs
                                  if unit is None or fits_gender(n, unit)), default=0)
        used = unit is not None and unit.flex is not None and len(unit.flex.teams()) >= unit.flex.parts
        unplaced.append(unplaced_reasons(v, p.refused.get(v.id), p, size, room_for[kind], rooms, used))
    return Proposal(tuple(out), tuple(unfilled), tuple(unplaced))
