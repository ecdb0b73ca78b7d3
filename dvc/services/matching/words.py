"""The sentences behind matching's reason and rule-break keys, for the matching page and ``dvc match``.

The domain gives keys and parameters (dvc/domain/matching/explain.py and
validate.py); here each key gets one English source sentence for Qt's
translation, so the GUI and the CLI say the same thing.
"""

from __future__ import annotations

from collections.abc import Mapping

from dvc.domain.messages import QT_TRANSLATE_NOOP, Translate, UserError
from dvc.domain.vocab import GenderPreference

CONTEXT = "matching"

SENTENCES: dict[str, str] = {
    # Why a volunteer is in a team
    "leader": QT_TRANSLATE_NOOP("matching", "Leader: {name} ({experience} disaster activities before)"),
    "needs_skill": QT_TRANSLATE_NOOP("matching", "Needs {skill}: {name} holds it"),
    "brings_vehicle": QT_TRANSLATE_NOOP("matching", "Needs a {vehicle}: {name} brings one"),
    "with_group": QT_TRANSLATE_NOOP("matching", "{name} stays with the group {group}"),
    "minor_with_adult": QT_TRANSLATE_NOOP("matching", "{name} is a minor and goes with {adult} of the same group"),
    "continuity": QT_TRANSLATE_NOOP("matching", "{name} was in this need's last team"),
    "preferred_district": QT_TRANSLATE_NOOP("matching", "{name} wished to work in {district}"),
    "gender_match": QT_TRANSLATE_NOOP("matching", "The need asks for {gender}: {name} fits"),
    "fills_headcount": QT_TRANSLATE_NOOP("matching", "{name} fills the headcount"),
    "locked": QT_TRANSLATE_NOOP("matching", "Kept as the staff fixed it (locked)"),
    # Why a need is short
    "no_skill_holder": QT_TRANSLATE_NOOP("matching", "Nobody checked in today holds {skill}"),
    "skill_holders_busy": QT_TRANSLATE_NOOP("matching", "Everyone holding {skill} is already in another team"),
    "no_vehicle": QT_TRANSLATE_NOOP("matching", "Nobody checked in today brings a {vehicle}"),
    "vehicles_busy": QT_TRANSLATE_NOOP("matching", "Every {vehicle} here is already with another team"),
    "too_few_of_gender": QT_TRANSLATE_NOOP("matching", "The need asks for {gender}: only {free} such volunteers are free"),
    "short_of_volunteers": QT_TRANSLATE_NOOP("matching", "{missing} more people needed; {free} volunteers are free"),
    "groups_do_not_fit": QT_TRANSLATE_NOOP("matching", "{missing} places left, but the free groups are larger"),
    # Why a volunteer is left out
    "uninsured": QT_TRANSLATE_NOOP("matching", "{name} has no valid volunteer insurance"),
    "minor_without_adult": QT_TRANSLATE_NOOP("matching", "{name} is a minor with no adult of the same group here"),
    "group_with_child_held": QT_TRANSLATE_NOOP(
        "matching", "{name} waits with the group {group}: it has children who go only with their guardian, and not "
        "all of the group can go (someone uninsured, or already in a team)"),
    "no_open_needs": QT_TRANSLATE_NOOP("matching", "No need is waiting for a team"),
    "all_needs_full": QT_TRANSLATE_NOOP("matching", "Every waiting need is fully staffed"),
    "group_too_large": QT_TRANSLATE_NOOP("matching", "The group {group} ({size} people) fits no need (most room left: {room})"),
    "group_parts_used": QT_TRANSLATE_NOOP("matching", "The group {group} already spans the {parts} teams it may be split into"),
    "no_team_possible": QT_TRANSLATE_NOOP("matching", "No team can take this person under the rules (skills, gender, groups)"),
    # Rules a team breaks (dvc.domain.matching.validate, and no_leader from the plan)
    "unknown_need": QT_TRANSLATE_NOOP("matching", "The need is no longer waiting for a team"),
    "two_teams_for_need": QT_TRANSLATE_NOOP("matching", "The need already has another team today"),
    "unknown_volunteer": QT_TRANSLATE_NOOP("matching", "{name} is not available (checked out, or in a confirmed team)"),
    "volunteer_in_two_teams": QT_TRANSLATE_NOOP("matching", "{name} is in two teams"),
    "volunteer_listed_twice": QT_TRANSLATE_NOOP("matching", "A member is listed twice"),
    "empty_team": QT_TRANSLATE_NOOP("matching", "The team has no members"),
    "no_leader": QT_TRANSLATE_NOOP("matching", "The team has no leader"),
    "leader_not_member": QT_TRANSLATE_NOOP("matching", "The leader {name} is not a member of the team"),
    "leader_not_adult": QT_TRANSLATE_NOOP("matching", "The leader {name} is not an adult"),
    "over_headcount": QT_TRANSLATE_NOOP("matching", "{size} members for a need of {headcount}"),
    "requirement_missing": QT_TRANSLATE_NOOP("matching", "Nobody in the team brings {requirement}"),
    "wrong_gender": QT_TRANSLATE_NOOP("matching", "{name} does not fit the need's men-only or women-only condition"),
    "minor_without_group_adult": QT_TRANSLATE_NOOP("matching", "{name} is a minor with no adult of the same group in the team"),
    "group_split": QT_TRANSLATE_NOOP("matching", "The group {group} is split over {teams} teams (allowed: {allowed})"),
    "group_left_behind": QT_TRANSLATE_NOOP("matching", "Part of the group {group} is left out: {names}"),
    "group_with_child_split": QT_TRANSLATE_NOOP(
        "matching", "The group {group} has children who go only with their guardian: all of it goes in one team or "
        "none of it does (not with it: {names})"),
}

# The leader's sentence when the person said they can lead (リーダー可).
LEADER_OK = QT_TRANSLATE_NOOP("matching", "Leader: {name} (can lead; {experience} disaster activities before)")

GENDER_WORDS = {
    GenderPreference.WOMEN_ONLY: QT_TRANSLATE_NOOP("vocab", "Women only"),
    GenderPreference.MEN_ONLY: QT_TRANSLATE_NOOP("vocab", "Men only"),
}


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return "?"  # a reason from an older or newer dvc with other parameters still reads


def reason_text(reason: Mapping, translate: Translate) -> str:
    """One reason or rule break ({"key", "params"}) as a sentence in the user's language."""
    key = reason.get("key", "")
    params = _Blank(reason.get("params") or {})
    if "gender" in params and params["gender"] in GENDER_WORDS:
        params["gender"] = translate("vocab", GENDER_WORDS[params["gender"]])
    source = LEADER_OK if key == "leader" and params.get("leader_ok") else SENTENCES.get(key)
    if source is None:
        return key  # unknown key: shown as it is rather than hidden
    return translate(CONTEXT, source).format_map(params)


class RuleBreaks(UserError):
    """A refusal that lists the rule breaks behind it, each as its translated sentence."""

    def __init__(self, source: str, /, problems: list[dict], **params) -> None:  # noqa: ANN003
        super().__init__(source, **params)
        self.problems = problems

    def message(self, translate: Translate = lambda _c, t: t) -> str:
        lines = [super().message(translate)]
        # A problem may name its team ("team": code), so a refusal over several teams says which is which.
        lines += [f"・{p['team'] + ': ' if p.get('team') else ''}{reason_text(p, translate)}" for p in self.problems]
        return "\n".join(lines)
