"""Stable keys for the closed lists of the domain.

Values are stored and exchanged as these English keys; the screens and forms
show them in Japanese (or English) through the translation files.
"""

from enum import StrEnum

from dvc.domain.messages import QT_TRANSLATE_NOOP


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNSPECIFIED = "unspecified"


class Role(StrEnum):
    STAFF = "staff"
    DESK_LEAD = "desk_lead"
    CENTER_HEAD = "center_head"


class Channel(StrEnum):
    PHONE = "phone"
    WALK_IN = "walk_in"
    VISIT = "visit"
    OTHER_AGENCY = "other_agency"


class NeedStatus(StrEnum):
    RECEIVED = "received"  # 受付
    AWAITING_SURVEY = "awaiting_survey"  # 調査待ち
    SURVEYED = "surveyed"  # 調査済
    AWAITING_MATCH = "awaiting_match"  # マッチング待ち
    ACTIVE = "active"  # 活動中
    DONE = "done"  # 完了
    CONTINUING = "continuing"  # 継続
    ON_HOLD = "on_hold"  # 保留
    CANCELLED = "cancelled"  # 取消


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class GenderPreference(StrEnum):
    ANY = "any"
    WOMEN_ONLY = "women_only"
    MEN_ONLY = "men_only"


class TeamStatus(StrEnum):
    PROPOSED = "proposed"
    CONFIRMED = "confirmed"
    DISPATCHED = "dispatched"
    RETURNED = "returned"
    CANCELLED = "cancelled"


# English source text of each team status (context "vocab"): the screens' word, and the one refusals use.
TEAM_STATUS_TEXT: dict[TeamStatus, str] = {
    TeamStatus.PROPOSED: QT_TRANSLATE_NOOP("vocab", "Proposed"),
    TeamStatus.CONFIRMED: QT_TRANSLATE_NOOP("vocab", "Confirmed"),
    TeamStatus.DISPATCHED: QT_TRANSLATE_NOOP("vocab", "Out on site"),
    TeamStatus.RETURNED: QT_TRANSLATE_NOOP("vocab", "Returned"),
    TeamStatus.CANCELLED: QT_TRANSLATE_NOOP("vocab", "Cancelled"),
}


class Outcome(StrEnum):
    DONE = "done"  # 完了
    CONTINUING = "continuing"  # 継続
    INTERRUPTED = "interrupted"  # 中断: stopped early (weather, danger, the resident); the need stays open


# English source text of each outcome (context "vocab", translated where shown, like the need statuses).
OUTCOME_TEXT: dict[Outcome, str] = {
    Outcome.DONE: QT_TRANSLATE_NOOP("vocab", "Done"),
    Outcome.CONTINUING: QT_TRANSLATE_NOOP("vocab", "Continuing"),
    Outcome.INTERRUPTED: QT_TRANSLATE_NOOP("vocab", "Interrupted"),
}


WORK_TYPES = ("泥出し", "家財搬出", "片付け・清掃", "運搬", "土のう", "家屋内の片付け", "話し相手", "その他")
# Household flags on a need (要配慮世帯): the desk ticks them, the board and matching look at them.
VULNERABLE = ("高齢", "障がい", "乳幼児", "妊婦", "要介護", "ひとり暮らし")
VEHICLES = ("自転車", "バイク", "軽トラ", "乗用車")
KOGANEI_TOWNS = ("本町", "東町", "梶野町", "関野町", "緑町", "中町", "前原町", "貫井北町", "貫井南町", "桜町")
