"""An exact reference for the quality comparison: the same rules and lexicographic objective in OR-Tools CP-SAT.

Test-only (the ``test`` extra): it is far too slow for the desk at full size,
which is the point of measuring the greedy against it on small instances.
"""

from __future__ import annotations

from collections import defaultdict

from ortools.sat.python import cp_model

from dvc.domain.matching import Instance, Proposal, ProposedTeam
from dvc.domain.matching.explain import pick_leader
from dvc.domain.matching.rules import gender_ok, holds, pool, priority_rank


class Unsolved(Exception):
    pass


def solve(instance: Instance, *, seconds: float = 30.0) -> tuple[Proposal, bool]:
    """(the optimal proposal, whether every stage was proven optimal within ``seconds`` each)."""
    p = pool(instance)
    m = cp_model.CpModel()
    x: dict[tuple, cp_model.IntVar] = {}
    for n in p.needs:
        for v in p.placeable:
            if gender_ok(n, v):
                x[v.id, n.id] = m.new_bool_var("")
    by_need = defaultdict(list)
    by_person = defaultdict(list)
    for (vid, nid), var in x.items():
        by_need[nid].append((vid, var))
        by_person[vid].append(var)
    people = {v.id: v for v in p.placeable}
    full = {}
    for n in p.needs:
        members = by_need[n.id]
        size = sum(var for _v, var in members)
        exists = m.new_bool_var("")
        full[n.id] = m.new_bool_var("")
        m.add(size <= n.headcount)
        m.add(size >= n.headcount).only_enforce_if(full[n.id])
        m.add(size >= 1).only_enforce_if(exists)
        m.add(size == 0).only_enforce_if(exists.Not())
        for r in n.requirements:
            m.add(sum(var for vid, var in members if r in holds(people[vid])) >= 1).only_enforce_if(exists)
        m.add(sum(var for vid, var in members if people[vid].adult) >= 1).only_enforce_if(exists)
        for vid, var in members:
            v = people[vid]
            if not v.adult:
                mates = [x[a.id, n.id] for a in p.group_members[v.group_id] if a.adult and (a.id, n.id) in x]
                m.add(var <= sum(mates))
    for vars_ in by_person.values():
        m.add(sum(vars_) <= 1)
    for g, members in p.group_members.items():
        if p.oversized(g):
            used = []
            for n in p.needs:
                z = m.new_bool_var("")
                used.append(z)
                for v in members:
                    if (v.id, n.id) in x:
                        m.add(x[v.id, n.id] <= z)
            m.add(sum(used) <= p.parts_allowed(g))
        else:
            first = members[0]
            for n in p.needs:
                ref = x.get((first.id, n.id), 0)
                for v in members[1:]:
                    m.add(x.get((v.id, n.id), 0) == ref)
    stages = []
    for rank in (0, 1, 2):
        group = sorted((n for n in p.needs if priority_rank(n) == rank), key=lambda n: (n.received_at, n.code))
        stages.append(sum(full[n.id] for n in group))
        stages.append(sum((1 << (len(group) - 1 - i)) * full[n.id] for i, n in enumerate(group)))
    stages.append(sum(x.values()))
    soft = []
    for (vid, nid), var in x.items():
        n = next(nn for nn in p.needs if nn.id == nid)
        w = (n.continuing and vid in n.previous_member_ids) + (bool(n.district) and
                                                               people[vid].preferred_district == n.district)
        if w:
            soft.append(w * var)
    stages.append(sum(soft))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = seconds
    solver.parameters.num_workers = 2
    proven = True
    for expr in stages:
        m.maximize(expr)
        status = solver.solve(m)
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            raise Unsolved(solver.status_name(status))
        proven &= status == cp_model.OPTIMAL
        best = int(round(solver.objective_value))
        m.add(expr >= best)
        m.clear_hints()
        for var in x.values():
            m.add_hint(var, solver.value(var))
    return _proposal(instance, p, x, solver, people), proven


def _proposal(instance, p, x, solver, people) -> Proposal:
    """The teams only: the lists of what is left are the greedy's business and are not compared."""
    teams = [ProposedTeam(k.need_id, k.leader_id, k.member_ids, locked=True) for k in instance.locks]
    chosen = defaultdict(list)
    for (vid, nid), var in x.items():
        if solver.value(var):
            chosen[nid].append(people[vid])
    for n in p.needs:
        if chosen[n.id]:
            leader = pick_leader(chosen[n.id])
            ids = (leader.id, *(v.id for v in chosen[n.id] if v is not leader))
            teams.append(ProposedTeam(n.id, leader.id, ids))
    return Proposal(tuple(teams), (), ())
