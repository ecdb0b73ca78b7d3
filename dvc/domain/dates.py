"""Dates as Japanese people and web forms write them: 2026-04-01, 2026/4/1, 令和8年4月1日, R8.4.1, 平成2年…"""

from __future__ import annotations

import re
from datetime import date

from dvc.domain.messages import QT_TRANSLATE_NOOP
from dvc.domain.normalise import InvalidValue, nfkc

# era: (first day, last era year). A date after the era ended but within its
# last year (平成31年5月1日) is still read: forms printed before 2019 kept being filled in.
ERAS = {
    "令和": (date(2019, 5, 1), None),
    "平成": (date(1989, 1, 8), 31),
    "昭和": (date(1926, 12, 25), 64),
    "大正": (date(1912, 7, 30), 15),
}
_ERA_LETTERS = {"R": "令和", "H": "平成", "S": "昭和", "T": "大正"}

# With the IME on, the / and . keys give ・ and 。 (NFKC keeps both): H28・3・3 is what a desk types for H28/3/3.
_MARKS = "-/.・。"
_SEP = rf"\s*[{_MARKS}年]\s*"
_MONTH_SEP = rf"\s*[{_MARKS}月]\s*"
_GREGORIAN = re.compile(rf"^(\d{{4}}){_SEP}(\d{{1,2}}){_MONTH_SEP}(\d{{1,2}})\s*日?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_WAREKI = re.compile(
    rf"^(令和|平成|昭和|大正|[RHST])\s*(元|\d{{1,2}}){_SEP}(\d{{1,2}}){_MONTH_SEP}(\d{{1,2}})\s*日?$",
    re.IGNORECASE,
)

BAD_DATE = QT_TRANSLATE_NOOP(
    "errors", "“{text}” is not a date. Write it as 1990-04-01, 1990/4/1 or 平成2年4月1日."
)


def parse_date(text: str | None) -> date | None:
    """The date written in ``text``; None for an empty text; ``InvalidValue`` otherwise."""
    raw = nfkc(text)
    if not raw:
        return None
    if m := _GREGORIAN.match(raw) or _COMPACT.match(raw):
        return _make(raw, int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if m := _WAREKI.match(raw):
        era = _ERA_LETTERS.get(m.group(1).upper(), m.group(1))
        first_day, last_year = ERAS[era]
        era_year = 1 if m.group(2) == "元" else int(m.group(2))
        if era_year < 1 or (last_year is not None and era_year > last_year):
            raise InvalidValue(QT_TRANSLATE_NOOP("errors", "“{text}”: {era} has no year {year}."),
                               text=raw, era=era, year=era_year)
        day = _make(raw, first_day.year + era_year - 1, int(m.group(3)), int(m.group(4)))
        if day < first_day:
            raise InvalidValue(QT_TRANSLATE_NOOP("errors", "“{text}” is before {era} began."), text=raw, era=era)
        return day
    raise InvalidValue(BAD_DATE, text=raw)


def _make(raw: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise InvalidValue(BAD_DATE, text=raw) from None


def wareki(day: date) -> str:
    """令和8年4月1日: how the date reads on Japanese paper (元年 for the first year)."""
    for era, (first_day, _last) in ERAS.items():
        if day >= first_day:
            year = day.year - first_day.year + 1
            return f"{era}{'元' if year == 1 else year}年{day.month}月{day.day}日"
    return f"{day.year}年{day.month}月{day.day}日"
