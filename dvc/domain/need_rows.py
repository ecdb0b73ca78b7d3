"""One row of a needs file (a city call centre's Excel, a CSV) read into a need draft, or the reason it cannot be.

Headers are the Japanese ones of the ニーズ受付票 (canonical), or their English keys.
Values are read the way offices write them: 令和7年4月1日 10時30分, ５人, 高, 泥出し、運搬.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime, time

from dvc.domain.address import address_key
from dvc.domain.dates import parse_date
from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.domain.need_intake import NeedDraft, phone_key
from dvc.domain.need_status import STATUS_TEXT
from dvc.domain.table_rows import cell_text, match_headers
from dvc.domain.normalise import InvalidValue, split_list
from dvc.domain.timeutil import TOKYO
from dvc.domain.vocab import VULNERABLE, Channel, GenderPreference, NeedStatus, Priority

# Canonical Japanese header -> field. The first 16 are the ones a call centre is asked to use.
HEADERS = {
    "受付日時": "received_at", "依頼者氏名": "requester_name", "ふりがな": "requester_kana",
    "電話番号": "requester_phone", "住所": "site_address", "地区": "district", "被害状況": "damage",
    "作業内容": "work_types", "必要人数": "headcount", "必要な資格": "required_skills", "車両": "vehicle_needed",
    "性別希望": "gender_preference", "資機材": "equipment", "優先度": "priority", "状態": "status", "備考": "notes",
    "受付方法": "channel", "受付者": "staff_name", "依頼者住所": "requester_address", "見込み日数": "estimated_days",
    "駐車場": "parking", "トイレ": "toilet", "要配慮": "vulnerable", "希望日": "preferred_dates",
    "状態の理由": "status_reason",
}
FIELDS = {field: field for field in HEADERS.values()}  # the English keys are accepted as headers too
REQUIRED = ("received_at", "requester_name", "site_address", "work_types")

PRIORITY_WORDS = {"高": Priority.HIGH, "中": Priority.MEDIUM, "低": Priority.LOW}
GENDER_WORDS = {"女性のみ": GenderPreference.WOMEN_ONLY, "男性のみ": GenderPreference.MEN_ONLY,
                "指定なし": GenderPreference.ANY, "なし": GenderPreference.ANY}
CHANNEL_WORDS = {"電話": Channel.PHONE, "来所": Channel.WALK_IN, "訪問": Channel.VISIT,
                 "その他機関": Channel.OTHER_AGENCY}
STATUS_WORDS = {"受付": NeedStatus.RECEIVED, "調査待ち": NeedStatus.AWAITING_SURVEY, "調査済": NeedStatus.SURVEYED,
                "調査済み": NeedStatus.SURVEYED, "マッチング待ち": NeedStatus.AWAITING_MATCH,
                "活動中": NeedStatus.ACTIVE, "完了": NeedStatus.DONE, "継続": NeedStatus.CONTINUING,
                "保留": NeedStatus.ON_HOLD, "取消": NeedStatus.CANCELLED, "取り消し": NeedStatus.CANCELLED}
_TIME = re.compile(r"\s*(\d{1,2})\s*[:時]\s*(\d{1,2})\s*分?\s*$")


@dataclass(frozen=True)
class RowError(Exception):
    """A cell that cannot be read: the header as written in the file and a message for a person."""

    header: str
    error: UserError


@dataclass(frozen=True)
class NeedRowData:
    draft: NeedDraft
    status: str
    status_reason: str
    import_key: str


def map_headers(headers: list[str]) -> tuple[dict[int, str], list[str]]:
    """Column index -> field, and the headers that are not ours (not read, shown in the preview).

    A file without the required columns is refused whole, naming what is missing and what was found.
    """
    mapping, unknown = match_headers(headers, lambda key: HEADERS.get(key) or FIELDS.get(key.lower()))
    missing = [ja for ja, field in HEADERS.items() if field in REQUIRED and field not in mapping.values()]
    if missing:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "This is not a needs list dvc can read: the columns {missing} are missing "
                                        "(the first row must hold the headers; found: {found}). "
                                        "See manual/import_needs.md for the columns."),
            missing="、".join(missing), found="、".join([h for h in headers if h][:10]) or "-")
    return mapping, unknown


def _bad(source: str, **params: object) -> UserError:
    return UserError(source, **params)


def read_received_at(cell: object) -> datetime:
    """A datetime cell, or text such as 2025/4/1 10:30, 令和7年4月1日 10時30分, R7.4.1 (Tokyo time)."""
    if isinstance(cell, datetime):
        return cell.replace(tzinfo=TOKYO) if cell.tzinfo is None else cell
    if isinstance(cell, date):
        return datetime.combine(cell, time.min, tzinfo=TOKYO)
    text = cell_text(cell)
    if not text:
        raise _bad(QT_TRANSLATE_NOOP("errors", "The time of receipt is missing."))
    moment = time.min
    found = _TIME.search(text)
    if found and found.start() > 0:
        hour, minute = int(found.group(1)), int(found.group(2))
        if hour > 23 or minute > 59:
            raise _bad(QT_TRANSLATE_NOOP("errors", "“{text}” is not a time of day."), text=found.group(0).strip())
        moment, text = time(hour, minute), text[: found.start()]
    try:
        day = parse_date(text)
    except InvalidValue as exc:
        raise UserError(exc.source, **exc.params) from None
    assert day is not None  # text is not empty here
    return datetime.combine(day, moment, tzinfo=TOKYO)


def _count(text: str, *, default: int) -> int:
    if not text:
        return default
    digits = text.removesuffix("人").removesuffix("名").removesuffix("日").strip()
    try:
        value = int(digits)
    except ValueError:
        raise _bad(QT_TRANSLATE_NOOP("errors", "“{text}” is not a whole number."), text=text) from None
    if value < 1:
        raise _bad(QT_TRANSLATE_NOOP("errors", "“{text}” must be 1 or more."), text=text)
    return value


def _word(text: str, words: dict[str, str], keys: list[str], default: str) -> str:
    if not text:
        return default
    if text in words:
        return words[text]
    if text.lower() in keys:
        return text.lower()
    raise _bad(QT_TRANSLATE_NOOP("errors", "“{text}” is not one of: {choices}."), text=text, choices="、".join(words))


def import_key(draft: NeedDraft) -> str:
    """The same request in a later export of the same file gives the same key, whatever else changed."""
    parts = (draft.received_at.isoformat(), "".join(draft.requester_name.split()), phone_key(draft.requester_phone),
             address_key(draft.site_address))
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def read_row(cells: list[object], mapping: dict[int, str], headers: list[str], *,
             work_types: list[str] | tuple[str, ...]) -> NeedRowData:
    """The row as a draft; RowError names the first cell that cannot be read.

    ``work_types`` is the council's list: work outside it is refused, so the board's filter finds every need.
    """
    raw: dict[str, object] = {mapping[i]: cells[i] for i in mapping if i < len(cells)}
    header_of = {field: headers[i] for i, field in mapping.items()}
    values: dict[str, object] = {}
    field = ""
    try:
        for field in mapping.values():
            cell = raw.get(field)
            text = cell_text(cell)
            if field == "received_at":
                values[field] = read_received_at(cell)
            elif field in ("headcount", "estimated_days"):
                values[field] = _count(text, default=1)
            elif field in ("work_types", "required_skills", "vulnerable"):
                # ・ splits only between whole words of the column's list (片付け・清掃 is one work type).
                words = {"work_types": work_types, "vulnerable": VULNERABLE}.get(field, ())
                values[field] = tuple(split_list(text, words))
                unknown = [w for w in values[field] if w not in work_types] if field == "work_types" else []
                if unknown:
                    raise _bad(QT_TRANSLATE_NOOP("errors", "Unknown work type: {name}. Use one of the council's list: {known}."),
                               name=unknown[0], known="、".join(work_types))
            elif field == "priority":
                values[field] = _word(text, PRIORITY_WORDS, list(Priority), Priority.MEDIUM)
            elif field == "gender_preference":
                values[field] = _word(text, GENDER_WORDS, list(GenderPreference), GenderPreference.ANY)
            elif field == "channel":
                values[field] = _word(text, CHANNEL_WORDS, list(Channel), Channel.OTHER_AGENCY)
            elif field == "status":
                values[field] = _word(text, STATUS_WORDS, [s.value for s in STATUS_TEXT], NeedStatus.RECEIVED)
            elif field == "requester_phone" and text and not phone_key(text):
                raise _bad(QT_TRANSLATE_NOOP("errors", "“{text}” is not a phone number."), text=text)
            else:
                values[field] = text
        for field in REQUIRED:
            if not values.get(field):
                raise _bad(QT_TRANSLATE_NOOP("errors", "This column must not be empty."))
    except UserError as exc:
        raise RowError(header_of.get(field, field), exc) from None
    status = str(values.pop("status", NeedStatus.RECEIVED))
    reason = str(values.pop("status_reason", ""))
    values.setdefault("channel", Channel.OTHER_AGENCY)  # a file comes from another office
    draft = NeedDraft(**values)  # type: ignore[arg-type]
    return NeedRowData(draft=draft, status=status, status_reason=reason, import_key=import_key(draft))
