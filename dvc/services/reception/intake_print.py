"""QR intake sheets and name badges: the page data for forms/intake_sheet, blank_intake_sheet, badge_labels.

A registered volunteer's sheet and badge carry a QR of kind V (their record id);
a blank sheet carries a fresh id of kind S and needs no row until someone
registers with it (registration binds the id, check-in then finds them by it).
No QR carries personal data.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import and_, exists
from sqlmodel import select

from dvc.domain.codes import CodeError, parse_code
from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.domain.qr import make_payload
from dvc.domain.timeutil import fiscal_year, local_day
from dvc.domain.vocab import TeamStatus
from dvc.domain.volunteer_rules import ADULT_AGE, age_on
from dvc.printing.render import Progress, render_pdf
from dvc.services.core.workspace import Workspace
from dvc.store.tables import Attendance, Group, Team, TeamMember, Volunteer

INTAKE_FORM = "intake_sheet"
BLANK_FORM = "blank_intake_sheet"
BADGE_FORM = "badge_labels"
MAX_BLANK = 5000  # a box of paper; more is a typo

_COLUMNS = (Volunteer.id, Volunteer.code, Volunteer.name, Volunteer.kana, Volunteer.birth_date, Volunteer.age,
            Volunteer.insurance_fiscal_year, Volunteer.leader_ok, Group.name)


@dataclass(frozen=True)
class Printed:
    path: str
    pages: int  # PDF pages
    records: int  # sheets or labels


def _day_text(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _common(ws: Workspace, day: date) -> dict:
    return {"council": ws.identity.council_name, "printed_day": _day_text(day)}


def _query(ws: Workspace, clauses: list, order=None) -> list:  # noqa: ANN001
    query = (select(*_COLUMNS).outerjoin(Group, Group.id == Volunteer.group_id)
             .where(Volunteer.deleted == False, *clauses)  # noqa: E712
             .order_by(*(order or (Volunteer.kana, Volunteer.code))))
    with ws.session() as s:
        return list(s.exec(query).all())


def volunteers_by_code(ws: Workspace, codes: Iterable[str]) -> list:
    """Rows for the codes a person typed (full-width accepted), in the order given; refuses unknown codes."""
    wanted: list[str] = []
    bad: list[str] = []
    for text in codes:
        try:
            wanted.append(str(parse_code(text, "V")))
        except CodeError:
            bad.append(text)
    if bad:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Not a volunteer code: {codes}"), codes=", ".join(bad))
    rows = {row.code: row for row in _query(ws, [Volunteer.code.in_(wanted)])} if wanted else {}
    missing = [code for code in wanted if code not in rows]
    if missing:
        raise UserError(QT_TRANSLATE_NOOP("errors", "No volunteer has the code {codes}."), codes=", ".join(missing))
    return [rows[code] for code in dict.fromkeys(wanted)]


def all_registered(ws: Workspace) -> list:
    return _query(ws, [])


def checked_in_on(ws: Workspace, day: date) -> list:
    """Today's people, a group's members together, for badges handed out at the desk."""
    here = exists().where(Attendance.volunteer_id == Volunteer.id, Attendance.day == day,
                          Attendance.deleted == False)  # noqa: E712
    return _query(ws, [here], order=(Group.name, Volunteer.kana, Volunteer.code))


def _leaders_on(ws: Workspace, day: date, ids: list[uuid.UUID]) -> set[uuid.UUID]:
    if not ids:
        return set()
    query = (select(TeamMember.volunteer_id).join(Team, and_(Team.id == TeamMember.team_id, Team.day == day))
             .where(TeamMember.is_leader == True, TeamMember.deleted == False, Team.deleted == False,  # noqa: E712
                    Team.status != TeamStatus.CANCELLED, TeamMember.volunteer_id.in_(ids)))
    with ws.session() as s:
        return set(s.exec(query).all())


def sheet_pages(ws: Workspace, rows: list, *, day: date | None = None) -> list[dict]:
    """One intake sheet per volunteer row (from volunteers_by_code / all_registered)."""
    # Wording (加入済み, リーダー可…) is in the form files, where a council can change it.
    day = day or local_day()
    fy, short, common = fiscal_year(day), ws.identity.council_short, _common(ws, day)
    pages = []
    for vid, code, name, kana, birth, stated_age, insured_fy, leader_ok, group in rows:
        age = age_on(day, birth, stated_age)
        insured = insured_fy == fy
        pages.append({
            **common, "name": name, "kana": kana, "code": code, "payload": make_payload(short, "V", vid),
            "group": group or "", "leader_ok": leader_ok, "age": age, "insured": insured_fy == fy,
            "fiscal_year": fy, "minor": age is not None and age < ADULT_AGE,
        })
    return pages


def blank_pages(ws: Workspace, *, count: int, day: date | None = None) -> list[dict]:
    """``count`` blank sheets, each with a QR id of its own that no other sheet will ever have."""
    if not 1 <= count <= MAX_BLANK:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Print between 1 and {most} blank sheets at a time."),
                        most=MAX_BLANK)
    common, short = _common(ws, day or local_day()), ws.identity.council_short
    return [{**common, "payload": make_payload(short, "S", uuid.uuid4())} for _ in range(count)]


def badge_pages(ws: Workspace, rows: list, *, day: date | None = None) -> list[dict]:
    """One name badge per volunteer row; ``team_leader``: leads a team today, ``leader_ok``: can lead."""
    day = day or local_day()
    leaders = _leaders_on(ws, day, [row[0] for row in rows])
    short, council = ws.identity.council_short, ws.identity.council_name
    return [
        {"council": council, "name": name, "kana": kana, "code": code, "group": group or "",
         "payload": make_payload(short, "V", vid), "team_leader": vid in leaders, "leader_ok": leader_ok}
        for vid, code, name, kana, _birth, _age, _fy, leader_ok, group in rows
    ]


def _refuse_empty(pages: list[dict]) -> None:
    if not pages:
        raise UserError(QT_TRANSLATE_NOOP("errors", "There is nobody to print."))


def write_pdf(ws: Workspace, form: str, pages: list[dict], out: Path | str | BinaryIO,
              progress: Progress | None = None) -> Printed:
    _refuse_empty(pages)
    count = render_pdf(form, pages, out, drill=ws.identity.drill, progress=progress)
    return Printed(path=str(out) if isinstance(out, (str, Path)) else "", pages=count, records=len(pages))


def print_intake(ws: Workspace, *, out: Path | str | BinaryIO, blank: int | None = None, codes: Iterable[str] = (),
                 all_volunteers: bool = False, progress: Progress | None = None) -> Printed:
    """Intake sheets: ``blank`` blank ones, or the sheets of ``codes``, or of every registered volunteer."""
    if blank is not None:
        return write_pdf(ws, BLANK_FORM, blank_pages(ws, count=blank), out, progress)
    rows = all_registered(ws) if all_volunteers else volunteers_by_code(ws, codes)
    return write_pdf(ws, INTAKE_FORM, sheet_pages(ws, rows), out, progress)


def print_badges(ws: Workspace, *, out: Path | str | BinaryIO, codes: Iterable[str] = (),
                 checked_in_today: bool = False, progress: Progress | None = None) -> Printed:
    day = local_day()
    rows = checked_in_on(ws, day) if checked_in_today else volunteers_by_code(ws, codes)
    return write_pdf(ws, BADGE_FORM, badge_pages(ws, rows, day=day), out, progress)
