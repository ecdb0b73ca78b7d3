"""Printing a need: the ニーズ票 (for the board and the team leader, with the need's QR) and the requester's notice.

The wording and layout are in forms/need_sheet.toml and forms/requester_notice.toml,
which a council may override; this module only gathers what they print.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from sqlmodel import select

from dvc.domain.messages import UserError
from dvc.domain.normalise import InvalidValue, clean_phone
from dvc.domain.qr import make_payload
from dvc.domain.timeutil import to_local
from dvc.printing.render import render_pdf
from dvc.services.needs.intake import get_need
from dvc.services.core import setting_rows
from dvc.services.core.workspace import Workspace
from dvc.store.tables import Need, Survey

SHEET_FORM = "need_sheet"
NOTICE_FORM = "requester_notice"
KEY_CENTER_PHONE = "center.phone"
LEADER_ROWS = 10  # blank lines for the team's names, written by hand at the board

# Printed forms are Japanese paper (the council edits the TOML to change them), so the
# closed lists print in Japanese whatever the screen's language.
STATUS_JA = {"received": "受付", "awaiting_survey": "調査待ち", "surveyed": "調査済", "awaiting_match": "マッチング待ち",
             "active": "活動中", "done": "完了", "continuing": "継続", "on_hold": "保留", "cancelled": "取消"}
PRIORITY_JA = {"high": "高", "medium": "中", "low": "低"}
CHANNEL_JA = {"phone": "電話", "walk_in": "来所", "visit": "訪問", "other_agency": "その他機関"}
GENDER_JA = {"any": "指定なし", "women_only": "女性のみ", "men_only": "男性のみ"}


def center_phone(ws: Workspace) -> str:
    """The number printed on need sheets, requester notices and the 送り出し票's emergency box ("" if none)."""
    with ws.session() as s:
        return setting_rows.value_of(s, KEY_CENTER_PHONE) or ""


def clean_center_phone(phone: str) -> str:
    """042-381-1234 however typed; "" takes the number off the sheets."""
    try:
        return clean_phone(phone)
    except InvalidValue as exc:
        raise UserError(exc.source, **exc.params) from None


def set_center_phone(ws: Workspace, *, phone: str) -> str:
    cleaned = clean_center_phone(phone)
    with ws.transaction() as s:
        setting_rows.put(s, KEY_CENTER_PHONE, cleaned)
    return cleaned


def _when(need: Need) -> str:
    local = to_local(need.received_at)
    return f"{local.year}/{local.month}/{local.day} {local:%H:%M}"


def page_data(ws: Workspace, need: Need, survey: Survey | None, phone: str) -> dict:
    """What both forms may print for one need (the keys are listed at the top of each form file)."""
    return {
        "code": need.code,
        "payload": make_payload(ws.identity.council_short, "N", need.id),
        "council": ws.identity.council_name,
        "center_phone": phone,
        "received": _when(need),
        "channel": CHANNEL_JA.get(need.channel, need.channel),
        "staff": need.staff_name,
        "status": STATUS_JA.get(need.status, need.status),
        "status_reason": need.status_reason,
        "priority": PRIORITY_JA.get(need.priority, need.priority),
        "urgent": need.priority == "high",
        "requester_name": need.requester_name,
        "requester_kana": need.requester_kana,
        "requester_phone": need.requester_phone,
        "requester_address": need.requester_address,
        "site_address": need.site_address,
        "district": need.district,
        "damage": need.damage,
        "work_types": list(need.work_types or []),
        "headcount": need.headcount,
        "days": need.estimated_days,
        "skills": list(need.required_skills or []),
        "vehicle": need.vehicle_needed,
        "gender": GENDER_JA.get(need.gender_preference, need.gender_preference),
        "equipment": need.equipment,
        "parking": need.parking,
        "toilet": need.toilet,
        "vulnerable": list(need.vulnerable or []),
        "preferred_dates": need.preferred_dates,
        "notes": need.notes,
        "remaining_work": need.remaining_work,
        "survey_day": f"{survey.surveyed_on.year}/{survey.surveyed_on.month}/{survey.surveyed_on.day}" if survey else "",
        "survey_findings": survey.findings if survey else "",
        "safety": survey.safety_concerns if survey else "",
        "memo": "\n".join(x for x in (survey.findings if survey else "",
                                        f"残りの作業：{need.remaining_work}" if need.remaining_work else "",
                                        need.notes) if x),
        "team": [{} for _ in range(LEADER_ROWS)],
    }


def need_pages(ws: Workspace, need_ids: Sequence[uuid.UUID]) -> list[dict]:
    phone = center_phone(ws)
    pages = []
    with ws.session() as s:
        for need_id in need_ids:
            need = get_need(s, need_id)
            survey = s.exec(select(Survey).where(Survey.need_id == need_id, Survey.deleted == False)  # noqa: E712
                            .order_by(Survey.surveyed_on.desc(), Survey.updated_at.desc())).first()
            pages.append(page_data(ws, need, survey, phone))
    return pages


def print_needs(ws: Workspace, *, need_ids: Sequence[uuid.UUID], out: Path | str | BinaryIO,
                notice: bool = False) -> int:
    """Need sheets (or requester notices), one page per need; returns the pages written."""
    return render_pdf(NOTICE_FORM if notice else SHEET_FORM, need_pages(ws, need_ids), out, drill=ws.identity.drill)
