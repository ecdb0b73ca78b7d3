"""ボランティア活動証明書: the days a volunteer worked here and the hours between check-in and check-out.

The wording and layout are forms/volunteer_certificate.toml (a council adds its
seal or changes the text there). Days without a check-out count as days
worked but add no hours; the certificate says how many there were.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from sqlmodel import Session, select

from dvc.domain.codes import CodeError, parse_code
from dvc.domain.dates import wareki
from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.domain.timeutil import local_day, to_local
from dvc.printing.render import render_pdf
from dvc.services.core.workspace import Workspace
from dvc.store.tables import Attendance, Volunteer

FORM = "volunteer_certificate"
ROWS_ON_PAGE = 20  # the days listed one by one; more are summed up in a line under the table


@dataclass(frozen=True)
class WorkedDay:
    day: date
    checked_in: str  # HH:MM, Tokyo
    checked_out: str
    hours: float | None  # None without a check-out


@dataclass(frozen=True)
class Certificate:
    volunteer_id: uuid.UUID
    code: str
    name: str
    days: list[WorkedDay]

    @property
    def hours(self) -> float:
        return sum(d.hours for d in self.days if d.hours is not None)

    @property
    def days_without_checkout(self) -> int:
        return sum(d.hours is None for d in self.days)


def find_volunteer(s: Session, code: str) -> Volunteer:
    try:
        canonical = str(parse_code(code, "V"))
    except CodeError:
        raise UserError(QT_TRANSLATE_NOOP("errors", "“{code}” is not a volunteer code (V-…)."), code=code) from None
    volunteer = s.exec(select(Volunteer).where(Volunteer.code == canonical)).first()
    if volunteer is None or volunteer.deleted:
        raise UserError(QT_TRANSLATE_NOOP("errors", "No volunteer with the code {code} is registered here."), code=canonical)
    return volunteer


def _hours(att: Attendance) -> float | None:
    if att.checked_out_at is None or att.checked_out_at < att.checked_in_at:
        return None
    return round((att.checked_out_at - att.checked_in_at).total_seconds() / 3600, 2)


def certificate(ws: Workspace, *, volunteer_id: uuid.UUID | None = None, code: str = "",
                start: date | None = None, end: date | None = None) -> Certificate:
    """What the certificate says for one volunteer (by id or code), optionally within a range of days."""
    with ws.session() as s:
        volunteer = s.get(Volunteer, volunteer_id) if volunteer_id else find_volunteer(s, code)
        if volunteer is None or volunteer.deleted:
            raise UserError(QT_TRANSLATE_NOOP("errors", "This volunteer is not in the database."))
        query = select(Attendance).where(Attendance.volunteer_id == volunteer.id, Attendance.deleted == False)  # noqa: E712
        if start:
            query = query.where(Attendance.day >= start)
        if end:
            query = query.where(Attendance.day <= end)
        rows = s.exec(query.order_by(Attendance.day)).all()
        days = [WorkedDay(day=a.day, checked_in=to_local(a.checked_in_at).strftime("%H:%M"),
                          checked_out=to_local(a.checked_out_at).strftime("%H:%M") if a.checked_out_at else "",
                          hours=_hours(a)) for a in rows]
        return Certificate(volunteer_id=volunteer.id, code=volunteer.code, name=volunteer.name, days=days)


def _hours_text(hours: float) -> str:
    whole, minutes = divmod(round(hours * 60), 60)
    return f"{whole}時間{minutes:02d}分" if minutes else f"{whole}時間"


def page_data(ws: Workspace, cert: Certificate, *, issued: date | None = None) -> dict:
    if not cert.days:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{name} has no recorded day of activity to certify."), name=cert.name)
    listed = [{"day": wareki(d.day), "in": d.checked_in, "out": d.checked_out,
               "hours": _hours_text(d.hours) if d.hours is not None else "記録なし"} for d in cert.days[:ROWS_ON_PAGE]]
    more = len(cert.days) - len(listed)
    notes = []
    if more > 0:
        notes.append(f"ほか{more}日の活動があります（合計に含みます）。")
    if cert.days_without_checkout:
        notes.append(f"帰着時刻の記録がない{cert.days_without_checkout}日は、活動時間の合計に含んでいません。")
    return {
        "name": cert.name, "code": cert.code, "council": ws.identity.council_name,
        "first_day": wareki(cert.days[0].day), "last_day": wareki(cert.days[-1].day),
        "day_count": len(cert.days), "hours": _hours_text(cert.hours), "days": listed, "notes": "".join(notes),
        "issued": wareki(issued or local_day()),
    }


def check_certificate_file(out: Path | str) -> None:
    """Refuse a certificate file name that is not .pdf, or in a folder that does not exist."""
    out = Path(out)
    if out.suffix.lower() != ".pdf":
        raise UserError(QT_TRANSLATE_NOOP("errors", "Name the certificate file .pdf (not “{name}”)."), name=out.name)
    if not out.parent.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."), folder=str(out.parent))


def print_certificate(ws: Workspace, *, out: Path | str | BinaryIO, volunteer_id: uuid.UUID | None = None,
                      code: str = "", start: date | None = None, end: date | None = None) -> Certificate:
    if isinstance(out, (str, Path)):
        check_certificate_file(out)
    cert = certificate(ws, volunteer_id=volunteer_id, code=code, start=start, end=end)
    render_pdf(FORM, [page_data(ws, cert)], out, drill=ws.identity.drill)
    return cert
