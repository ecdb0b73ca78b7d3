"""The drill's story: a flood along the 野川 ten days ago, who came to help and what was asked for.

Plain Python. Every function takes the caller's ``random.Random`` and returns
plain dicts keyed by column name; the drill service adds ids, codes and
stamps. Call order matters: the same calls in the same order give the same
scenario for a seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from itertools import accumulate

from dvc.domain import drill_names as nm
from dvc.domain.address import address_key
from dvc.domain.timeutil import TOKYO, fiscal_year, local_day
from dvc.domain.need_intake import phone_key
from dvc.domain.vocab import WORK_TYPES, Channel, Gender, GenderPreference, NeedStatus, Priority

HISTORY_DAYS = 6  # earlier days on which repeat volunteers were checked in
FLOOD_DAYS = 10  # needs came in over this many days, the drill day included
CHECK_IN_FROM, CHECK_IN_TO = 8.5, 10.0  # Tokyo hours of the morning queue

# kind, weight, smallest, largest, most common size
GROUP_KINDS = (
    ("company", 30, 3, 15, 5), ("university", 20, 3, 12, 5), ("chokai", 15, 2, 8, 3), ("family", 12, 2, 5, 3),
    ("npo", 8, 2, 10, 4), ("high_school", 7, 5, 15, 8), ("junior_high", 3, 4, 10, 6), ("union", 5, 3, 10, 5),
)
_ADULT_AGES = {"company": (22, 62), "university": (18, 23), "chokai": (45, 78), "npo": (25, 72), "union": (25, 60)}
_STUDENT_AGES = {"high_school": (15, 17), "junior_high": (12, 15)}
_INDIVIDUAL_AGES = ((18, 22, 12), (23, 39, 28), (40, 59, 35), (60, 75, 22), (76, 79, 3))
_INDIVIDUAL_CUM = tuple(accumulate(a[2] for a in _INDIVIDUAL_AGES))
_SKILL_NAMES = tuple(s for s, _ in nm.SKILLS)
_SKILL_CUM = tuple(accumulate(w for _, w in nm.SKILLS))


def tokyo_time(day: date, days_before: int, hours: float) -> datetime:
    """A UTC-aware moment ``hours`` after Tokyo midnight, ``days_before`` the drill day."""
    midnight = datetime.combine(day - timedelta(days=days_before), time(), tzinfo=TOKYO)
    return (midnight + timedelta(seconds=round(hours * 3600))).astimezone(timezone.utc)


@dataclass
class Unit:
    """Who registered together: one individual, or a group whose first member represents it."""

    kind: str  # "" for an individual, else a key of GROUP_KINDS
    size: int
    start: int = 0  # index of the first member among all volunteers


def plan_units(rng: random.Random, volunteers: int) -> list[Unit]:
    budget = round(volunteers * rng.uniform(0.17, 0.23))
    units: list[Unit] = []
    while budget >= 2:
        kind, _w, lo, hi, mode = rng.choices(GROUP_KINDS, weights=[k[1] for k in GROUP_KINDS])[0]
        size = min(budget, hi, max(lo, int(rng.triangular(lo, hi + 1, mode))))
        units.append(Unit(kind, size))
        budget -= size
    units += [Unit("", 1) for _ in range(volunteers - sum(u.size for u in units))]
    rng.shuffle(units)
    start = 0
    for unit in units:
        unit.start, start = start, start + unit.size
    return units


def plan_attendance(rng: random.Random, units: list[Unit], checked_in: int) -> dict[int, list[int]]:
    """Volunteer index -> days before the drill day they came (0 = the day), earliest first.

    Groups come and go together; exactly ``checked_in`` people are in on the day.
    """
    order = list(range(len(units)))
    rng.shuffle(order)
    today: list[list[int]] = []
    rest: list[int] = []
    remaining = checked_in
    for ui in order:
        u = units[ui]
        if u.size <= remaining:
            today.append(list(range(u.start, u.start + u.size)))
            remaining -= u.size
        else:
            rest.append(ui)
    for ui in rest[:]:  # only when nearly everybody came: some groups come in part
        if not remaining:
            break
        u = units[ui]
        take = min(remaining, u.size)
        today.append(list(range(u.start, u.start + take)))
        remaining -= take
        rest.remove(ui)
    days: dict[int, list[int]] = {}
    for members in today:
        earlier = _earlier_days(rng) if rng.random() < 0.4 else []
        for i in members:
            days[i] = earlier + [0]
    past_only = round(checked_in * 0.8)
    for ui in rest:
        if past_only <= 0:
            break
        u = units[ui]
        earlier = _earlier_days(rng)
        for i in range(u.start, u.start + u.size):
            days[i] = earlier
        past_only -= u.size
    return days


def _earlier_days(rng: random.Random) -> list[int]:
    return sorted(rng.sample(range(1, HISTORY_DAYS + 1), rng.randint(1, 3)), reverse=True)


def arrival(rng: random.Random, day: date, days_before: int, size: int) -> datetime:
    """When a unit reached the check-in desk; its members follow 20 s apart."""
    latest = CHECK_IN_TO - size * 20 / 3600
    return tokyo_time(day, days_before, min(latest, rng.triangular(CHECK_IN_FROM, CHECK_IN_TO, 9.1)))


def departure(rng: random.Random, day: date, days_before: int) -> datetime:
    return tokyo_time(day, days_before, rng.uniform(14.5, 16.5))


def registration(rng: random.Random, day: date, first_day: int | None, first_arrival: datetime | None) -> datetime:
    """Online pre-registration on an earlier evening, or at the desk just before the first check-in."""
    if first_arrival is not None and rng.random() < 0.7:
        return first_arrival - timedelta(seconds=rng.randint(120, 900))
    before = rng.randint(1, FLOOD_DAYS - 1) if first_day is None else first_day + rng.randint(1, 3)
    return tokyo_time(day, before, rng.uniform(18, 23.5))


def _person(rng: random.Random, day: date, *, age: int, female: bool, family: tuple[str, str] | None = None,
            in_group: bool = False) -> dict:
    fam = family or nm.surname(rng)
    name, kana = nm.full_name(fam, nm.given_name(rng, female=female, age=age))
    adult = age >= 18
    exact = not adult or rng.random() < 0.93
    postal, address = nm.home_address(rng)
    fy = fiscal_year(day)
    insured, plan, where, on_site = fy, "基本タイプ", "団体で加入", False
    r = rng.random()
    # Groups mostly insure all members under one policy; schools and families always do for children.
    if not (in_group and r < 0.8) and adult:
        if r < 0.80:
            plan, where = rng.choice(nm.INSURANCE_PLANS), rng.choice(nm.INSURED_AT)
        elif r < 0.86:
            plan, where, on_site = "基本タイプ", "小金井市社会福祉協議会", True
        else:
            insured, plan, where = (None, "", "") if r < 0.93 else (fy - 1, "基本タイプ", "居住地の社会福祉協議会")
    count = min(30, int(rng.expovariate(0.45)) + 1) if adult and rng.random() < 0.4 else 0
    license_ = adult and rng.random() < 0.68
    vehicles = []
    if license_ and rng.random() < 0.025:
        vehicles.append("軽トラ")
    elif license_ and rng.random() < 0.10:
        vehicles.append("乗用車")
    if license_ and rng.random() < 0.04:
        vehicles.append("バイク")
    if rng.random() < 0.15:
        vehicles.append("自転車")
    skills = []
    if age >= 20 and rng.random() < 0.14:
        k = 1 if rng.random() < 0.85 else 2
        skills = list(dict.fromkeys(rng.choices(_SKILL_NAMES, cum_weights=_SKILL_CUM, k=k)))
    contact = nm.full_name(fam, nm.given_name(rng, female=rng.random() < 0.5, age=45))[0] if rng.random() < 0.8 else ""
    return {
        "name": name, "kana": kana, "gender": (Gender.FEMALE if female else Gender.MALE).value,
        "birth_date": nm.birth_date_for(rng, age, day) if exact else None, "age": None if exact else age,
        "phone": nm.mobile_phone(rng) if adult or rng.random() < 0.6 else "",
        "email": f"v{rng.randrange(10**7):07d}@example.com" if adult and rng.random() < 0.55 else "",
        "postal_code": postal, "address": address,
        "emergency_contact_name": contact, "emergency_contact_phone": nm.mobile_phone(rng) if contact else "",
        "is_group_representative": False,
        "experience": "、".join(rng.sample(nm.PAST_DISASTERS, min(count, 2))) if count else "",
        "disaster_experience_count": count,
        "insurance_fiscal_year": insured, "insurance_plan": plan, "insurance_where": where, "insured_on_site": on_site,
        "driving_license": license_, "skills": skills,
        "languages": list(rng.choice(nm.LANGUAGES)) if rng.random() < 0.06 else [],
        "vehicles": vehicles,
        "leader_ok": age >= 20 and rng.random() < (0.45 if count >= 2 else 0.1),
        "block_share_consent": rng.random() < 0.6, "contact_consent": rng.random() < 0.95,
        "guardian_consent": False, "guardian_name": "",
        "health_notes": rng.choice(nm.HEALTH_NOTES) if rng.random() < 0.05 else "",
        "blood_type": _blood_type(rng.random()),
        "available_dates": rng.choice(nm.AVAILABLE) if rng.random() < 0.4 else "",
        "preferred_district": rng.choice(nm.TOWNS).name if rng.random() < 0.12 else "",
        "notes": rng.choice(nm.VOLUNTEER_NOTES) if rng.random() < 0.04 else "",
    }


def _blood_type(r: float) -> str:
    # Half give it; among them A 40 %, O 30 %, B 20 %, AB 10 %.
    return "" if r >= 0.5 else "A" if r < 0.2 else "O" if r < 0.35 else "B" if r < 0.45 else "AB"


def make_individual(rng: random.Random, day: date) -> dict:
    lo, hi, _w = rng.choices(_INDIVIDUAL_AGES, cum_weights=_INDIVIDUAL_CUM)[0]
    r = rng.random()
    gender = (Gender.MALE if r < 0.57 else Gender.FEMALE if r < 0.97
              else Gender.OTHER if r < 0.98 else Gender.UNSPECIFIED)
    person = _person(rng, day, age=rng.randint(lo, hi), female=gender == Gender.FEMALE or (
        gender != Gender.MALE and rng.random() < 0.5))
    person["gender"] = gender.value
    return person


def _minor(rng: random.Random, day: date, age: int, family: tuple[str, str], guardian: str) -> dict:
    kid = _person(rng, day, age=age, female=rng.random() < 0.5, family=family, in_group=True)
    guardian = guardian or nm.full_name(family, nm.given_name(rng, female=rng.random() < 0.6, age=45))[0]
    kid.update(guardian_consent=True, guardian_name=guardian, emergency_contact_name=guardian, leader_ok=False,
               emergency_contact_phone=kid["emergency_contact_phone"] or nm.mobile_phone(rng))
    return kid


def make_group(rng: random.Random, kind: str, size: int, day: date) -> tuple[dict, list[dict]]:
    """A group and its members; the first member is an adult who represents it."""
    fam = nm.surname(rng)
    if kind == "family":
        rep_female = rng.random() < 0.5
        rep_age = rng.randint(38, 55)
        members = [_person(rng, day, age=rep_age, female=rep_female, family=fam, in_group=True)]
        if size >= 3 and rng.random() < 0.5:
            members.append(_person(rng, day, age=max(30, rep_age + rng.randint(-5, 5)), female=not rep_female,
                                   family=fam, in_group=True))
        while len(members) < size:
            members.append(_minor(rng, day, rng.randint(10, 17), fam, members[0]["name"]))
    elif kind in _STUDENT_AGES:
        lo, hi = _STUDENT_AGES[kind]
        teachers = 2 if size >= 10 else 1
        members = [_person(rng, day, age=rng.randint(25, 60), female=rng.random() < 0.4, in_group=True)
                   for _ in range(teachers)]
        members += [_minor(rng, day, rng.randint(lo, hi), nm.surname(rng), "") for _ in range(size - teachers)]
    else:
        lo, hi = _ADULT_AGES[kind]
        members = [_person(rng, day, age=rng.randint(max(lo, 20) if i == 0 else lo, hi), female=rng.random() < 0.45,
                           in_group=True) for i in range(size)]
    rep = members[0]
    rep.update(is_group_representative=True, leader_ok=rng.random() < 0.85)
    rep["phone"] = rep["phone"] or nm.mobile_phone(rng)
    name, kana = nm.group_name(rng, kind, fam)
    group = {
        "name": name, "kana": kana, "representative_name": rep["name"], "contact_phone": rep["phone"],
        "contact_email": f"info{rng.randrange(10**5):05d}@example.com" if kind in ("company", "npo", "union") else "",
        "declared_headcount": size, "block_share_consent": rng.random() < 0.6,
        "notes": "引率教員あり" if kind in _STUDENT_AGES else ("マイクロバスで来所" if size >= 10 else ""),
    }
    return group, members


# --- Requests ------------------------------------------------------------------------------

# status: (weight, fewest and most days since intake); older needs got further along.
_STATUSES = {
    NeedStatus.RECEIVED: (8, 0, 1), NeedStatus.AWAITING_SURVEY: (12, 0, 3), NeedStatus.SURVEYED: (8, 1, 4),
    NeedStatus.AWAITING_MATCH: (22, 1, 7), NeedStatus.ACTIVE: (15, 2, 8), NeedStatus.DONE: (22, 2, 9),
    NeedStatus.CONTINUING: (7, 3, 9), NeedStatus.ON_HOLD: (3, 1, 9), NeedStatus.CANCELLED: (3, 0, 9),
}
_FLOW = (NeedStatus.RECEIVED, NeedStatus.AWAITING_SURVEY, NeedStatus.SURVEYED, NeedStatus.AWAITING_MATCH,
         NeedStatus.ACTIVE, NeedStatus.DONE)
_REASONS = {NeedStatus.ON_HOLD: nm.HOLD_REASONS, NeedStatus.CANCELLED: nm.CANCEL_REASONS,
            NeedStatus.CONTINUING: nm.CONTINUE_REASONS}
_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def status_path(rng: random.Random, status: NeedStatus) -> list[NeedStatus]:
    if status in _FLOW:
        return list(_FLOW[: _FLOW.index(status) + 1])
    if status == NeedStatus.CONTINUING:
        return list(_FLOW[:5]) + [status]
    return list(_FLOW[: rng.randint(1, 3) if status == NeedStatus.ON_HOLD else rng.randint(1, 2)]) + [status]


def make_need(rng: random.Random, day: date,
              earlier_sites: list[tuple[str, nm.Town]]) -> tuple[dict, list[tuple], dict | None]:
    """(need fields, [(status, at, reason, staff)] from intake on, survey fields or None).

    ``earlier_sites`` collects sites; a few requests repeat one, typed in full-width digits.
    """
    status = rng.choices(list(_STATUSES), weights=[w for w, _lo, _hi in _STATUSES.values()])[0]
    days_before = rng.randint(*_STATUSES[status][1:])
    received = tokyo_time(day, days_before, rng.uniform(8.5, 9.8) if days_before == 0 else rng.uniform(9, 16))
    if earlier_sites and rng.random() < 0.03:
        site, town = rng.choice(earlier_sites)
        site = site.translate(_FULL_WIDTH)
    else:
        town = nm.flood_town(rng)
        site = nm.koganei_address(rng, town)
        earlier_sites.append((site, town))
    age = rng.randint(55, 92) if rng.random() < 0.7 else rng.randint(30, 54)
    requester, requester_kana = nm.full_name(nm.surname(rng), nm.given_name(rng, female=rng.random() < 0.55, age=age))
    damage, typical, skill = rng.choice(nm.DAMAGE)
    work = set(rng.sample(typical, rng.randint(1, len(typical))))
    if rng.random() < 0.03:
        work.add("その他")
    work_types = [w for w in WORK_TYPES if w in work]
    tools = dict.fromkeys(t for w in work_types for t in nm.WORK_TOOLS.get(w, "").split("、") if t)
    vulnerable = rng.choices(([], ["高齢"], ["高齢", "障がい"], ["障がい"], ["乳幼児"]), weights=(70, 20, 4, 3, 3))[0]
    lat, lon = nm.site_position(rng, town) if rng.random() < 0.8 else (None, None)
    path = status_path(rng, status)
    gaps = [rng.uniform(0.5, 20) for _ in path[1:]]
    room = (tokyo_time(day, 0, CHECK_IN_TO) - received).total_seconds() / 3600 * 0.95
    scale = min(1.0, room / sum(gaps)) if gaps else 1.0
    staff = rng.choice(nm.NEED_STAFF)
    history, at = [(path[0].value, received, "", staff)], received
    for step, gap in zip(path[1:], gaps):
        at = at + timedelta(seconds=round(gap * scale * 3600))
        reason = rng.choice(_REASONS[step]) if step in _REASONS else ""
        history.append((step.value, at, reason, rng.choice(nm.NEED_STAFF)))
    need = {
        "received_at": received,
        "channel": rng.choices(list(Channel), weights=(60, 18, 12, 10))[0].value,
        "staff_name": staff, "requester_name": requester, "requester_kana": requester_kana,
        "requester_phone": nm.koganei_landline(rng) if rng.random() < 0.55 else nm.mobile_phone(rng),
        "requester_address": "", "import_key": "",
        "remaining_work": history[-1][2] if status == NeedStatus.CONTINUING else "",
        "site_address": site, "address_key": address_key(site), "district": town.name,
        "damage": damage.format(cm=rng.randrange(10, 90, 5)), "work_types": work_types,
        "headcount": rng.choices(range(1, 11), weights=(4, 12, 18, 18, 15, 12, 6, 6, 4, 5))[0],
        "estimated_days": rng.choices((1, 2, 3, 4, 5), weights=(60, 25, 10, 3, 2))[0],
        "required_skills": [skill] if skill and rng.random() < 0.25 else [],
        "vehicle_needed": "軽トラ" if work & {"家財搬出", "運搬"} and rng.random() < 0.45 else "",
        "gender_preference": rng.choices(list(GenderPreference), weights=(90, 8, 2))[0].value,
        "equipment": "、".join(tools), "parking": rng.choice(nm.PARKING), "toilet": rng.choice(nm.TOILET),
        "vulnerable": vulnerable,
        "priority": rng.choices(list(Priority), weights=(45, 45, 10) if vulnerable else (12, 58, 30))[0].value,
        "preferred_dates": rng.choice(nm.PREFERRED) if rng.random() < 0.6 else "",
        "status": status.value, "status_reason": history[-1][2],
        "shared_with_block": status == NeedStatus.AWAITING_MATCH and rng.random() < 0.05,
        "latitude": lat, "longitude": lon,
        "notes": rng.choice(nm.NEED_NOTES) if rng.random() < 0.2 else "",
    }
    need["phone_key"] = phone_key(need["requester_phone"])
    # 応援要請 asked when the need reached the matching board, by whoever moved it there.
    need["support_requested_at"] = history[-1][1] if need["shared_with_block"] else None
    need["support_requested_by"] = history[-1][3] if need["shared_with_block"] else ""
    survey = None
    surveyed = next((h for h in history if h[0] == NeedStatus.SURVEYED), None)
    if surveyed is not None:
        survey = {
            "surveyed_on": local_day(surveyed[1]), "staff_name": surveyed[3],
            "findings": f"被害状況：{need['damage']}。{need['headcount']}人で{need['estimated_days']}日程度の見込み。",
            "revised_headcount": need["headcount"] if rng.random() < 0.8 else need["headcount"] + 2,
            "revised_days": None, "equipment": need["equipment"],
            "safety_concerns": rng.choice(nm.SAFETY) if rng.random() < 0.4 else "", "photos": [],
        }
    return need, history, survey


def make_equipment(rng: random.Random, daily_volunteers: int) -> list[dict]:
    factor = min(6.0, max(0.5, daily_volunteers / 300))
    items = []
    for name, unit, base, minimum, consumable in nm.EQUIPMENT:
        owned = max(1, round(base * factor * rng.uniform(0.8, 1.2)))
        items.append({
            "name": name, "unit": unit, "quantity_owned": owned,
            "quantity_lost": 0 if consumable else rng.randint(0, max(1, owned // 30)),
            "quantity_damaged": 0 if consumable else rng.randint(0, max(1, owned // 20)),
            "minimum_stock": max(1, round(minimum * factor)),
            "lendable_to_block": not consumable and rng.random() < 0.5, "consumable": consumable,
            "notes": "",
        })
    return items
