"""Small builders so each rule's test reads as its situation."""

from __future__ import annotations

from datetime import timedelta
from itertools import count

from dvc.domain.matching import Candidate, Instance, OpenNeed, Proposal, validate
from tests.matching.instances import T0

_ids = count()


def person(name: str, **kw) -> Candidate:
    kw.setdefault("gender", "male")
    if "skills" in kw:
        kw["skills"] = frozenset(kw["skills"])
    if "vehicles" in kw:
        kw["vehicles"] = frozenset(kw["vehicles"])
    return Candidate(id=name, code=f"V-{name}", name=name, **kw)


def group(gid: str, *names: str, **kw) -> list[Candidate]:
    return [person(n, group_id=gid, group_name=gid, **kw) for n in names]


def need(nid: str, headcount: int, *, minutes: int = 0, **kw) -> OpenNeed:
    if "required_skills" in kw:
        kw["required_skills"] = frozenset(kw["required_skills"])
    if "previous_member_ids" in kw:
        kw["previous_member_ids"] = frozenset(kw["previous_member_ids"])
    return OpenNeed(id=nid, code=f"N-{nid}", headcount=headcount, received_at=T0 + timedelta(minutes=minutes), **kw)


def instance(people, needs, locks=()) -> Instance:
    return Instance(tuple(people), tuple(needs), tuple(locks))


def teams(proposal: Proposal) -> dict:
    """need id -> set of member ids."""
    return {t.need_id: set(t.member_ids) for t in proposal.teams}


def why(proposal: Proposal, volunteer: str) -> set[str]:
    for u in proposal.unplaced:
        if u.volunteer_id == volunteer:
            return {r.key for r in u.reasons}
    for t in proposal.teams:
        if volunteer in t.reasons:
            return {r.key for r in t.reasons[volunteer]}
    raise KeyError(volunteer)


def short(proposal: Proposal, need_id: str) -> tuple[int, set[str]]:
    u = next(u for u in proposal.unfilled if u.need_id == need_id)
    return u.missing, {r.key for r in u.reasons}


def checked(proposal: Proposal, inst: Instance) -> Proposal:
    assert validate(proposal, inst) == []
    return proposal
