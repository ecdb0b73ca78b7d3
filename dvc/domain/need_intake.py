"""What a ニーズ受付票 must hold before it is saved, and the keys that find the same request twice."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone

from dvc.domain.address import address_key
from dvc.domain.messages import QT_TRANSLATE_NOOP, Term, UserError
from dvc.domain.normalise import LIST_SEPARATORS, InvalidValue, clean_kana, clean_name, clean_phone, clean_text
from dvc.domain.vocab import Channel, GenderPreference, Priority

MAX_HEADCOUNT = 200  # more than a center sends to one house; a typo like 1000 is refused
MAX_DAYS = 60
FUTURE_SLACK = timedelta(minutes=10)  # laptops' clocks differ a little
MAX_WORK_TYPES = 40
MAX_WORK_TYPE_CHARS = 20


def phone_key(text: str) -> str:
    """The same number typed any way gives the same key (its digits in the shared normal form);
    "" while it is not yet a whole phone number, so half-typed digits find nobody."""
    try:
        return re.sub(r"\D", "", clean_phone(text))
    except InvalidValue:
        return ""


_SPACES = re.compile(r"\s+")
SEARCH_SEPARATOR = "\x1f"  # between fields, so a search never matches across two of them


def fold_for_search(text: str) -> str:
    """NFKC, no spaces, katakana as hiragana: how both the stored search text and a query are compared."""
    folded = _SPACES.sub("", unicodedata.normalize("NFKC", text or ""))
    return "".join(chr(ord(ch) - 0x60) if 0x30A1 <= ord(ch) <= 0x30F6 else ch for ch in folded)


def search_text(values: dict) -> str:
    """The one column the board's search reads: code, requester, phone, addresses, district, damage, notes."""
    parts = [values.get(k) or "" for k in ("code", "requester_name", "requester_kana", "requester_phone",
                                             "requester_address", "site_address", "district", "damage", "notes")]
    parts += [phone_key(values.get("requester_phone") or ""), address_key(values.get("site_address") or "")]
    return SEARCH_SEPARATOR.join(fold_for_search(p) for p in parts)


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
    # These separate the work types of one cell in an imported list; ・ may be used instead (片付け・清掃).
    splitting = [n for n in cleaned if any(mark in n for mark in LIST_SEPARATORS)]
    if splitting:
        raise UserError(QT_TRANSLATE_NOOP("errors", "A work type must not contain 、 , ; or / (they separate the work "
                                                    "types of a list; use ・ instead): {name}"), name=splitting[0])
    return cleaned


# The longest text of each field of the form: the need table's column lengths (a test keeps them equal).
LIMITS = {
    "staff_name": 100, "requester_name": 100, "requester_kana": 100, "requester_phone": 30,
    "requester_address": 300, "site_address": 300, "district": 50, "damage": 500, "vehicle_needed": 50,
    "equipment": 500, "parking": 200, "toilet": 200, "preferred_dates": 200, "notes": 2000,
}
FIELD_LABELS = {
    "staff_name": QT_TRANSLATE_NOOP("fields", "Staff"), "requester_name": QT_TRANSLATE_NOOP("fields", "Requester"),
    "requester_kana": QT_TRANSLATE_NOOP("fields", "Requester's furigana"),
    "requester_phone": QT_TRANSLATE_NOOP("fields", "Requester's phone"),
    "requester_address": QT_TRANSLATE_NOOP("fields", "Requester's address"),
    "site_address": QT_TRANSLATE_NOOP("fields", "Site address"), "district": QT_TRANSLATE_NOOP("fields", "District"),
    "damage": QT_TRANSLATE_NOOP("fields", "Damage"), "vehicle_needed": QT_TRANSLATE_NOOP("fields", "Vehicle needed"),
    "equipment": QT_TRANSLATE_NOOP("fields", "Equipment"), "parking": QT_TRANSLATE_NOOP("fields", "Parking"),
    "toilet": QT_TRANSLATE_NOOP("fields", "Toilet"), "preferred_dates": QT_TRANSLATE_NOOP("fields", "Preferred dates"),
    "notes": QT_TRANSLATE_NOOP("fields", "Notes"),
}


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


def _kana(text: str) -> str:
    try:
        return clean_kana(text)
    except InvalidValue as exc:
        raise UserError(exc.source, **exc.params) from None


def _phone(text: str) -> str:
    try:
        return clean_phone(text)
    except InvalidValue as exc:
        raise UserError(exc.source, **exc.params) from None


def _strip(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip() if text else ""


def validate(draft: NeedDraft, *, work_types: list[str] | tuple[str, ...], now: datetime | None = None) -> NeedDraft:
    """The draft, trimmed; a UserError names the first field that cannot be saved.

    ``work_types`` is the council's current list. A work type outside it is refused,
    so the board's filter finds every need.
    """
    if draft.received_at.tzinfo is None:
        raise ValueError("received_at must be aware")
    # The history is read in time order: a receipt time in the future would come after later changes.
    if draft.received_at > (now or datetime.now(timezone.utc)) + FUTURE_SLACK:
        raise UserError(QT_TRANSLATE_NOOP("errors", "The time of receipt is in the future."))
    # Stored as the volunteers' are: NFKC (full-width digits and letters), single spaces, phones in one form.
    name, site = clean_name(draft.requester_name), clean_text(draft.site_address)
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
    for key, limit in LIMITS.items():
        value = getattr(draft, key)
        if isinstance(value, str) and len(value.strip()) > limit:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "{field} is too long: at most {limit} characters, {length} given. Shorten it and save again."),
                field=Term("fields", FIELD_LABELS[key]), limit=limit, length=len(value.strip()))
    if draft.requester_phone.strip() and not draft.phone_key:
        raise UserError(QT_TRANSLATE_NOOP("errors", "“{text}” is not a phone number."), text=draft.requester_phone.strip())
    return replace(
        draft,
        requester_name=name, site_address=site,
        requester_kana=_kana(draft.requester_kana), requester_phone=_phone(draft.requester_phone),
        requester_address=clean_text(draft.requester_address), district=_strip(draft.district),
        work_types=tuple(dict.fromkeys(draft.work_types)),
        required_skills=tuple(dict.fromkeys(s.strip() for s in draft.required_skills if s.strip())),
        vulnerable=tuple(dict.fromkeys(v.strip() for v in draft.vulnerable if v.strip())),
    )
