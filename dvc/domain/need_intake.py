"""What a ニーズ受付票 must hold before it is saved, and the keys that find the same request twice."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import datetime

from dvc.domain.address import address_key
from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.domain.vocab import Channel, GenderPreference, Priority

MAX_HEADCOUNT = 200  # more than a center sends to one house; a typo like 1000 is refused
MAX_DAYS = 60
MAX_WORK_TYPES = 40
MAX_WORK_TYPE_CHARS = 20

_LIST_SEPARATORS = re.compile(r"[、,，;；/／・\s]+")


def _phone_key(text: str) -> str:
    """Digits only, after NFKC (full-width digits from an IME); +81 becomes the domestic 0.

    Private stand-in until domain/normalise.py lands with the shared phone normaliser.
    """
    digits = re.sub(r"\D", "", unicodedata.normalize("NFKC", text))
    if text.strip().startswith(("+81", "＋８１")) and digits.startswith("81"):
        digits = "0" + digits[2:]
    return digits


def phone_key(text: str) -> str:
    """The same number typed any way gives the same key; too short to be a phone number gives ""."""
    key = _phone_key(text)
    return key if len(key) >= 6 else ""


def split_list(text: str) -> list[str]:
    """泥出し、運搬 / 泥出し,運搬 / 泥出し・運搬 → two items (the forms people fill use all of these)."""
    items = [unicodedata.normalize("NFKC", part).strip() for part in _LIST_SEPARATORS.split(text)]
    return list(dict.fromkeys(item for item in items if item))


def clean_work_types(names: list[str]) -> list[str]:
    """A council's list of work types: trimmed, no blanks, no repeats, refused when unusable."""
    cleaned = list(dict.fromkeys(n for n in (unicodedata.normalize("NFKC", x).strip() for x in names) if n))
    if not cleaned:
        raise UserError(QT_TRANSLATE_NOOP("errors", "The list of work types must not be empty."))
    if len(cleaned) > MAX_WORK_TYPES:
        raise UserError(QT_TRANSLATE_NOOP("errors", "At most {count} work types."), count=MAX_WORK_TYPES)
    too_long = [n for n in cleaned if len(n) > MAX_WORK_TYPE_CHARS]
    if too_long:
        raise UserError(QT_TRANSLATE_NOOP("errors", "A work type may have at most {count} characters: {name}"),
                        count=MAX_WORK_TYPE_CHARS, name=too_long[0])
    return cleaned


@dataclass(frozen=True)
class NeedDraft:
    """The fields of the intake form (ニーズ受付票), as typed."""

    received_at: datetime
    requester_name: str
    site_address: str
    work_types: tuple[str, ...]
    channel: str = Channel.PHONE
    staff_name: str = ""
    requester_kana: str = ""
    requester_phone: str = ""
    requester_address: str = ""
    district: str = ""
    damage: str = ""
    headcount: int = 1
    estimated_days: int = 1
    required_skills: tuple[str, ...] = ()
    vehicle_needed: str = ""
    gender_preference: str = GenderPreference.ANY
    equipment: str = ""
    parking: str = ""
    toilet: str = ""
    vulnerable: tuple[str, ...] = ()
    priority: str = Priority.MEDIUM
    preferred_dates: str = ""
    notes: str = ""
    extra: dict = field(default_factory=dict)  # status etc. from an import, checked elsewhere

    @property
    def phone_key(self) -> str:
        return phone_key(self.requester_phone)

    @property
    def address_key(self) -> str:
        return address_key(self.site_address)


def _strip(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip() if text else ""


def validate(draft: NeedDraft, *, work_types: list[str] | tuple[str, ...]) -> NeedDraft:
    """The draft, trimmed; a UserError names the first field that cannot be saved.

    ``work_types`` is the council's current list. A work type outside it is refused,
    so the board's filter finds every need.
    """
    if draft.received_at.tzinfo is None:
        raise ValueError("received_at must be aware")
    name, site = draft.requester_name.strip(), draft.site_address.strip()
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Enter the requester's name."))
    if not site:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Enter the address of the site."))
    if not draft.work_types:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Choose at least one kind of work."))
    unknown = [w for w in draft.work_types if w not in work_types]
    if unknown:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Unknown work type: {name}. Use one of the council's list: {known}."),
                        name=unknown[0], known="、".join(work_types))
    if not 1 <= draft.headcount <= MAX_HEADCOUNT:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Volunteers needed must be between 1 and {most}."), most=MAX_HEADCOUNT)
    if not 1 <= draft.estimated_days <= MAX_DAYS:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Estimated days must be between 1 and {most}."), most=MAX_DAYS)
    for value, kind in ((draft.channel, Channel), (draft.gender_preference, GenderPreference), (draft.priority, Priority)):
        if value not in list(kind):
            raise UserError(QT_TRANSLATE_NOOP("errors", "Unknown value: {value}"), value=value)
    if draft.requester_phone.strip() and not draft.phone_key:
        raise UserError(QT_TRANSLATE_NOOP("errors", "The phone number {phone} is too short."), phone=draft.requester_phone)
    return replace(
        draft,
        requester_name=name, site_address=site,
        requester_kana=draft.requester_kana.strip(), requester_phone=draft.requester_phone.strip(),
        requester_address=draft.requester_address.strip(), district=_strip(draft.district),
        work_types=tuple(dict.fromkeys(draft.work_types)),
        required_skills=tuple(dict.fromkeys(s.strip() for s in draft.required_skills if s.strip())),
        vulnerable=tuple(dict.fromkeys(v.strip() for v in draft.vulnerable if v.strip())),
    )
