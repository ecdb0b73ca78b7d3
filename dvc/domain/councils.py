"""The councils dvc knows by name: the North Tama South Block (北多摩南部ブロック)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dvc.domain.codes import validate_short


@dataclass(frozen=True)
class CouncilProfile:
    code: str  # stable identifier used in files and on the command line
    short: str  # two letters used in human record codes
    name_ja: str
    name_en: str


KNOWN_COUNCILS: dict[str, CouncilProfile] = {
    p.code: p
    for p in (
        CouncilProfile("koganei", "KG", "小金井市社会福祉協議会", "Koganei City Council of Social Welfare"),
        CouncilProfile("mitaka", "MT", "三鷹市社会福祉協議会", "Mitaka City Council of Social Welfare"),
        CouncilProfile("chofu", "CF", "調布市社会福祉協議会", "Chofu City Council of Social Welfare"),
        CouncilProfile("komae", "KE", "狛江市社会福祉協議会", "Komae City Council of Social Welfare"),
        CouncilProfile("fuchu", "FC", "府中市社会福祉協議会", "Fuchu City Council of Social Welfare"),
    )
}

_CODE_RE = re.compile(r"^[a-z][a-z0-9_]{1,31}$")


class CouncilError(ValueError):
    def __init__(self, reason: str, text: str) -> None:
        super().__init__(f"{reason}: {text!r}")
        self.reason = reason
        self.text = text


def council_profile(code: str, *, short: str | None = None, name: str | None = None) -> CouncilProfile:
    """The profile for a council code; unknown councils need a short code and may give a name."""
    code = code.strip().lower()
    if not _CODE_RE.match(code):
        raise CouncilError("bad-council-code", code)
    known = KNOWN_COUNCILS.get(code)
    if known is not None:
        if short is not None and validate_short(short) != known.short:
            raise CouncilError("fixed-short", code)
        return CouncilProfile(known.code, known.short, name or known.name_ja, known.name_en)
    if short is None:
        short = code[:2]
    short = validate_short(short)
    for other in KNOWN_COUNCILS.values():
        if other.short == short:
            raise CouncilError("short-taken", short)
    return CouncilProfile(code, short, name or code, name or code)
