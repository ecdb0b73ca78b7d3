"""Leaders and the reasons shown beside every placement, short team and volunteer left over.

Reason keys (the screens translate them; parameters fill the sentence):
  leader {name, leader_ok, experience}       needs_skill {skill, name}        brings_vehicle {vehicle, name}
  with_group {group, name}                   minor_with_adult {name, adult}    continuity {name}
  preferred_district {district, name}        gender_match {gender, name}       fills_headcount {name}
  locked {}
Unfilled needs:  no_skill_holder {skill}  skill_holders_busy {skill}  no_vehicle {vehicle}  vehicles_busy {vehicle}
  too_few_of_gender {gender, free}  short_of_volunteers {missing, free}  groups_do_not_fit {missing}
Unplaced volunteers:  uninsured {name}  minor_without_adult {name}  group_with_child_held {name, group}
  no_open_needs {}  all_needs_full {}
  group_too_large {group, size, room}  group_parts_used {group, parts}  no_team_possible {}
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from dvc.domain.matching.model import Candidate, OpenNeed, Reason, UnfilledNeed, UnplacedVolunteer, vehicle_key
from dvc.domain.matching.rules import GROUP_WITH_CHILD_HELD, Pool, gender_ok, holds
from dvc.domain.vocab import GenderPreference


def pick_leader(members: Iterable[Candidate]) -> Candidate:
    """The adult with リーダー可 and the most experience; there is always an adult (rules 5 and 7)."""
    adults = [v for v in members if v.adult]
    return max(adults, key=lambda v: (v.leader_ok, v.experience, v.group_id is not None, v.code))


def member_reasons(need: OpenNeed, members: Sequence[Candidate], leader: Candidate) -> dict:
    reasons: dict = {v.id: [] for v in members}
    reasons[leader.id].append(Reason("leader", {"name": leader.name, "leader_ok": leader.leader_ok,
                                                "experience": leader.experience}))
    for skill in sorted(need.required_skills):
        for v in members:
            if skill in v.skills:
                reasons[v.id].append(Reason("needs_skill", {"skill": skill, "name": v.name}))
    if need.vehicle:
        for v in members:
            if need.vehicle in v.vehicles:
                reasons[v.id].append(Reason("brings_vehicle", {"vehicle": need.vehicle, "name": v.name}))
    for v in members:
        mates = [m for m in members if m.group_id is not None and m.group_id == v.group_id and m is not v]
        if mates:
            reasons[v.id].append(Reason("with_group", {"group": v.group_name, "name": v.name}))
        if not v.adult:
            adult = next(m for m in mates if m.adult)
            reasons[v.id].append(Reason("minor_with_adult", {"name": v.name, "adult": adult.name}))
        if need.continuing and v.id in need.previous_member_ids:
            reasons[v.id].append(Reason("continuity", {"name": v.name}))
        if need.district and v.preferred_district == need.district:
            reasons[v.id].append(Reason("preferred_district", {"district": need.district, "name": v.name}))
        if need.gender_preference != GenderPreference.ANY:
            reasons[v.id].append(Reason("gender_match", {"gender": need.gender_preference, "name": v.name}))
        if not reasons[v.id]:
            reasons[v.id].append(Reason("fills_headcount", {"name": v.name}))
    return {vid: tuple(r) for vid, r in reasons.items()}


def unfilled_reasons(need: OpenNeed, team: Sequence[Candidate], p: Pool,
                     free: Sequence[Candidate], free_sizes: Sequence[int]) -> UnfilledNeed:
    """Why a need is short. ``free``: placeable volunteers left; ``free_sizes``: sizes of the units they form."""
    missing = need.headcount - len(team)
    out: list[Reason] = []
    if not team:
        for r in sorted(need.requirements):
            vehicle = r == vehicle_key(need.vehicle) and bool(need.vehicle)
            label = {"vehicle": need.vehicle} if vehicle else {"skill": r}
            if not any(r in holds(v) for v in p.placeable if gender_ok(need, v)):
                out.append(Reason("no_vehicle" if vehicle else "no_skill_holder", label))
            elif not any(r in holds(v) for v in free if gender_ok(need, v)):
                out.append(Reason("vehicles_busy" if vehicle else "skill_holders_busy", label))
    if out:
        return UnfilledNeed(need.id, missing, tuple(out))
    fitting = [v for v in free if gender_ok(need, v)]
    if need.gender_preference != GenderPreference.ANY and len(fitting) < missing:
        out.append(Reason("too_few_of_gender", {"gender": need.gender_preference, "free": len(fitting)}))
    elif len(free) < missing:
        out.append(Reason("short_of_volunteers", {"missing": missing, "free": len(free)}))
    elif not any(s <= missing for s in free_sizes):
        out.append(Reason("groups_do_not_fit", {"missing": missing}))
    else:
        out.append(Reason("short_of_volunteers", {"missing": missing, "free": len(fitting)}))
    return UnfilledNeed(need.id, missing, tuple(out))


def unplaced_reasons(v: Candidate, refusal: str | None, p: Pool, unit_size: int, group_room: int,
                     rooms: Sequence[int], parts_used: bool = False) -> UnplacedVolunteer:
    """``rooms``: free places left at each open need; ``group_room``: the largest one open to this volunteer's unit.

    ``parts_used``: the volunteer's large group already spans all the teams rule 2 allows it.
    """
    if refusal == GROUP_WITH_CHILD_HELD:
        return UnplacedVolunteer(v.id, (Reason(refusal, {"name": v.name, "group": v.group_name}),))
    if refusal:
        return UnplacedVolunteer(v.id, (Reason(refusal, {"name": v.name}),))
    if not p.needs:
        reason = Reason("no_open_needs", {})
    elif not any(rooms):
        reason = Reason("all_needs_full", {})
    elif parts_used:
        reason = Reason("group_parts_used", {"group": v.group_name, "parts": p.parts_allowed(v.group_id)})
    elif unit_size > 1 and unit_size > group_room:
        reason = Reason("group_too_large", {"group": v.group_name, "size": unit_size, "room": group_room})
    else:
        reason = Reason("no_team_possible", {})
    return UnplacedVolunteer(v.id, (reason,))
