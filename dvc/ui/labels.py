"""How the stored English keys of the domain's closed lists (vocab.py) read on screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from dvc.domain.need_status import STATUS_TEXT
from dvc.domain.vocab import TEAM_STATUS_TEXT, Channel, Gender, GenderPreference, Priority, Role

CONTEXT = "vocab"

NEED_STATUS = STATUS_TEXT  # the domain's, so refusals and screens name a status the same way

PRIORITY = {
    Priority.HIGH: QT_TRANSLATE_NOOP("vocab", "High"),
    Priority.MEDIUM: QT_TRANSLATE_NOOP("vocab", "Medium"),
    Priority.LOW: QT_TRANSLATE_NOOP("vocab", "Low"),
}

TEAM_STATUS = TEAM_STATUS_TEXT

GENDER = {
    Gender.FEMALE: QT_TRANSLATE_NOOP("vocab", "Female"),
    Gender.MALE: QT_TRANSLATE_NOOP("vocab", "Male"),
    Gender.OTHER: QT_TRANSLATE_NOOP("vocab", "Other"),
    Gender.UNSPECIFIED: QT_TRANSLATE_NOOP("vocab", "Not given"),
}


CHANNEL = {
    Channel.PHONE: QT_TRANSLATE_NOOP("vocab", "Phone"),
    Channel.WALK_IN: QT_TRANSLATE_NOOP("vocab", "Walk-in"),
    Channel.VISIT: QT_TRANSLATE_NOOP("vocab", "Visit"),
    Channel.OTHER_AGENCY: QT_TRANSLATE_NOOP("vocab", "Other agency"),
}

GENDER_PREFERENCE = {
    GenderPreference.ANY: QT_TRANSLATE_NOOP("vocab", "No preference"),
    GenderPreference.WOMEN_ONLY: QT_TRANSLATE_NOOP("vocab", "Women only"),
    GenderPreference.MEN_ONLY: QT_TRANSLATE_NOOP("vocab", "Men only"),
}


def _label(table: dict, key: str) -> str:
    source = table.get(key)
    # A key from a newer version or another council's file still shows, untranslated.
    return QCoreApplication.translate(CONTEXT, source) if source else key


def need_status(key: str) -> str:
    return _label(NEED_STATUS, key)


def priority(key: str) -> str:
    return _label(PRIORITY, key)


def team_status(key: str) -> str:
    return _label(TEAM_STATUS, key)


def gender(key: str) -> str:
    return _label(GENDER, key)


def insurance(insured: bool) -> str:
    if insured:
        return QCoreApplication.translate("vocab", "Insured")
    return QCoreApplication.translate("vocab", "Not insured")


def channel(key: str) -> str:
    return _label(CHANNEL, key)


def gender_preference(key: str) -> str:
    return _label(GENDER_PREFERENCE, key)


ROLE = {
    Role.STAFF: QT_TRANSLATE_NOOP("vocab", "Staff"),
    Role.DESK_LEAD: QT_TRANSLATE_NOOP("vocab", "Desk lead"),
    Role.CENTER_HEAD: QT_TRANSLATE_NOOP("vocab", "Center head"),
}


def role(key: str) -> str:
    return _label(ROLE, key)


# Vehicles and household needs are stored as the Japanese words of the paper forms (vocab.VEHICLES,
# vocab.VULNERABLE); on screen they read in the chosen language. A word not listed shows as stored.
VEHICLE = {
    "自転車": QT_TRANSLATE_NOOP("vocab", "Bicycle"),
    "バイク": QT_TRANSLATE_NOOP("vocab", "Motorbike"),
    "軽トラ": QT_TRANSLATE_NOOP("vocab", "Light truck"),
    "乗用車": QT_TRANSLATE_NOOP("vocab", "Car"),
}

HOUSEHOLD = {
    "高齢": QT_TRANSLATE_NOOP("vocab", "Elderly"),
    "障がい": QT_TRANSLATE_NOOP("vocab", "Disability"),
    "乳幼児": QT_TRANSLATE_NOOP("vocab", "Infant"),
    "妊婦": QT_TRANSLATE_NOOP("vocab", "Pregnancy"),
    "要介護": QT_TRANSLATE_NOOP("vocab", "Needs care"),
    "ひとり暮らし": QT_TRANSLATE_NOOP("vocab", "Lives alone"),
}


def vehicle(word: str) -> str:
    return _label(VEHICLE, word)


def household(word: str) -> str:
    return _label(HOUSEHOLD, word)
