"""A 団体 registered earlier, opened from the roster: its own fields corrected, a member added, 当日加入 for all.

A group rarely arrives complete: a latecomer joins it, the contact changes, and
on the morning nobody in it is insured yet. These work on the group as it is
stored, one transaction each, with the same checks as registering it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlmodel import select

from dvc.domain.group_input import GroupInput, clean_group_fields, person_of
from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.domain.timeutil import local_day
from dvc.domain.volunteer_input import FormError, VolunteerInput, clean_volunteer
from dvc.domain.volunteer_rules import Person, assess, blocking, insured_for, on_site_enrolment
from dvc.services.core.workspace import Workspace
from dvc.services.reception.registration import Registered, RuleRefusal, adult_in_group
from dvc.store.tables import Group, Volunteer


@dataclass(frozen=True)
class GroupMember:
    id: uuid.UUID
    code: str
    name: str
    kana: str
    insured: bool  # for the day asked about, 当日加入 included


@dataclass(frozen=True)
class GroupDetails:
    id: uuid.UUID
    code: str
    data: GroupInput
    members: tuple[GroupMember, ...]

    @property
    def uninsured(self) -> int:
        return sum(not m.insured for m in self.members)


def _group(s, group_id: uuid.UUID) -> Group:  # noqa: ANN001
    group = s.get(Group, group_id)
    if group is None or group.deleted:
        raise UserError(QT_TRANSLATE_NOOP("errors", "This group is no longer in the database."))
    return group


def _members(s, group_id: uuid.UUID) -> list[Volunteer]:  # noqa: ANN001
    return list(s.exec(select(Volunteer).where(Volunteer.group_id == group_id, Volunteer.deleted == False)  # noqa: E712
                       .order_by(Volunteer.code)).all())


def _insured(v: Volunteer, day: date) -> bool:
    return insured_for(Person(insurance_fiscal_year=v.insurance_fiscal_year, insured_on_site=v.insured_on_site), day)


def get_group(ws: Workspace, *, group_id: uuid.UUID, day: date | None = None) -> GroupDetails:
    day = day or local_day()
    with ws.session() as s:
        group = _group(s, group_id)
        members = _members(s, group_id)
    data = GroupInput(name=group.name, kana=group.kana, representative_name=group.representative_name,
                      contact_phone=group.contact_phone, contact_email=group.contact_email,
                      declared_headcount=group.declared_headcount, block_share_consent=group.block_share_consent,
                      notes=group.notes)
    return GroupDetails(group.id, group.code, data, tuple(
        GroupMember(v.id, v.code, v.name, v.kana, _insured(v, day)) for v in members))


def update_group(ws: Workspace, *, group_id: uuid.UUID, group: GroupInput) -> None:
    """Correct the group's own fields; a group keeps a name and a way to reach it."""
    values, problems = clean_group_fields(group)
    missing = [] if values["name"] else ["group_name"]
    if not values["contact_phone"] and not values["contact_email"] and "group_contact" not in problems:
        missing.append("group_contact")
    if missing or problems:
        raise FormError(missing, problems)
    with ws.transaction() as s:
        row = _group(s, group_id)
        values["declared_headcount"] = group.declared_headcount or row.declared_headcount
        # Only what changed is set, so the audit trail records just that.
        for key, value in values.items():
            if getattr(row, key) != value:
                setattr(row, key, value)


def add_member(ws: Workspace, *, group_id: uuid.UUID, data: VolunteerInput, day: date | None = None) -> Registered:
    """A latecomer joins a group registered earlier; the group's contact stands for theirs."""
    day = day or local_day()
    cleaned = clean_volunteer(data, today=day, contact_elsewhere=True)
    if not cleaned.ok:
        raise cleaned.error()
    cleaned.values["is_group_representative"] = False  # the group has one already
    with ws.transaction() as s:
        _group(s, group_id)
        findings = assess(person_of(cleaned.values), day, adult_in_group=adult_in_group(s, group_id, None, day))
        for finding in blocking(findings):
            raise RuleRefusal(finding)
        volunteer = Volunteer(code=ws.new_codes(s, "V")[0], group_id=group_id, **cleaned.values)
        s.add(volunteer)
    return Registered(volunteer.id, volunteer.code, volunteer.name, tuple(findings))


def enrol_on_site(ws: Workspace, *, group_id: uuid.UUID, day: date | None = None) -> int:
    """当日加入 for every member not insured for ``day``'s fiscal year; how many were enrolled."""
    day = day or local_day()
    enrolled = on_site_enrolment(day)
    with ws.transaction() as s:
        _group(s, group_id)
        people = [v for v in _members(s, group_id) if not _insured(v, day)]
        for volunteer in people:
            for key, value in enrolled.items():
                setattr(volunteer, key, value)
    return len(people)
