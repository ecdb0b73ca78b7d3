"""The hard rules checked on a finished proposal: what the services show before a confirm, and what the tests trust.

It reads the proposal from first principles (only the rule definitions in
rules.py are shared with the algorithm), so a bug in the algorithm shows up
here instead of being repeated.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from typing import Any, NamedTuple

from dvc.domain.matching.model import Id, Instance, Proposal, ProposedTeam
from dvc.domain.matching.rules import gender_ok, groups_with_children, pool, uncovered


class Violation(NamedTuple):
    """A broken rule: a key (as in the issue's rule list) and what it concerns.

    ``locked`` marks a team the staff fixed by hand: shown as a warning, never
    something the algorithm made.
    """

    rule: str
    params: Mapping[str, Any]
    locked: bool = False


def validate(proposal: Proposal, instance: Instance) -> list[Violation]:
    out: list[Violation] = []
    people = {v.id: v for v in instance.volunteers}
    needs = {n.id: n for n in instance.needs}
    seen_needs: set[Id] = set()
    team_of: dict[Id, ProposedTeam] = {}
    for team in proposal.teams:
        def bad(rule: str, team: ProposedTeam = team, **params: Any) -> None:
            out.append(Violation(rule, {"need": team.need_id, **params}, team.locked))

        need = needs.get(team.need_id)
        if need is None:
            bad("unknown_need")
            continue
        if team.need_id in seen_needs:
            bad("two_teams_for_need")
        seen_needs.add(team.need_id)
        members = []
        for vid in team.member_ids:
            if vid not in people:
                bad("unknown_volunteer", volunteer=vid)
            elif vid in team_of:
                bad("volunteer_in_two_teams", volunteer=vid)
            else:
                team_of[vid] = team
                members.append(people[vid])
        if len(set(team.member_ids)) != len(team.member_ids):
            bad("volunteer_listed_twice")
        if not members:
            bad("empty_team")
            continue
        if len(team.member_ids) > need.headcount:
            bad("over_headcount", size=len(team.member_ids), headcount=need.headcount)
        for missing in sorted(uncovered(need, members)):
            bad("requirement_missing", requirement=missing)
        for v in members:
            if not gender_ok(need, v):
                bad("wrong_gender", volunteer=v.id)
            if not v.insured:
                bad("uninsured", volunteer=v.id)
            if not v.adult and not any(a.adult and a.group_id == v.group_id and v.group_id is not None
                                       for a in members):
                bad("minor_without_group_adult", volunteer=v.id)
        if team.leader_id not in team.member_ids:
            bad("leader_not_member", volunteer=team.leader_id)
        elif not people[team.leader_id].adult:
            bad("leader_not_adult", volunteer=team.leader_id)
    out += _locks_kept(proposal, instance)
    out += _groups_together(proposal, instance, team_of)
    out += _groups_with_children_whole(instance, team_of)
    out += _lists_complete(proposal, instance, team_of)
    return out


def _locks_kept(proposal: Proposal, instance: Instance) -> list[Violation]:
    kept = {(t.need_id, t.leader_id, frozenset(t.member_ids)) for t in proposal.teams if t.locked}
    wanted = {(k.need_id, k.leader_id, frozenset(k.member_ids)) for k in instance.locks}
    return [Violation("lock_not_kept", {"need": need}) for need, _l, _m in wanted - kept] + [
        Violation("lock_invented", {"need": need}) for need, _l, _m in kept - wanted]


def _groups_together(proposal: Proposal, instance: Instance, team_of: Mapping[Id, ProposedTeam]) -> list[Violation]:
    """Rule 2, over the teams the algorithm made: the locked ones are the staff's decision."""
    out: list[Violation] = []
    p = pool(instance)
    for group, members in p.group_members.items():
        if group in p.with_children:
            continue  # the stricter rule below, over every team
        teams = defaultdict(list)
        left = []
        for v in members:
            team = team_of.get(v.id)
            if team is None:
                left.append(v.id)
            elif not team.locked:
                teams[team.need_id].append(v.id)
        allowed = p.parts_allowed(group)
        if len(teams) > allowed:
            out.append(Violation("group_split", {"group": group, "teams": len(teams), "allowed": allowed}))
        if teams and left and allowed == 1:
            out.append(Violation("group_left_behind", {"group": group, "volunteers": tuple(left)}))
    return out


def _groups_with_children_whole(instance: Instance, team_of: Mapping[Id, ProposedTeam]) -> list[Violation]:
    """A group with a child who needs a guardian is in one team, all of it, or in none: over every team,
    the staff's too (a parent sent out while their children stay behind is what this rule is for)."""
    out: list[Violation] = []
    families = groups_with_children(instance.volunteers)
    members: dict[Id, list[Id]] = defaultdict(list)
    for v in instance.volunteers:
        if v.group_id in families:
            members[v.group_id].append(v.id)
    for group, ids in members.items():
        teams = Counter(team_of[v].need_id for v in ids if v in team_of)
        if not teams or (len(teams) == 1 and sum(teams.values()) == len(ids)):
            continue
        most = teams.most_common(1)[0][0]
        apart = tuple(v for v in ids if v not in team_of or team_of[v].need_id != most)  # named in the message
        locked = any(team_of[v].locked for v in ids if v in team_of)
        out.append(Violation("group_with_child_split", {"group": group, "volunteers": apart}, locked))
    return out


def _lists_complete(proposal: Proposal, instance: Instance, team_of: Mapping[Id, ProposedTeam]) -> list[Violation]:
    """The unfilled and unplaced lists say exactly who and what is left, so nobody is forgotten on screen."""
    out: list[Violation] = []
    sizes = {t.need_id: len(t.member_ids) for t in proposal.teams}
    reported = {u.need_id: u.missing for u in proposal.unfilled}
    for need in instance.needs:
        missing = need.headcount - sizes.get(need.id, 0)
        if missing > 0 and reported.get(need.id) != missing:
            out.append(Violation("unfilled_misreported", {"need": need.id, "missing": missing}))
        if missing <= 0 and need.id in reported:
            out.append(Violation("unfilled_misreported", {"need": need.id, "missing": 0}))
    unplaced = [u.volunteer_id for u in proposal.unplaced]
    expected = {v.id for v in instance.volunteers if v.id not in team_of}
    if len(unplaced) != len(set(unplaced)) or set(unplaced) != expected:
        out.append(Violation("unplaced_misreported", {"volunteers": tuple(sorted(set(unplaced) ^ expected, key=str))}))
    return out
