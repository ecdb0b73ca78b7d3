"""One row of a pre-registration file (a web form's CSV or Excel export) read into a VolunteerInput.

Headers are the Japanese ones of the ボランティア受付票 (canonical) or their English
keys; the accepted values are listed in manual/import_volunteers.md. Columns that
are not ours (a form's タイムスタンプ, say) are left out and named in the preview.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime

from dvc.domain import table_rows
from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.domain.normalise import kana_key, nfkc, split_list
from dvc.domain.timeutil import fiscal_year
from dvc.domain.vocab import Gender
from dvc.domain.volunteer_input import VolunteerInput

# Canonical Japanese header -> field; the field names are the English aliases.
HEADERS = {
    "氏名": "name", "ふりがな": "kana", "生年月日": "birth_date", "年齢": "age", "性別": "gender",
    "電話番号": "phone", "メール": "email", "住所": "address", "緊急連絡先": "emergency_contact", "団体名": "group",
    "保険": "insurance", "資格": "skills", "車両": "vehicles", "経験": "experience", "リーダー可": "leader_ok",
    "ブロック共有同意": "block_share_consent", "保護者同意": "guardian_consent", "保険情報提供同意": "insurance_consent",
    "郵便番号": "postal_code", "保護者氏名": "guardian_name", "備考": "notes",
}
# Other ways forms write the same headers.
ALIASES = {
    "フリガナ": "kana", "よみがな": "kana", "furigana": "kana", "名前": "name", "お名前": "name", "電話": "phone",
    "携帯電話": "phone", "tel": "phone", "メールアドレス": "email", "e-mail": "email", "mail": "email",
    "birthday": "birth_date", "date_of_birth": "birth_date", "団体": "group", "group_name": "group",
    "保険加入": "insurance", "保険同意": "insurance_consent", "保険加入同意": "insurance_consent", "postcode": "postal_code", "zip": "postal_code",
}
FIELDS = frozenset(HEADERS.values())

YES = frozenset({"はい", "yes", "y", "true", "1", "○", "◯", "〇", "✓", "可", "有", "あり", "有り", "同意", "同意する",
                 "済", "加入", "加入済", "加入済み", "加入している"})
NO = frozenset({"いいえ", "no", "n", "false", "0", "×", "✕", "不可", "無", "なし", "無し", "同意しない", "未加入",
                "加入していない", "当日加入", "当日加入予定", "未", "-"})
GENDERS = {"男": Gender.MALE, "男性": Gender.MALE, "male": Gender.MALE, "m": Gender.MALE,
           "女": Gender.FEMALE, "女性": Gender.FEMALE, "female": Gender.FEMALE, "f": Gender.FEMALE,
           "その他": Gender.OTHER, "other": Gender.OTHER,
           "回答しない": Gender.UNSPECIFIED, "無回答": Gender.UNSPECIFIED, "未回答": Gender.UNSPECIFIED}
VEHICLE_WORDS = {"軽トラック": "軽トラ", "軽トラ": "軽トラ", "自転車": "自転車", "バイク": "バイク", "オートバイ": "バイク",
                 "原付": "バイク", "乗用車": "乗用車", "自家用車": "乗用車", "車": "乗用車"}
_FISCAL = re.compile(r"^(?:(\d{4})|令和\s*(元|\d{1,2})|R\s*(\d{1,2}))\s*年?度?$", re.IGNORECASE)
_PHONE_IN_TEXT = re.compile(r"\+?\d[\d\-() ]{8,}\d")


class MissingColumns(UserError):
    pass


@dataclass(frozen=True)
class RowError(Exception):
    """A cell that cannot be read: the header as written in the file, and why."""

    header: str
    error: UserError


@dataclass(frozen=True)
class VolunteerRow:
    data: VolunteerInput
    group: str


def _field_of(key: str) -> str | None:
    return HEADERS.get(key) or ALIASES.get(key.lower()) or (key.lower() if key.lower() in FIELDS else None)


def map_headers(headers: list[str]) -> tuple[dict[int, str], list[str]]:
    """Column index -> field, and the headers that are not ours; refuses a file without the required columns."""
    mapping, unknown = table_rows.match_headers(headers, _field_of)
    have = set(mapping.values())
    missing = [h for h, f in HEADERS.items() if f in ("name", "kana") and f not in have]
    if not have & {"birth_date", "age"}:
        missing.append("生年月日/年齢")
    if not have & {"phone", "email"}:
        missing.append("電話番号/メール")
    if missing:
        raise MissingColumns(
            QT_TRANSLATE_NOOP("errors", "This is not a volunteer list dvc can read: the columns {missing} are missing "
                                        "(the first row must hold the headers; found: {found}). "
                                        "See manual/import_volunteers.md for the columns."),
            missing="、".join(missing), found="、".join([h for h in headers if h][:10]) or "-")
    return mapping, unknown


def cell_text(cell: object) -> str:
    """A cell as table_rows reads it, a date and time as its date, runs of spaces as one."""
    if isinstance(cell, datetime):
        cell = cell.date()
    return nfkc(table_rows.cell_text(cell))


def _raw(cell: object) -> str:
    """A list cell before cell_text folds its line breaks into spaces: a line break separates items."""
    return "" if cell is None else str(cell)


def _bool(text: str) -> bool:
    if not text or text.lower() in NO:
        return False
    if text.lower() in YES:
        return True
    raise UserError(QT_TRANSLATE_NOOP("errors", "“{text}” is neither yes nor no (はい/いいえ, ○/×, 1/0)."), text=text)


def _gender(text: str) -> str:
    if not text:
        return Gender.UNSPECIFIED
    found = GENDERS.get(text) or GENDERS.get(text.lower())
    if found is None:
        raise UserError(QT_TRANSLATE_NOOP("errors", "“{text}” is not a gender (男性, 女性, その他, 回答しない)."),
                        text=text)
    return found


def insurance_year(text: str, today: date) -> int | None:
    """加入済/はい → this fiscal year; 2026年度, 令和8年度, R8 → that year; 未加入/いいえ/当日加入 → none yet."""
    if not text or text.lower() in NO:
        return None
    if text.lower() in YES:
        return fiscal_year(today)
    if m := _FISCAL.match(text):
        if m.group(1):
            return int(m.group(1))
        era_year = m.group(2) or m.group(3)
        return 2018 + (1 if era_year == "元" else int(era_year))
    raise UserError(QT_TRANSLATE_NOOP("errors", "“{text}” is not an insurance answer (加入済, 未加入, or a year such as "
                                                "2026年度)."), text=text)


def split_contact(text: str) -> tuple[str, str]:
    """緊急連絡先 as one cell ("山田花子（母）090-1111-2222"): the name part and the phone part."""
    found = _PHONE_IN_TEXT.search(text)
    if not found:
        return text, ""
    name = (text[: found.start()] + " " + text[found.end():]).strip(" 　:：,、/")
    return nfkc(name), found.group(0)


def _birth_cell(cell: object) -> str | date:
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    return cell_text(cell)


def read_row(cells: list[object], mapping: dict[int, str], headers: list[str], *, today: date) -> VolunteerRow:
    """The row as an input (not yet checked for required fields); RowError names a cell that cannot be read."""
    data = VolunteerInput()
    group = ""
    for index, field in mapping.items():
        cell = cells[index] if index < len(cells) else None
        text = cell_text(cell)
        try:
            if field == "birth_date":
                data.birth_date = _birth_cell(cell)
            elif field == "gender":
                data.gender = _gender(text)
            elif field == "insurance":
                data.insurance_fiscal_year = insurance_year(text, today)
            elif field in ("leader_ok", "block_share_consent", "guardian_consent", "insurance_consent"):
                setattr(data, field, _bool(text))
            elif field == "emergency_contact":
                data.emergency_contact_name, data.emergency_contact_phone = split_contact(text)
            elif field == "vehicles":
                data.vehicles = [VEHICLE_WORDS.get(v, v) for v in split_list(_raw(cell), tuple(VEHICLE_WORDS))]
            elif field == "skills":
                data.skills = split_list(_raw(cell))
            elif field == "experience":
                count = text.removesuffix("回").strip()
                if count.isdigit():
                    data.disaster_experience_count = int(count)
                else:
                    data.experience = text
            elif field == "group":
                group = text
            elif field == "phone" and text and text.isdigit() and not text.startswith(("0", "+")):
                # A spreadsheet that took 09012345678 for a number dropped the leading 0.
                data.phone = "0" + text
            else:
                setattr(data, field, text)
        except UserError as exc:
            raise RowError(headers[index], exc) from None
    return VolunteerRow(data=data, group=group)


def import_key(values: dict) -> str:
    """The same person in the same file (or a later export of it) gives the same key.

    Cleaned values: ふりがな without spaces, the birth date (or the stated age), the phone (or the e-mail).
    """
    born = values["birth_date"].isoformat() if values.get("birth_date") else f"age:{values.get('age')}"
    contact = values.get("phone") or values.get("email", "").lower()
    parts = (kana_key(values["kana"]), born, contact)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]
