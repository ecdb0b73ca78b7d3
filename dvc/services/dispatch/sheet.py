"""The 送り出し票 a team's leader takes to the site: what forms/dispatch_sheet.toml prints for each team.

Printed at departure (with the tools lent and the times), or before it for a
confirmed team (times from the default rule, blank tool rows to fill in by
hand). The QR is the team's (kind T): scanning it at the return opens the
activity report. The work rules are in the form file, which a council edits.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from sqlmodel import select

from dvc.domain.qr import make_payload
from dvc.domain.timeutil import to_local, utcnow
from dvc.printing.render import Progress, render_pdf
from dvc.services.equipment import loans as loan_service
from dvc.services.dispatch.send_off import default_back_at, dispatch_of, get_team, members_of
from dvc.services.needs.sheets import GENDER_JA, center_phone
from dvc.services.core.workspace import Workspace
from dvc.store.tables import Need, Survey

FORM = "dispatch_sheet"
MEMBER_ROWS = 11  # the form's table; a larger team's last row says how many more
MEMO_LINES, MEMO_LINE_CHARS = 4, 58  # the memo box of the form: 176 mm at 8.5 pt
MORE = "…（続きはニーズ票）"


def _clock(moment) -> str:  # noqa: ANN001
    return f"{to_local(moment):%H:%M}" if moment else ""


def _memo(need: Need, survey: Survey | None) -> str:
    parts = [
        f"残りの作業：{need.remaining_work}" if need.remaining_work else "",
        f"必要な資機材：{need.equipment}" if need.equipment else "",
        survey.findings if survey else "",
        f"安全上の注意：{survey.safety_concerns}" if survey and survey.safety_concerns else "",
        f"性別の希望：{GENDER_JA[need.gender_preference]}" if need.gender_preference in ("women_only", "men_only") else "",
        need.notes,
    ]
    return "\n".join(p for p in parts if p)


def _fit(text: str, lines: int = MEMO_LINES, per_line: int = MEMO_LINE_CHARS) -> str:
    """Cut a long memo to what its box holds (the paragraph would run over the members' table)."""
    kept, used = [], 0
    for line in text.splitlines():
        need = max(1, -(-len(line) // per_line))
        if used + need > lines:
            room = (lines - used) * per_line - len(MORE)
            if room > 0:
                kept.append(line[:room] + MORE)
            elif kept:
                kept[-1] = kept[-1][:per_line - len(MORE)] + MORE
            break
        kept.append(line)
        used += need
    return "\n".join(kept)


def _member_rows(people: Sequence) -> list[dict]:  # noqa: ANN001
    rows = [{"leader": "◎" if p.is_leader else "", "name": p.name, "code": p.code, "phone": p.phone} for p in people]
    if len(rows) > MEMBER_ROWS:
        more = len(rows) - (MEMBER_ROWS - 1)
        rows = rows[:MEMBER_ROWS - 1] + [{"name": f"ほか {more} 名（名簿は受付で確認）"}]
    return rows


def sheet_pages(ws: Workspace, *, team_ids: Sequence[uuid.UUID]) -> list[dict]:
    """What the form prints for each team (the keys are listed at the top of forms/dispatch_sheet.toml)."""
    phone = center_phone(ws)
    now = utcnow()
    pages = []
    with ws.session() as s:
        people = members_of(s, list(team_ids))
        for team_id in team_ids:
            team = get_team(s, team_id)
            need = s.get(Need, team.need_id)
            survey = s.exec(select(Survey).where(Survey.need_id == need.id, Survey.deleted == False)  # noqa: E712
                            .order_by(Survey.surveyed_on.desc(), Survey.updated_at.desc())).first()
            dispatch = dispatch_of(s, team.id)
            lent = loan_service.loans_for_dispatch(ws, dispatch.id, session=s) if dispatch else []
            members = people[team.id]
            leader = next((p for p in members if p.is_leader), None)
            pages.append({
                "code": team.code,
                "payload": make_payload(ws.identity.council_short, "T", team.id),
                "council": ws.identity.council_name,
                "center_phone": phone,
                "day": f"{team.day.year}年{team.day.month}月{team.day.day}日",
                "departed": _clock(dispatch.departed_at) if dispatch else "",
                "expected_back": _clock(dispatch.expected_back_at if dispatch else default_back_at(s, now)),
                "transport": dispatch.transport if dispatch else "",
                "team_notes": dispatch.notes if dispatch else "",
                "need_code": need.code,
                "district": need.district,
                "site_address": need.site_address,
                "requester_name": need.requester_name,
                "requester_phone": need.requester_phone,
                "work_types": list(need.work_types or []),
                "damage": need.damage,
                "need_headcount": need.headcount,
                "parking": need.parking,
                "toilet": need.toilet,
                "vulnerable": list(need.vulnerable or []),
                "equipment_wanted": need.equipment,
                "memo": _fit("\n".join(x for x in (_memo(need, survey), dispatch.notes if dispatch else "") if x)),
                "leader_name": leader.name if leader else "",
                "leader_phone": leader.phone if leader else "",
                "headcount": len(members),
                "members": _member_rows(members),
                "loans": [{"name": r.name, "code": r.equipment_code, "quantity": f"{r.quantity_out} {r.unit}"}
                          for r in lent],
            })
    return pages


def print_sheets(ws: Workspace, *, team_ids: Sequence[uuid.UUID], out: Path | str | BinaryIO,
                 progress: Progress | None = None) -> int:
    """One 送り出し票 per team; returns the pages written."""
    return render_pdf(FORM, sheet_pages(ws, team_ids=team_ids), out, drill=ws.identity.drill, progress=progress)
