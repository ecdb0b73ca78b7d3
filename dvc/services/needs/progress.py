"""A need moving on: status changes (checked by domain/need_status.py), site surveys, and its whole story."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone

from sqlmodel import Session, select

from dvc.domain import need_status
from dvc.domain.hlc import ClockError, Stamp
from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.domain.need_intake import MAX_DAYS, MAX_HEADCOUNT
from dvc.domain.timeutil import TOKYO, local_day
from dvc.domain.vocab import NeedStatus
from dvc.services.needs.intake import CORRECTION, get_need
from dvc.services.core.workspace import Workspace
from dvc.store.tables import AuditEvent, Need, NeedStatusChange, Survey


def _check_counts(headcount: int | None, days: int | None) -> None:
    if headcount is not None and not 1 <= headcount <= MAX_HEADCOUNT:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Volunteers needed must be between 1 and {most}."), most=MAX_HEADCOUNT)
    if days is not None and not 1 <= days <= MAX_DAYS:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Estimated days must be between 1 and {most}."), most=MAX_DAYS)


def _move(s: Session, ws: Workspace, need: Need, to: str, reason: str = "") -> NeedStatusChange:
    change = need_status.check(need.status, to, reason)
    record = NeedStatusChange(need_id=need.id, from_status=change.from_status, to_status=change.to_status,
                              reason=change.reason, operator_name=ws.operator)
    s.add(record)
    need.status, need.status_reason = change.to_status, change.reason
    return record


def change_status(ws: Workspace, *, need_id: uuid.UUID, to: str, reason: str = "",
                  remaining_work: str | None = None, headcount: int | None = None, days: int | None = None,
                  session: Session | None = None) -> str:
    """Move a need to ``to``; refused (UserError) when the state machine does not allow it.

    継続 (continuing) takes what is left to do: the remaining work, and the people and
    days it needs, which become the need's figures for the next matching.
    With ``session`` the change joins the caller's transaction (a team's departure or
    return moves its need with everything else) and nothing is committed here.
    """
    _check_counts(headcount, days)
    if session is not None:
        return _change(session, ws, need_id, to, reason, remaining_work, headcount, days)
    with ws.transaction() as s:
        return _change(s, ws, need_id, to, reason, remaining_work, headcount, days)


def _change(s: Session, ws: Workspace, need_id: uuid.UUID, to: str, reason: str, remaining_work: str | None,
            headcount: int | None, days: int | None) -> str:
    need = get_need(s, need_id)
    if to == NeedStatus.CONTINUING:
        remaining = (remaining_work or "").strip()
        _move(s, ws, need, to, reason or remaining)
        need.remaining_work = remaining or reason.strip()
        if headcount is not None:
            need.headcount = headcount
        if days is not None:
            need.estimated_days = days
    else:
        _move(s, ws, need, to, reason)
        if to == NeedStatus.DONE:
            need.remaining_work = ""  # nothing is left; the history keeps what was
    return need.status


@dataclass(frozen=True)
class SurveyDraft:
    surveyed_on: date
    staff_name: str = ""
    findings: str = ""
    revised_headcount: int | None = None
    revised_days: int | None = None
    equipment: str = ""
    safety_concerns: str = ""
    photos: tuple[str, ...] = ()


def record_survey(ws: Workspace, *, need_id: uuid.UUID, survey: SurveyDraft) -> uuid.UUID:
    """Keep a site survey (現地調査). A need waiting for one becomes 調査済; revised figures replace the intake's."""
    _check_counts(survey.revised_headcount, survey.revised_days)
    if not survey.findings.strip():
        raise UserError(QT_TRANSLATE_NOOP("errors", "Write what the survey found."))
    with ws.transaction() as s:
        need = get_need(s, need_id)
        row = Survey(need_id=need.id, surveyed_on=survey.surveyed_on, staff_name=survey.staff_name.strip() or ws.operator,
                     findings=survey.findings.strip(), revised_headcount=survey.revised_headcount,
                     revised_days=survey.revised_days, equipment=survey.equipment.strip(),
                     safety_concerns=survey.safety_concerns.strip(), photos=[p for p in survey.photos if p])
        s.add(row)
        if need.status == NeedStatus.RECEIVED:
            _move(s, ws, need, NeedStatus.AWAITING_SURVEY)
        if need.status == NeedStatus.AWAITING_SURVEY:
            _move(s, ws, need, NeedStatus.SURVEYED)
        if survey.revised_headcount is not None:
            need.headcount = survey.revised_headcount
        if survey.revised_days is not None:
            need.estimated_days = survey.revised_days
        if row.equipment:
            need.equipment = row.equipment
        s.flush()
        return row.id


# --- The whole story of one need ----------------------------------------------------------------


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    kind: str  # "status", "survey" or "edit"
    operator: str
    from_status: str = ""
    to_status: str = ""
    reason: str = ""
    survey: Survey | None = None
    changed: dict = field(default_factory=dict)  # edit: field -> (before, after)


@dataclass(frozen=True)
class NeedStory:
    need: Need
    entries: list[HistoryEntry]
    surveys: list[Survey]
    next_statuses: tuple[str, ...]
    own: bool = True  # made by this council (only the owner asks the block for support with it)


def need_story(ws: Workspace, *, need_id: uuid.UUID) -> NeedStory:
    """Everything about a need on one screen: its fields, status changes, surveys and edits, oldest first."""
    with ws.session() as s:
        need = get_need(s, need_id)
        changes = s.exec(select(NeedStatusChange).where(NeedStatusChange.need_id == need_id,
                                                        NeedStatusChange.deleted == False)  # noqa: E712
                          .order_by(NeedStatusChange.at, NeedStatusChange.updated_at)).all()
        surveys = s.exec(select(Survey).where(Survey.need_id == need_id, Survey.deleted == False)  # noqa: E712
                         .order_by(Survey.surveyed_on, Survey.updated_at)).all()
        edits = s.exec(select(AuditEvent).where(AuditEvent.table_name == "need", AuditEvent.record_id == need_id,
                                                AuditEvent.action == CORRECTION)).all()
    entries = [HistoryEntry(at=c.at, kind="status", operator=c.operator_name, from_status=c.from_status,
                            to_status=c.to_status, reason=c.reason) for c in changes]
    surveyed_at = {local_day(c.at): c.at for c in changes if c.to_status == NeedStatus.SURVEYED}
    entries += [HistoryEntry(at=surveyed_at.get(sv.surveyed_on) or _survey_time(sv, need), kind="survey",
                             operator=sv.staff_name, survey=sv) for sv in surveys]
    entries += [HistoryEntry(at=e.at, kind="edit", operator=e.operator_name,
                             changed={k: ((e.before or {}).get(k), v) for k, v in (e.after or {}).items()})
                for e in edits]
    entries.sort(key=lambda e: e.at)  # stable: status changes keep their recorded order
    return NeedStory(need=need, entries=entries, surveys=list(surveys),
                     next_statuses=tuple(s.value for s in need_status.allowed_next(need.status)),
                     own=need.origin == ws.identity.council_code)


def _survey_time(survey: Survey, need: Need) -> datetime:
    """A survey has a day, not a time: when it was written down if that was the same day, else the day's start.

    (need_story prefers the moment the need became 調査済 on that day.)
    """
    written = _stamp_time(survey.updated_at)
    if written is not None and local_day(written) == survey.surveyed_on:
        return written
    return max(need.received_at, datetime.combine(survey.surveyed_on, time.min, tzinfo=TOKYO))


def _stamp_time(stamp: str) -> datetime | None:
    try:
        return datetime.fromtimestamp(Stamp.parse(stamp).wall_ms / 1000, tz=timezone.utc)
    except ClockError:
        return None


def status_history(ws: Workspace, *, need_id: uuid.UUID) -> list[need_status.Change]:
    """The recorded changes in order, as the domain checks them (see need_status.history_is_consistent)."""
    with ws.session() as s:
        rows = s.exec(select(NeedStatusChange).where(NeedStatusChange.need_id == need_id,
                                                     NeedStatusChange.deleted == False)  # noqa: E712
                      .order_by(NeedStatusChange.at, NeedStatusChange.updated_at)).all()
    return [need_status.Change(r.from_status, r.to_status, r.reason) for r in rows]
