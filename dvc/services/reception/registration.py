"""Registering volunteers and groups at the reception desk, and correcting them later.

Everything a person typed is checked and cleaned first (domain/volunteer_input.py);
nothing is written while a required field is missing or a value is wrong, and the
refusal lists every problem at once. A junior-high-age child is only registered
with an adult in the same group (domain/volunteer_rules.py says why).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, select

from dvc.domain.group_input import GroupInput, clean_group, person_of
from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.domain.timeutil import local_day
from dvc.domain.volunteer_input import VolunteerInput, clean_volunteer
from dvc.domain.volunteer_rules import Finding, assess, blocking, group_findings, is_adult
from dvc.services.core.workspace import Workspace
from dvc.services.reception.printable import refuse_unprintable
from dvc.store.tables import Group, Volunteer


class RuleRefusal(UserError):
    """A reception rule (domain/volunteer_rules.py) forbids saving; its text lives in the "rules" context."""

    context = "rules"

    def __init__(self, finding: Finding, prefix: str = "") -> None:
        super().__init__(finding.source, **finding.params)
        self.prefix = prefix

    def message(self, translate=lambda _c, t: t) -> str:  # noqa: ANN001
        return self.prefix + super().message(translate)


@dataclass(frozen=True)
class Registered:
    id: uuid.UUID
    code: str
    name: str
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class RegisteredGroup:
    id: uuid.UUID
    code: str
    name: str
    members: tuple[Registered, ...]


@dataclass(frozen=True)
class VolunteerDetails:
    id: uuid.UUID
    code: str
    group_id: uuid.UUID | None
    group_name: str
    intake_sheet_id: uuid.UUID | None
    registered_at: datetime
    data: VolunteerInput


def _claim_sheet(s: Session, sheet_id: uuid.UUID | None, volunteer_id: uuid.UUID | None) -> None:
    if sheet_id is None:
        return
    owner = s.exec(select(Volunteer).where(Volunteer.intake_sheet_id == sheet_id)).first()
    if owner is not None and owner.id != volunteer_id:
        raise UserError(QT_TRANSLATE_NOOP("errors", "This intake sheet is already registered to {code} {name}."),
                        code=owner.code, name=owner.name)


def register_individual(
    ws: Workspace, *, data: VolunteerInput, intake_sheet_id: uuid.UUID | None = None, day: date | None = None,
) -> Registered:
    """A person who came alone. ``intake_sheet_id``: the blank intake sheet they filled in becomes theirs."""
    day = day or local_day()
    cleaned = clean_volunteer(data, today=day)
    if not cleaned.ok:
        raise cleaned.error()
    refuse_unprintable(cleaned.values["name"])
    findings = assess(person_of(cleaned.values), day)
    for finding in blocking(findings):
        raise RuleRefusal(finding)
    with ws.transaction() as s:
        _claim_sheet(s, intake_sheet_id, None)
        volunteer = Volunteer(code=ws.new_codes(s, "V")[0], intake_sheet_id=intake_sheet_id, **cleaned.values)
        s.add(volunteer)
    return Registered(volunteer.id, volunteer.code, volunteer.name, tuple(findings))


def register_group(
    ws: Workspace, *, group: GroupInput, members: list[VolunteerInput], day: date | None = None,
) -> RegisteredGroup:
    """A group and all its members in one transaction: either all are registered or none."""
    day = day or local_day()
    cleaned = clean_group(group, members, today=day)
    if not cleaned.ok:
        raise cleaned.error(member_prefix="{n}. {name}: ")
    refuse_unprintable(cleaned.values["name"], group=True)
    for member in cleaned.members:
        refuse_unprintable(member.values["name"])
    per_member = group_findings([person_of(m.values) for m in cleaned.members], day)
    for n, (member, findings) in enumerate(zip(cleaned.members, per_member), 1):
        for finding in blocking(findings):
            raise RuleRefusal(finding, prefix=f"{n}. {member.values['name']}: ")
    with ws.transaction() as s:
        row = Group(code=ws.new_codes(s, "G")[0], **cleaned.values)
        s.add(row)
        s.flush()  # no ORM relationships: the group exists before its members point at it
        codes = ws.new_codes(s, "V", len(cleaned.members))
        volunteers = [Volunteer(code=code, group_id=row.id, **m.values) for code, m in zip(codes, cleaned.members)]
        s.add_all(volunteers)
    return RegisteredGroup(
        row.id, row.code, row.name,
        tuple(Registered(v.id, v.code, v.name, tuple(f)) for v, f in zip(volunteers, per_member)),
    )


def adult_in_group(s: Session, group_id: uuid.UUID | None, other_than: uuid.UUID | None, day: date) -> bool:
    """Whether the group holds an adult besides ``other_than`` (a child may only come with one)."""
    if group_id is None:
        return False
    rows = s.exec(select(Volunteer.birth_date, Volunteer.age).where(
        Volunteer.group_id == group_id, Volunteer.id != other_than, Volunteer.deleted == False)).all()  # noqa: E712
    return any(is_adult(person_of({"birth_date": b, "age": a}), day) for b, a in rows)


def update_volunteer(
    ws: Workspace, *, volunteer_id: uuid.UUID, data: VolunteerInput, intake_sheet_id: uuid.UUID | None = None,
    day: date | None = None,
) -> Registered:
    """Correct a volunteer's details. A new ``intake_sheet_id`` replaces the old one: the newest paper is what they carry."""
    day = day or local_day()
    with ws.transaction() as s:
        volunteer = s.get(Volunteer, volunteer_id)
        if volunteer is None or volunteer.deleted:
            raise UserError(QT_TRANSLATE_NOOP("errors", "This volunteer is no longer in the database."))
        cleaned = clean_volunteer(data, today=day, contact_elsewhere=volunteer.group_id is not None)
        if not cleaned.ok:
            raise cleaned.error()
        if cleaned.values["name"] != volunteer.name:  # a name from elsewhere may stay while the phone is corrected
            refuse_unprintable(cleaned.values["name"])
        findings = assess(person_of(cleaned.values), day,
                          adult_in_group=adult_in_group(s, volunteer.group_id, volunteer.id, day))
        for finding in blocking(findings):
            raise RuleRefusal(finding)
        _claim_sheet(s, intake_sheet_id, volunteer.id)
        # Only what changed is set, so the audit trail (store/audit_trail.py) records just that.
        for key, value in cleaned.values.items():
            if getattr(volunteer, key) != value:
                setattr(volunteer, key, value)
        if intake_sheet_id is not None and volunteer.intake_sheet_id != intake_sheet_id:
            volunteer.intake_sheet_id = intake_sheet_id
    return Registered(volunteer.id, volunteer.code, volunteer.name, tuple(findings))


def get_volunteer(ws: Workspace, *, volunteer_id: uuid.UUID) -> VolunteerDetails:
    with ws.session() as s:
        volunteer = s.get(Volunteer, volunteer_id)
        if volunteer is None or volunteer.deleted:
            raise UserError(QT_TRANSLATE_NOOP("errors", "This volunteer is no longer in the database."))
        group = s.get(Group, volunteer.group_id) if volunteer.group_id else None
    data = VolunteerInput.from_record(volunteer)
    data.skills, data.languages, data.vehicles = list(volunteer.skills), list(volunteer.languages), list(volunteer.vehicles)
    return VolunteerDetails(
        id=volunteer.id, code=volunteer.code, group_id=volunteer.group_id, group_name=group.name if group else "",
        intake_sheet_id=volunteer.intake_sheet_id, registered_at=volunteer.registered_at, data=data,
    )
