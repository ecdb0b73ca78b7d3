"""A ボランティア受付票 as typed, checked and cleaned into the values that are stored.

The form shows ``problems`` beside each field as the user types; the services
refuse to save while anything is missing or wrong (``FormError`` lists it all
at once, so a person fixes everything in one go).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date

from dvc.domain.dates import parse_date
from dvc.domain.messages import QT_TRANSLATE_NOOP, Translate, UserError
from dvc.domain.normalise import (
    InvalidValue, clean_email, clean_kana, clean_name, clean_phone, clean_postal_code, clean_text, nfkc, split_list,
)
from dvc.domain.vocab import Gender

OLDEST = 120

# Field labels (context "fields"): what a message calls each field.
LABELS = {
    "name": QT_TRANSLATE_NOOP("fields", "Name"),
    "kana": QT_TRANSLATE_NOOP("fields", "Furigana"),
    "birth_date": QT_TRANSLATE_NOOP("fields", "Birth date"),
    "age": QT_TRANSLATE_NOOP("fields", "Age"),
    "birth_or_age": QT_TRANSLATE_NOOP("fields", "Birth date or age"),
    "phone": QT_TRANSLATE_NOOP("fields", "Phone"),
    "email": QT_TRANSLATE_NOOP("fields", "E-mail"),
    "phone_or_email": QT_TRANSLATE_NOOP("fields", "Phone or e-mail"),
    "postal_code": QT_TRANSLATE_NOOP("fields", "Postal code"),
    "emergency_contact_phone": QT_TRANSLATE_NOOP("fields", "Emergency contact phone"),
    "gender": QT_TRANSLATE_NOOP("fields", "Gender"),
    "group_name": QT_TRANSLATE_NOOP("fields", "Group name"),
    "group_contact": QT_TRANSLATE_NOOP("fields", "Group contact phone or e-mail"),
    "members": QT_TRANSLATE_NOOP("fields", "Members"),
    "address": QT_TRANSLATE_NOOP("fields", "Address"),
    "emergency_contact_name": QT_TRANSLATE_NOOP("fields", "Emergency contact"),
    "experience": QT_TRANSLATE_NOOP("fields", "Disaster volunteering experience"),
    "insurance_plan": QT_TRANSLATE_NOOP("fields", "Insurance plan"),
    "insurance_where": QT_TRANSLATE_NOOP("fields", "Where insured"),
    "guardian_name": QT_TRANSLATE_NOOP("fields", "Guardian"),
    "health_notes": QT_TRANSLATE_NOOP("fields", "Health"),
    "blood_type": QT_TRANSLATE_NOOP("fields", "Blood type"),
    "available_dates": QT_TRANSLATE_NOOP("fields", "Available dates"),
    "preferred_district": QT_TRANSLATE_NOOP("fields", "Preferred district"),
    "notes": QT_TRANSLATE_NOOP("fields", "Notes"),
}
# The longest text each field may have: the volunteer table's column lengths (a test keeps the two equal). A
# longer value is refused here, with the field's name, before the form or the import saves anything.
LIMITS = {
    "name": 100, "kana": 100, "phone": 30, "email": 200, "postal_code": 10, "address": 300,
    "emergency_contact_name": 100, "emergency_contact_phone": 30, "experience": 500, "insurance_plan": 100,
    "insurance_where": 200, "guardian_name": 100, "health_notes": 500, "blood_type": 5, "available_dates": 500,
    "preferred_district": 50, "notes": 2000,
}
TOO_LONG = QT_TRANSLATE_NOOP("errors", "at most {limit} characters ({length} given).")


def _untranslated(_context: str, text: str) -> str:
    return text


class FormError(UserError):
    """Missing and invalid fields, all of them, in one refusal."""

    def __init__(self, missing: list[str], problems: dict[str, InvalidValue], *, prefix: str = "") -> None:
        self.missing = list(missing)
        self.problems = dict(problems)
        self.prefix = prefix  # e.g. "Member 2: " (already a plain string)
        super().__init__(QT_TRANSLATE_NOOP("errors", "Not saved."))
        self.args = (self.message(),)

    def message(self, translate: Translate = _untranslated) -> str:
        parts = []
        if self.missing:
            names = "、".join(translate("fields", LABELS[f]) for f in self.missing)
            parts.append(translate("errors", "Fill in: {fields}.").format(fields=names))
        for key, problem in self.problems.items():
            text = translate("errors", problem.source)
            text = text.format(**problem.params) if problem.params else text
            parts.append(translate("errors", "{field}: {problem}").format(
                field=translate("fields", LABELS.get(key, key)), problem=text))
        body = " ".join(parts) or translate("errors", "Not saved.")
        return f"{self.prefix}{body}"


@dataclass
class VolunteerInput:
    """One person's fields as typed (text) or as read from a file (text, dates, numbers)."""

    name: str = ""
    kana: str = ""
    birth_date: str | date | None = None
    age: str | int | None = None
    gender: str = Gender.UNSPECIFIED
    phone: str = ""
    email: str = ""
    postal_code: str = ""
    address: str = ""
    emergency_contact_name: str = ""
    emergency_contact_phone: str = ""
    experience: str = ""
    disaster_experience_count: int = 0
    insurance_fiscal_year: int | None = None
    insured_on_site: bool = False
    insurance_plan: str = ""
    insurance_where: str = ""
    driving_license: bool = False
    skills: str | list[str] = ""
    languages: str | list[str] = ""
    vehicles: list[str] = field(default_factory=list)
    leader_ok: bool = False
    block_share_consent: bool = False
    contact_consent: bool = True
    insurance_consent: bool = False
    guardian_consent: bool = False
    guardian_name: str = ""
    health_notes: str = ""
    blood_type: str = ""
    available_dates: str = ""
    preferred_district: str = ""
    notes: str = ""
    is_group_representative: bool = False

    @classmethod
    def from_record(cls, record: object) -> "VolunteerInput":
        """The input that would store ``record`` again (to edit an existing volunteer)."""
        return cls(**{f.name: getattr(record, f.name) for f in fields(cls) if hasattr(record, f.name)})


@dataclass
class Cleaned:
    values: dict  # column -> value, ready for a Volunteer row
    missing: list[str]  # LABELS keys
    problems: dict[str, InvalidValue]

    @property
    def ok(self) -> bool:
        return not self.missing and not self.problems

    def error(self, prefix: str = "") -> FormError:
        return FormError(self.missing, self.problems, prefix=prefix)


def _list(value: str | list[str]) -> list[str]:
    if isinstance(value, str):
        return split_list(value)
    return list(dict.fromkeys(nfkc(v) for v in value if nfkc(v)))


def parse_age(value: str | int | None) -> int | None:
    if value is None or value == "":
        return None
    text = nfkc(str(value)).removesuffix("歳").removesuffix("才").strip()
    if not text:
        return None
    if not text.isdigit() or int(text) > OLDEST:
        raise InvalidValue(QT_TRANSLATE_NOOP("errors", "“{text}” is not an age (0 to 120)."), text=text)
    return int(text)


def parse_birth_date(value: str | date | None, today: date) -> date | None:
    day = value if isinstance(value, date) else parse_date(value)
    if day is not None and day > today:
        raise InvalidValue(QT_TRANSLATE_NOOP("errors", "The birth date {day} is in the future."), day=day.isoformat())
    if day is not None and today.year - day.year > OLDEST:
        raise InvalidValue(QT_TRANSLATE_NOOP("errors", "The birth date {day} is too long ago."), day=day.isoformat())
    return day


def clean_volunteer(data: VolunteerInput, *, today: date, contact_elsewhere: bool = False) -> Cleaned:
    """Check and clean one person.

    ``contact_elsewhere``: the person can be reached through someone else's
    phone or e-mail (a group member through the group's contact, often a
    child without a phone), so their own is not required.
    """
    problems: dict[str, InvalidValue] = {}
    values: dict = {}

    def take(key: str, cleaner, raw):  # noqa: ANN001, ANN202
        try:
            return cleaner(raw)
        except InvalidValue as exc:
            problems[key] = exc
            return None

    values["name"] = clean_name(data.name)
    values["kana"] = take("kana", clean_kana, data.kana) or ""
    values["birth_date"] = take("birth_date", lambda v: parse_birth_date(v, today), data.birth_date)
    age = take("age", parse_age, data.age)
    # Once the birth date is known the age follows from it; a stated age is kept only without one.
    values["age"] = None if values["birth_date"] else age
    values["phone"] = take("phone", clean_phone, data.phone) or ""
    values["email"] = take("email", clean_email, data.email) or ""
    values["postal_code"] = take("postal_code", clean_postal_code, data.postal_code) or ""
    values["emergency_contact_phone"] = take("emergency_contact_phone", clean_phone, data.emergency_contact_phone) or ""
    values["gender"] = data.gender if data.gender in set(Gender) else Gender.UNSPECIFIED
    for key in ("address", "emergency_contact_name", "experience", "insurance_plan", "insurance_where", "guardian_name",
                "health_notes", "available_dates", "preferred_district", "notes"):
        values[key] = clean_text(getattr(data, key))
    values["blood_type"] = nfkc(data.blood_type).upper().removesuffix("型")
    values["skills"] = _list(data.skills)
    values["languages"] = _list(data.languages)
    values["vehicles"] = _list(data.vehicles)
    for key in ("insurance_fiscal_year", "insured_on_site", "driving_license", "leader_ok", "block_share_consent",
                "contact_consent", "insurance_consent", "guardian_consent", "is_group_representative", "disaster_experience_count"):
        values[key] = getattr(data, key)

    for key, limit in LIMITS.items():
        value = values.get(key)
        if isinstance(value, str) and len(value) > limit and key not in problems:
            problems[key] = InvalidValue(TOO_LONG, limit=limit, length=len(value))
    missing = []
    if not values["name"]:
        missing.append("name")
    if not values["kana"] and "kana" not in problems:
        missing.append("kana")
    if values["birth_date"] is None and values["age"] is None and not {"birth_date", "age"} & problems.keys():
        missing.append("birth_or_age")
    reachable = values["phone"] or values["email"] or contact_elsewhere
    if not reachable and not {"phone", "email"} & problems.keys():
        missing.append("phone_or_email")
    return Cleaned(values=values, missing=missing, problems=problems)
