"""送り出し: a confirmed team leaves for its site with its tools; the team's QR finds it again at the return.

Departure is one transaction: the Dispatch row, the loans (services/loans.py,
counted in the same session so a shortage refuses the whole departure), the
team to 出発済 and its need to 活動中. A refusal changes nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlmodel import Session, select

from dvc.domain.codes import CodeError, parse_code
from dvc.domain.foreign_scan import DISPATCH_SHEET, refuse_foreign
from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.domain.normalise import nfkc
from dvc.domain.qr import PayloadError, looks_like_payload, parse_payload
from dvc.domain.timeutil import TOKYO, to_local, utcnow
from dvc.domain.vocab import NeedStatus, TeamStatus
from dvc.services.equipment import loans as loan_service
from dvc.services.needs import progress as need_progress
from dvc.services.core.workspace import Workspace
from dvc.store.tables import Dispatch, Need, Setting, Team, TeamMember, Volunteer

KEY_HOURS_OUT = "dispatch.hours_out"
KEY_CLOSING_TIME = "dispatch.closing_time"
DEFAULT_HOURS_OUT = 3.0  # the work rule printed on every sheet: at most 3 hours on site, breaks included
DEFAULT_CLOSING = time(16, 0)


@dataclass(frozen=True)
class LoanRequest:
    equipment_id: uuid.UUID
    quantity: int


@dataclass(frozen=True)
class Person:
    volunteer_id: uuid.UUID
    code: str
    name: str
    phone: str
    is_leader: bool


@dataclass(frozen=True)
class TeamOut:
    """A team that left and is not back: what the overdue flag, the desk and the closing list show."""

    id: uuid.UUID
    code: str
    need_code: str
    need_summary: str
    leader_name: str
    leader_phone: str
    members: tuple[Person, ...]
    departed_at: datetime
    expected_back_at: datetime | None
    overdue: bool
    minutes_overdue: int  # 0 when not overdue
    district: str = ""

    @property
    def headcount(self) -> int:
        return len(self.members)


# --- Settings: when a team is expected back ------------------------------------------------------


def _setting(s: Session, key: str) -> str:
    return s.exec(select(Setting.value).where(Setting.key == key)).first() or ""


def _hours_out(s: Session) -> float:
    try:
        hours = float(_setting(s, KEY_HOURS_OUT) or DEFAULT_HOURS_OUT)
    except ValueError:
        return DEFAULT_HOURS_OUT
    return hours if 0 < hours <= 24 else DEFAULT_HOURS_OUT


def _closing(s: Session) -> time:
    try:
        return time.fromisoformat(_setting(s, KEY_CLOSING_TIME) or DEFAULT_CLOSING.isoformat())
    except ValueError:
        return DEFAULT_CLOSING


def default_back_at(s: Session, departed_at: datetime) -> datetime:
    """Departure plus the hours a team may be out (default 3), but no later than the center's closing time.

    Departure + hours rather than "closing time for everyone": a team that left at 9:30 and is not
    back at 12:30 is worth a phone call then, not at 16:00. A team leaving after closing time (rare)
    gets the full hours.
    """
    by_hours = departed_at + timedelta(hours=_hours_out(s))
    local = to_local(departed_at)
    closing = datetime.combine(local.date(), _closing(s), tzinfo=TOKYO)
    return min(by_hours, closing) if closing > departed_at else by_hours


def expected_back(ws: Workspace, *, departed_at: datetime | None = None) -> datetime:
    """The expected return the send dialog offers for a team leaving at ``departed_at`` (now)."""
    with ws.session() as s:
        return default_back_at(s, departed_at or utcnow())


def set_return_rule(ws: Workspace, *, hours_out: float | None = None, closing: time | None = None) -> None:
    if hours_out is not None and not 0 < hours_out <= 24:
        raise UserError(QT_TRANSLATE_NOOP("errors", "The hours a team may be out must be more than 0 and at most 24."))
    with ws.transaction() as s:
        for key, value in ((KEY_HOURS_OUT, hours_out), (KEY_CLOSING_TIME, closing)):
            if value is None:
                continue
            row = s.exec(select(Setting).where(Setting.key == key)).first() or Setting(key=key)
            row.value = value.strftime("%H:%M") if isinstance(value, time) else str(value)
            s.add(row)


# --- Departure -------------------------------------------------------------------------------------

NOT_KNOWN = QT_TRANSLATE_NOOP("errors", "This team is not known here.")
_NOT_READY = {
    TeamStatus.PROPOSED: QT_TRANSLATE_NOOP(
        "errors", "Team {code} is only proposed. Confirm it at the matching desk before sending it out."),
    TeamStatus.DISPATCHED: QT_TRANSLATE_NOOP("errors", "Team {code} has already left."),
    TeamStatus.RETURNED: QT_TRANSLATE_NOOP("errors", "Team {code} is already back."),
    TeamStatus.CANCELLED: QT_TRANSLATE_NOOP("errors", "Team {code} was cancelled; it cannot be sent out."),
}


def get_team(s: Session, team_id: uuid.UUID) -> Team:
    team = s.get(Team, team_id)
    if team is None or team.deleted:
        raise UserError(NOT_KNOWN)
    return team


def members_of(s: Session, team_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, tuple[Person, ...]]:
    """Each team's members, leader first, then by kana."""
    rows = s.exec(
        select(TeamMember.team_id, Volunteer.id, Volunteer.code, Volunteer.name, Volunteer.phone, TeamMember.is_leader)
        .join(Volunteer, Volunteer.id == TeamMember.volunteer_id)
        .where(TeamMember.team_id.in_(list(team_ids)), TeamMember.deleted == False)  # noqa: E712
        .order_by(TeamMember.is_leader.desc(), Volunteer.kana, Volunteer.code)
    ).all()
    found: dict[uuid.UUID, list[Person]] = {}
    for team_id, *person in rows:
        found.setdefault(team_id, []).append(Person(*person))
    return {team_id: tuple(found.get(team_id, ())) for team_id in team_ids}


def need_summary(need: Need) -> str:
    """One line for lists: where and what (地区 住所／作業)."""
    return summary_of(need.district, need.site_address, need.work_types)


def summary_of(district: str, site_address: str, work_types: Sequence[str] | None) -> str:
    place = "　".join(x for x in (district, site_address) if x)
    return "／".join(x for x in (place, "、".join(work_types or [])) if x)


def dispatch_team(ws: Workspace, *, team_id: uuid.UUID, expected_back_at: datetime | None = None,
                  loans: Sequence[LoanRequest] = (), transport: str = "", notes: str = "",
                  at: datetime | None = None) -> uuid.UUID:
    """Send a confirmed team out; returns the dispatch id. ``expected_back_at`` defaults to default_back_at."""
    at = at or utcnow()
    # The hub asked before the write lock is taken (center mode: no other desk lent what is left meanwhile).
    loan_ids = [uuid.uuid4() for _ in loans]
    for wanted, loan_id in zip(loans, loan_ids):
        loan_service.check_on_hub(ws, equipment_id=wanted.equipment_id, quantity=wanted.quantity, loan_id=loan_id)
    with ws.transaction() as s:
        team = get_team(s, team_id)
        if team.status != TeamStatus.CONFIRMED:
            raise UserError(_NOT_READY.get(team.status, NOT_KNOWN), code=team.code)
        if not members_of(s, [team.id])[team.id]:
            raise UserError(QT_TRANSLATE_NOOP("errors", "Team {code} has no members."), code=team.code)
        expected = expected_back_at or default_back_at(s, at)
        if expected <= at:
            raise UserError(QT_TRANSLATE_NOOP("errors", "The expected return must be later than the departure."))
        dispatch = Dispatch(team_id=team.id, departed_at=at, expected_back_at=expected,
                            transport=transport.strip(), notes=notes.strip())
        s.add(dispatch)
        s.flush()
        for wanted, loan_id in zip(loans, loan_ids):
            loan_service.lend(ws, equipment_id=wanted.equipment_id, quantity=wanted.quantity,
                              dispatch_id=dispatch.id, session=s, loan_id=loan_id)
        need = s.get(Need, team.need_id)
        # A second team joining a need already 活動中 leaves the need as it is.
        if need.status != NeedStatus.ACTIVE:
            need_progress.change_status(ws, need_id=need.id, to=NeedStatus.ACTIVE, session=s)
        team.status = TeamStatus.DISPATCHED
        s.add(team)
        return dispatch.id


def dispatch_of(s: Session, team_id: uuid.UUID) -> Dispatch | None:
    return s.exec(select(Dispatch).where(Dispatch.team_id == team_id, Dispatch.deleted == False)  # noqa: E712
                  .order_by(Dispatch.departed_at.desc())).first()


# --- Finding a team from its sheet ---------------------------------------------------------------

SCANNED_NOTHING = QT_TRANSLATE_NOOP("errors", "Nothing was scanned.")
SCANNED_VOLUNTEER = QT_TRANSLATE_NOOP(
    "errors", "This is a volunteer's code, not a team's. Scan the QR code on the team's dispatch sheet, "
    "or type the team code (T-…).")
SCANNED_OTHER_KIND = QT_TRANSLATE_NOOP("errors", "This code belongs to a need, a group or equipment, not to a team.")
SCANNED_UNREADABLE = QT_TRANSLATE_NOOP("errors", "“{text}” is neither a team code nor a dispatch sheet's QR code.")
SCANNED_UNKNOWN = QT_TRANSLATE_NOOP("errors", "No team with this code is in this database.")


def _refuse_kind(kind: str) -> None:
    if kind != "T":
        raise UserError(SCANNED_VOLUNTEER if kind in ("V", "S") else SCANNED_OTHER_KIND)


def find_team_by_scan(ws: Workspace, *, scanned: str) -> uuid.UUID:
    """The team a dispatch sheet's QR (kind T) or a typed team code T-KG1-0003-5 names; UserError otherwise."""
    text = nfkc(scanned).strip()
    if not text:
        raise UserError(SCANNED_NOTHING)
    refuse_foreign(text, scans=DISPATCH_SHEET)  # a web address, a shop's barcode: not a dispatch sheet at all
    with ws.session() as s:
        if looks_like_payload(text):
            try:
                payload = parse_payload(text)
            except PayloadError:
                raise UserError(SCANNED_UNREADABLE, text=text) from None
            _refuse_kind(payload.kind)
            team = s.get(Team, payload.record_id)
        else:
            try:
                code = parse_code(text)
            except CodeError:
                raise UserError(SCANNED_UNREADABLE, text=text) from None
            _refuse_kind(code.kind)
            team = s.exec(select(Team).where(Team.code == str(code))).first()
        if team is None or team.deleted:
            raise UserError(SCANNED_UNKNOWN)
        return team.id

