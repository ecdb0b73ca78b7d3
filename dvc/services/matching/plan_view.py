"""A day's saved matching plan as the matching page shows it: teams with why-lists and rule breaks, needs left
short and people left over, each with why.

Why-lists are worked out again from the records on every read rather than
trusted from TeamMember.reasons: after a staff edit (a member moved, another
leader) the stored reasons of the proposal no longer fit the team.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date

from sqlmodel import Session, select

from dvc.domain.matching import Candidate, Instance, OpenNeed, Proposal, ProposedTeam, validate
from dvc.domain.matching.explain import member_reasons
from dvc.domain.matching.propose import explain
from dvc.domain.matching.rules import need_order
from dvc.domain.volunteer_rules import age_on
from dvc.domain.vocab import NeedStatus, TeamStatus
from dvc.services.matching.day_facts import read_day_kept
from dvc.services.matching.proposal import (
    LIVE, DayRecords, NeedFacts, candidate, instance_of, needs_where, open_need, previous_members, reason_dict,
)
from dvc.services.matching.proposal import people as fetch_people
from dvc.services.matching.ids import Ids, check, solve
from dvc.store.tables import Need, Team, TeamMember, Volunteer

PLANNED = (TeamStatus.PROPOSED, TeamStatus.CONFIRMED)
# Rule breaks that stop a confirm outright; the others are warnings a person may accept.
REFUSING = frozenset({
    "unknown_need", "two_teams_for_need", "unknown_volunteer", "volunteer_in_two_teams", "volunteer_listed_twice",
    "empty_team", "no_leader", "leader_not_member", "leader_not_adult", "over_headcount", "uninsured",
    "group_with_child_split",  # a parent out while the children stay, or the children out without them
})
# validate()'s checks of a proposal's own bookkeeping: a saved plan has no lists or locks of that kind.
_NOT_ABOUT_TEAMS = frozenset({"lock_not_kept", "lock_invented", "unfilled_misreported", "unplaced_misreported"})
# Bounds on what a build keeps for the next one (states of teams edited away, people who left meanwhile).
_KEPT_TEAMS = 5000
_KEPT_IDS = 50_000


@dataclass(frozen=True)
class PlanMember:
    volunteer_id: uuid.UUID
    code: str
    name: str
    age: int | None
    gender: str
    group_name: str
    is_leader: bool
    adult: bool
    leader_ok: bool
    skills: tuple[str, ...]
    vehicles: tuple[str, ...]
    reasons: tuple[dict, ...]  # {"key", "params"}; matching_words.reason_text makes a sentence of each


@dataclass(frozen=True)
class PlanTeam:
    id: uuid.UUID
    code: str
    need_id: uuid.UUID
    need_code: str
    need_summary: str
    headcount: int
    status: str
    locked: bool
    leader_id: uuid.UUID | None
    members: tuple[PlanMember, ...]  # the leader first
    violations: tuple[dict, ...]  # rule breaks {"key", "params"}; empty when the team is fine


@dataclass(frozen=True)
class Unfilled:
    need_id: uuid.UUID
    need_code: str
    need_summary: str
    missing: int
    reasons: tuple[dict, ...]


@dataclass(frozen=True)
class Unplaced:
    volunteer_id: uuid.UUID
    code: str
    name: str
    reasons: tuple[dict, ...]


@dataclass(frozen=True)
class DayPlan:
    day: date
    teams: tuple[PlanTeam, ...]  # PROPOSED and CONFIRMED teams, in the needs' priority order
    unfilled: tuple[Unfilled, ...]
    unplaced: tuple[Unplaced, ...]


def need_summary(n: NeedFacts | Need) -> str:
    place = n.district or n.site_address[:16]
    return f"{place} {'・'.join(n.work_types)}".strip()


def build_plan(s: Session, day: date) -> DayPlan:
    d, kept_cands, kept = read_day_kept(s, day)
    planned = [t for t in d.teams if t.status in PLANNED]
    needs = {n.id: n for n in d.waiting}
    missing_needs = {t.need_id for t in planned} - needs.keys()
    if missing_needs:
        needs.update((n.id, n) for n in needs_where(s, Need.id.in_(missing_needs)))
    continuing = [n.id for n in d.waiting if n.status == NeedStatus.CONTINUING]
    previous = previous_members(s, continuing, day)
    people = {v.id: (v, g) for v, g in d.present}
    absent = {m for t in planned for m in d.members[t.id]} - people.keys()
    if absent:  # members who checked out since: still shown in their team, flagged as not available
        people.update((v.id, (v, g)) for v, g in fetch_people(s, Volunteer.id.in_(absent)))
    cands = dict(kept_cands)
    cands.update((vid, candidate(v, g, day)) for vid, (v, g) in people.items() if vid not in kept_cands)
    opens = _kept_opens(kept.setdefault("opens", {}), needs, previous)
    ids = kept.get("ids")
    if ids is None or ids.size() > _KEPT_IDS:
        ids = kept["ids"] = Ids()
    broken = _violations(d, planned, cands, opens, ids)
    planned.sort(key=lambda t: need_order(opens[t.need_id]))
    kept_teams = kept.setdefault("teams", {})
    teams = tuple(_kept_team(kept_teams, t, d.members[t.id], needs[t.need_id], opens[t.need_id], people, cands,
                             broken[t.id], day) for t in planned)
    left = solve(explain, instance_of(d, previous, held=lambda _t: True, made=cands, opened=opens), ids=ids)
    unfilled = tuple(Unfilled(u.need_id, needs[u.need_id].code, need_summary(needs[u.need_id]), u.missing,
                              tuple(reason_dict(r) for r in u.reasons)) for u in left.unfilled)
    unplaced = tuple(Unplaced(u.volunteer_id, cands[u.volunteer_id].code, cands[u.volunteer_id].name,
                              tuple(reason_dict(r) for r in u.reasons)) for u in left.unplaced)
    return DayPlan(day, teams, unfilled, unplaced)


def _kept_opens(kept: dict, needs: dict, previous: dict) -> dict[uuid.UUID, OpenNeed]:
    """The needs as matching sees them; the same objects while nothing changed (their numbered copies are kept)."""
    out = {}
    for nid, n in needs.items():
        before = frozenset(previous.get(nid, ()))
        on = kept.get(nid)
        if on is None or on.previous_member_ids != before:
            on = kept[nid] = open_need(n, before)
        out[nid] = on
    return out


def _kept_team(kept: dict, t: Team, member_ids, need: NeedFacts, on: OpenNeed, people, cands, violations,
               day: date) -> PlanTeam:
    """A team as shown, worked out again only when the team, its people or its need changed.

    ``kept`` is emptied whenever a person or need changes, so the same key means the same candidates and facts;
    the rule breaks depend on the other teams too and are always the fresh ones.
    """
    key = (t.id, t.code, t.status, t.locked, t.leader_id, tuple(member_ids), on, day)
    team = kept.get(key)
    if team is None:
        if len(kept) > _KEPT_TEAMS:  # the states of teams edited away
            kept.clear()
        team = kept[key] = _team(t, member_ids, need, on, people, cands, (), day)
    return replace(team, violations=tuple(violations)) if violations else team


def _team(t: Team, member_ids, need: NeedFacts, on: OpenNeed, people, cands, violations, day: date) -> PlanTeam:
    members = [cands[v] for v in member_ids]
    why = team_reasons(on, members, t.leader_id)
    out = []
    for c in sorted(members, key=lambda c: (c.id != t.leader_id, not c.group_name, c.group_name, c.code)):
        v, _g = people[c.id]
        out.append(PlanMember(
            volunteer_id=c.id, code=c.code, name=c.name, age=age_on(day, v.birth_date, v.age), gender=c.gender,
            group_name=c.group_name, is_leader=c.id == t.leader_id, adult=c.adult, leader_ok=c.leader_ok,
            skills=tuple(v.skills), vehicles=tuple(v.vehicles), reasons=tuple(why.get(c.id, ())),
        ))
    return PlanTeam(id=t.id, code=t.code, need_id=t.need_id, need_code=need.code, need_summary=need_summary(need),
                    headcount=need.headcount, status=t.status, locked=t.locked, leader_id=t.leader_id,
                    members=tuple(out), violations=tuple(violations))


def team_reasons(need: OpenNeed, members: list[Candidate], leader_id) -> dict[uuid.UUID, list[dict]]:
    """Why each member is in the team, for any team a person made (the domain's explain assumes a valid one)."""
    if not members:
        return {}
    with_adult = {m.group_id for m in members if m.adult and m.group_id is not None}
    # explain names the adult beside each minor; a staff edit may have left a minor without one (a rule
    # break shown on its own), so such a minor is explained as if grown up rather than not at all.
    fit = [m if m.adult or m.group_id in with_adult else replace(m, adult=True) for m in members]
    leader = next((m for m in fit if m.id == leader_id), None)
    reasons = member_reasons(need, fit, leader or fit[0])
    out = {vid: [reason_dict(r) for r in rs] for vid, rs in reasons.items()}
    if leader is None:
        out[fit[0].id] = [r for r in out[fit[0].id] if r["key"] != "leader"]
    return out


def _violations(d: DayRecords, planned: list[Team], cands: dict, opens: dict, ids: Ids) -> dict[uuid.UUID, list[dict]]:
    """validate() over the day's planned teams at once, so two teams sharing a person or a group show up."""
    out_today = {v for t in d.teams if t.status == TeamStatus.DISPATCHED for v in d.members[t.id]}
    present = {v.id for v, _g in d.present}
    instance = Instance(tuple(c for vid, c in cands.items() if vid in present and vid not in out_today),
                        tuple(opens[n.id] for n in d.waiting))
    proposal = Proposal(tuple(ProposedTeam(t.need_id, t.leader_id, tuple(d.members[t.id])) for t in planned), (), ())
    by_need = defaultdict(list)
    by_person = {}
    for t in planned:
        by_need[t.need_id].append(t.id)
        by_person.update((v, t.id) for v in d.members[t.id])
    out: dict[uuid.UUID, list[dict]] = defaultdict(list)
    for v in check(validate, proposal, instance, ids=ids):
        if v.rule in _NOT_ABOUT_TEAMS:
            continue
        if "need" in v.params:
            teams = by_need[v.params["need"]]
        else:  # a group's rule: every team holding some of the group
            group = v.params.get("group")
            teams = sorted({tid for vid, tid in by_person.items() if vid in cands and cands[vid].group_id == group},
                           key=str)
        problem = _words(v.rule, v.params, cands)
        for tid in teams:
            if problem not in out[tid]:
                out[tid].append(problem)
    return out


def _words(rule: str, params, cands: dict) -> dict:
    """A rule break with names instead of ids, ready for matching_words.reason_text."""
    out = {}
    for k, v in params.items():
        if k == "need":
            continue
        if k == "volunteer":
            if v is None:
                return {"key": "no_leader", "params": {}}
            c = cands.get(v)
            out["name"], out["code"] = (c.name, c.code) if c else ("?", "")
        elif k == "volunteers":
            out["names"] = "、".join(cands[x].name for x in v if x in cands)
        elif k == "group":
            out["group"] = next((c.group_name for c in cands.values() if c.group_id == v), "")
        elif k == "requirement":
            out["requirement"] = str(v).removeprefix("vehicle:")
        else:
            out[k] = v if isinstance(v, (bool, int, float, str)) else str(v)
    return {"key": rule, "params": out}


def team_members(s: Session, team_id: uuid.UUID) -> list[TeamMember]:
    return list(s.exec(select(TeamMember).where(TeamMember.team_id == team_id, TeamMember.deleted == LIVE)).all())
