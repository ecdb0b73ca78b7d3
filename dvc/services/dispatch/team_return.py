"""帰着: a team comes back and its leader hands in the 活動報告書.

``record_return`` is one transaction: the report, the dispatch's return time,
the team to 帰着, the tools counted back (services/loans.py), the need's next
status (services/need_progress.py) and the members checked out
(services/checkin.py). Any refusal or failure on the way leaves all of it
undone, so the desk can correct the form and save again.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime

from sqlmodel import Session, select

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.domain.timeutil import utcnow
from dvc.domain.vocab import NeedStatus, Outcome, TeamStatus
from dvc.services.reception import checkin
from dvc.services.needs import progress as need_progress
from dvc.services.equipment import loans as loan_service
from dvc.services.dispatch.send_off import dispatch_of, get_team, members_of, need_summary
from dvc.services.core.workspace import Workspace
from dvc.store.tables import ActivityReport, Attendance, Dispatch, Need, Team

MAX_HOURS = 24.0
INTERRUPTED_PREFIX = "中断: "  # stored with the need's reason; the board and its history print it as is


@dataclass(frozen=True)
class LoanReturn:
    loan_id: uuid.UUID
    returned: int
    lost: int = 0
    damaged: int = 0  # among the returned pieces
    note: str = ""  # what is broken, where it was lost: kept on the loan


@dataclass
class ReturnReport:
    outcome: Outcome
    work_done: str = ""
    remaining_work: str = ""
    next_headcount: int | None = None
    next_equipment: str = ""
    injuries: str = ""
    near_misses: str = ""
    hours: float | None = None
    notes: str = ""  # for 中断 also why it stopped, unless ``reason`` says it
    loan_returns: list = field(default_factory=list)  # LoanReturn or (loan_id, returned, lost, damaged[, note])
    check_out: set[uuid.UUID] | None = None  # None: every member still checked in goes home
    reason: str = ""  # 中断: why the work stopped (weather, danger, the resident's wish)


@dataclass(frozen=True)
class ReturnMember:
    volunteer_id: uuid.UUID
    code: str
    name: str
    phone: str
    is_leader: bool
    checked_in: bool  # checked in on the team's day and not yet out: can be checked out now


@dataclass(frozen=True)
class LoanOut:
    loan_id: uuid.UUID
    equipment_id: uuid.UUID
    equipment_code: str
    name: str
    unit: str
    consumable: bool
    quantity_out: int
    outstanding: int


@dataclass(frozen=True)
class ReturnForm:
    """What the 活動報告書 dialog pre-fills."""

    team_id: uuid.UUID
    team_code: str
    dispatch_id: uuid.UUID
    need_id: uuid.UUID
    need_code: str
    need_summary: str
    need_status: str
    need_headcount: int
    leader_name: str
    departed_at: datetime
    expected_back_at: datetime | None
    members: tuple[ReturnMember, ...]
    loans: tuple[LoanOut, ...]  # only what is still out

    def as_dict(self) -> dict:
        return asdict(self)


NOT_OUT = QT_TRANSLATE_NOOP("errors", "Team {code} is not out on site, so there is no return to record.")


def _out(s: Session, team_id: uuid.UUID) -> tuple[Team, Dispatch]:
    team = get_team(s, team_id)
    dispatch = dispatch_of(s, team.id)
    if team.status != TeamStatus.DISPATCHED or dispatch is None or dispatch.returned_at is not None:
        raise UserError(NOT_OUT, code=team.code)
    return team, dispatch


def _checked_in(s: Session, volunteer_ids: list[uuid.UUID], day) -> set[uuid.UUID]:  # noqa: ANN001
    return set(s.exec(select(Attendance.volunteer_id).where(
        Attendance.volunteer_id.in_(volunteer_ids), Attendance.day == day, Attendance.deleted == False,  # noqa: E712
        Attendance.checked_out_at.is_(None))).all())


def return_form(ws: Workspace, *, team_id: uuid.UUID) -> ReturnForm:
    with ws.session() as s:
        team, dispatch = _out(s, team_id)
        need = s.get(Need, team.need_id)
        people = members_of(s, [team.id])[team.id]
        here = _checked_in(s, [p.volunteer_id for p in people], team.day)
        lent = loan_service.loans_for_dispatch(ws, dispatch.id, session=s)
    leader = next((p.name for p in people if p.is_leader), "")
    return ReturnForm(
        team_id=team.id, team_code=team.code, dispatch_id=dispatch.id, need_id=need.id, need_code=need.code,
        need_summary=need_summary(need), need_status=need.status, need_headcount=need.headcount, leader_name=leader,
        departed_at=dispatch.departed_at, expected_back_at=dispatch.expected_back_at,
        members=tuple(ReturnMember(p.volunteer_id, p.code, p.name, p.phone, p.is_leader, p.volunteer_id in here)
                      for p in people),
        loans=tuple(LoanOut(r.id, r.equipment_id, r.equipment_code, r.name, r.unit, r.consumable, r.quantity_out,
                            r.outstanding) for r in lent if r.outstanding > 0))


def _check(report: ReturnReport) -> Outcome:
    try:
        outcome = Outcome(report.outcome)
    except ValueError:
        raise UserError(QT_TRANSLATE_NOOP("errors", "“{outcome}” is not a result of a team's work."),
                        outcome=str(report.outcome)) from None
    if report.hours is not None and not 0 <= report.hours <= MAX_HOURS:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Hours on site must be between 0 and {most}."), most=int(MAX_HOURS))
    if outcome == Outcome.CONTINUING and not report.remaining_work.strip():
        raise UserError(QT_TRANSLATE_NOOP("errors", "Write what is left to do: the next team reads it on the board."))
    if outcome == Outcome.INTERRUPTED and not (report.reason.strip() or report.notes.strip()):
        raise UserError(QT_TRANSLATE_NOOP("errors", "Write why the work stopped: it is shown on the needs board."))
    return outcome


def _move_need(s: Session, ws: Workspace, need: Need, outcome: Outcome, report: ReturnReport,
               dispatch_id: uuid.UUID) -> None:
    """The need follows the report, unless another of its teams is still out (the last one back decides)."""
    others_out = s.exec(select(Dispatch.id).join(Team, Team.id == Dispatch.team_id).where(
        Team.need_id == need.id, Dispatch.id != dispatch_id, Dispatch.returned_at.is_(None),
        Dispatch.deleted == False, Team.deleted == False)).first()  # noqa: E712
    if need.status != NeedStatus.ACTIVE or others_out is not None:
        return
    remaining = report.remaining_work.strip()
    if outcome == Outcome.DONE:
        need_progress.change_status(ws, need_id=need.id, to=NeedStatus.DONE, session=s)
    elif outcome == Outcome.CONTINUING:
        need_progress.change_status(ws, need_id=need.id, to=NeedStatus.CONTINUING, remaining_work=remaining,
                                    headcount=report.next_headcount, session=s)
    else:
        why = report.reason.strip() or report.notes.strip()
        need_progress.change_status(ws, need_id=need.id, to=NeedStatus.CONTINUING, reason=INTERRUPTED_PREFIX + why,
                                    remaining_work=remaining or why, headcount=report.next_headcount, session=s)
    if outcome != Outcome.DONE and report.next_equipment.strip():
        need.equipment = report.next_equipment.strip()  # the next team's sheet lists the tools asked for
        s.add(need)


def _settle_loans(s: Session, ws: Workspace, dispatch_id: uuid.UUID, returns: list) -> None:
    own = {row.id for row in loan_service.loans_for_dispatch(ws, dispatch_id, session=s)}
    for entry in returns:
        back = entry if isinstance(entry, LoanReturn) else LoanReturn(*entry)
        if back.loan_id not in own:
            raise UserError(QT_TRANSLATE_NOOP("errors", "A tool in this report was not lent to this team."))
        loan_service.return_loan(ws, loan_id=back.loan_id, returned=back.returned, lost=back.lost,
                                 damaged=back.damaged, notes=back.note, session=s)


def _check_out(s: Session, team: Team, wanted: set[uuid.UUID] | None, at: datetime) -> None:
    members = {p.volunteer_id for p in members_of(s, [team.id])[team.id]}
    going = members if wanted is None else set(wanted)
    if not going <= members:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Only the team's own members can be checked out with its report."))
    for volunteer_id in sorted(going):
        checkin.check_out_volunteer(s, volunteer_id=volunteer_id, day=team.day, at=at)


def record_return(ws: Workspace, *, team_id: uuid.UUID, report: ReturnReport, at: datetime | None = None) -> uuid.UUID:
    """Record a team's return with its report; returns the ActivityReport id."""
    at = at or utcnow()
    outcome = _check(report)
    with ws.transaction() as s:
        team, dispatch = _out(s, team_id)
        need = s.get(Need, team.need_id)
        people = members_of(s, [team.id])[team.id]
        _settle_loans(s, ws, dispatch.id, list(report.loan_returns))
        still_out = any(r.outstanding > 0 for r in loan_service.loans_for_dispatch(ws, dispatch.id, session=s))
        row = ActivityReport(
            dispatch_id=dispatch.id, need_id=need.id, day=team.day,
            leader_name=next((p.name for p in people if p.is_leader), ""), headcount=len(people),
            started_at=dispatch.departed_at, ended_at=at, work_done=report.work_done.strip(), outcome=outcome,
            remaining_work="" if outcome == Outcome.DONE else report.remaining_work.strip(), hours=report.hours,
            next_headcount=None if outcome == Outcome.DONE else report.next_headcount,
            next_equipment="" if outcome == Outcome.DONE else report.next_equipment.strip(),
            tools_checked=not still_out, injuries=report.injuries.strip(), near_misses=report.near_misses.strip(),
            notes="\n".join(x for x in (report.reason.strip(), report.notes.strip()) if x))
        s.add(row)
        dispatch.returned_at = at
        team.status = TeamStatus.RETURNED
        s.add_all([dispatch, team])
        _move_need(s, ws, need, outcome, report, dispatch.id)
        _check_out(s, team, report.check_out, at)
        s.flush()
        return row.id
