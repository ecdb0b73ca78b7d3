"""A 団体 (group) registration: the group's own fields and its members, checked together."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dvc.domain.normalise import InvalidValue, clean_email, clean_kana, clean_phone, clean_text
from dvc.domain.volunteer_input import Cleaned, FormError, VolunteerInput, clean_volunteer
from dvc.domain.volunteer_rules import Person, is_adult


@dataclass
class GroupInput:
    name: str = ""
    kana: str = ""
    representative_name: str = ""  # empty: the member marked as representative
    contact_phone: str = ""  # empty: the representative's
    contact_email: str = ""
    declared_headcount: int | None = None
    block_share_consent: bool = False
    notes: str = ""


@dataclass
class CleanedGroup:
    values: dict
    members: list[Cleaned]
    missing: list[str]
    problems: dict[str, InvalidValue]
    representative: int | None  # index into members

    @property
    def ok(self) -> bool:
        return not self.missing and not self.problems and all(m.ok for m in self.members)

    def error(self, member_prefix: str = "{n}: ") -> FormError:
        """The group's own problems, else the first member's (``member_prefix`` names the member)."""
        if self.missing or self.problems:
            return FormError(self.missing, self.problems)
        for n, member in enumerate(self.members, 1):
            if not member.ok:
                return member.error(prefix=member_prefix.format(n=n, name=member.values["name"]))
        raise ValueError("nothing to report")


def person_of(values: dict) -> Person:
    """The rules' view of a cleaned person."""
    return Person(
        birth_date=values.get("birth_date"), stated_age=values.get("age"),
        guardian_consent=bool(values.get("guardian_consent")),
        insurance_fiscal_year=values.get("insurance_fiscal_year"),
        insured_on_site=bool(values.get("insured_on_site")),
        insurance_consent=bool(values.get("insurance_consent", True)),
    )


def pick_representative(members: list[Cleaned], today: date) -> int | None:
    """The member marked as representative, else the first adult, else the first member."""
    for i, m in enumerate(members):
        if m.values["is_group_representative"]:
            return i
    for i, m in enumerate(members):
        if is_adult(person_of(m.values), today):
            return i
    return 0 if members else None


def clean_group_fields(group: GroupInput) -> tuple[dict, dict[str, InvalidValue]]:
    """The group's own fields, cleaned, and what is wrong with them (for a group registered earlier, corrected)."""
    problems: dict[str, InvalidValue] = {}
    values: dict = {"name": clean_text(group.name), "notes": clean_text(group.notes),
                    "block_share_consent": group.block_share_consent,
                    "representative_name": clean_text(group.representative_name)}
    for key, cleaner, raw in (("kana", clean_kana, group.kana), ("contact_phone", clean_phone, group.contact_phone),
                              ("contact_email", clean_email, group.contact_email)):
        try:
            values[key] = cleaner(raw)
        except InvalidValue as exc:
            problems["group_contact" if key != "kana" else "kana"] = exc
            values[key] = ""
    return values, problems


def clean_group(group: GroupInput, members: list[VolunteerInput], *, today: date) -> CleanedGroup:
    values, problems = clean_group_fields(group)
    # First pass without the group contact, to find the representative and their phone.
    cleaned = [clean_volunteer(m, today=today, contact_elsewhere=True) for m in members]
    rep = pick_representative(cleaned, today)
    if rep is not None:
        rep_values = cleaned[rep].values
        values["representative_name"] = values["representative_name"] or rep_values["name"]
        if not values["contact_phone"] and not values["contact_email"]:
            values["contact_phone"], values["contact_email"] = rep_values["phone"], rep_values["email"]
        for i, m in enumerate(cleaned):
            m.values["is_group_representative"] = i == rep
    values["declared_headcount"] = group.declared_headcount or len(members) or None
    missing = []
    if not values["name"]:
        missing.append("group_name")
    if not members:
        missing.append("members")
    elif not values["contact_phone"] and not values["contact_email"] and "group_contact" not in problems:
        missing.append("group_contact")
    return CleanedGroup(values=values, members=cleaned, missing=missing, problems=problems, representative=rep)
