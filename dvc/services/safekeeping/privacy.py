"""Removing personal data once a center has closed, keeping the figures.

Names, contacts, addresses, birth dates and free-text notes of volunteers,
groups and requesters go; codes, days, attendance, group membership, statuses,
work types, districts and headcounts stay, so the daily and cumulative
reports give the same numbers after the purge. The change is stamped, so a
laptop that exchanges with this one receives the purge too. Backups made
before still hold the data: the caller is told where they are.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy import select, update
from sqlmodel import Session

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.domain.timeutil import TOKYO, local_day
from dvc.domain.vocab import NeedStatus
from dvc.services.safekeeping.backup import aside_copies, backup_dir
from dvc.services.staff.permissions import PURGE_PERSONAL, require
from dvc.services.core.workspace import Workspace
from dvc.store.tables import ActivityReport, Attendance, AuditEvent, Group, Need, Survey, Volunteer

REMOVED = "（削除済み）"
CHUNK = 5000

VOLUNTEER_FIELDS = {
    "name": REMOVED, "kana": "", "birth_date": None, "age": None, "phone": "", "email": "", "postal_code": "",
    "address": "", "emergency_contact_name": "", "emergency_contact_phone": "", "experience": "",
    "guardian_name": "", "health_notes": "", "blood_type": "", "available_dates": "", "notes": "", "import_key": "",
}
GROUP_FIELDS = {"name": REMOVED, "kana": "", "representative_name": "", "contact_phone": "", "contact_email": "",
                "notes": ""}
NEED_FIELDS = {
    "requester_name": REMOVED, "requester_kana": "", "requester_phone": "", "phone_key": "", "requester_address": "",
    "site_address": "", "address_key": "", "notes": "", "status_reason": "", "latitude": None, "longitude": None,
    "import_key": "",
}
SURVEY_FIELDS = {"findings": "", "safety_concerns": "", "photos": []}
REPORT_FIELDS = {"leader_name": "", "injuries": "", "near_misses": "", "notes": ""}
STILL_OPEN = (NeedStatus.ACTIVE,)


@dataclass(frozen=True)
class PurgeSummary:
    closed_before: date
    volunteers: int
    groups: int
    needs: int
    needs_left_open: int
    backups_folder: str
    backups_still_holding_data: int

    def as_dict(self) -> dict:
        return {**self.__dict__, "closed_before": self.closed_before.isoformat()}


def _chunks(ids: list, size: int = CHUNK) -> Iterable[list]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def _blank(s: Session, table: type, ids: list[uuid.UUID], fields: dict, stamp: str) -> None:
    for chunk in _chunks(ids):
        s.execute(update(table).where(table.id.in_(chunk)).values(**fields, updated_at=stamp))


def _ids(s: Session, query) -> list[uuid.UUID]:  # noqa: ANN001
    return list(s.execute(query).scalars())


def plan(s: Session, closed_before: date) -> tuple[list, list, list, int]:
    cutoff = datetime.combine(closed_before, time(), tzinfo=TOKYO)
    still_here = select(Attendance.volunteer_id).where(Attendance.day >= closed_before)
    volunteers = _ids(s, select(Volunteer.id).where(
        Volunteer.registered_at < cutoff, Volunteer.name != REMOVED, Volunteer.id.not_in(still_here)))
    groups_still_here = select(Volunteer.group_id).where(Volunteer.id.in_(still_here), Volunteer.group_id.is_not(None))
    groups = _ids(s, select(Group.id).where(
        Group.registered_at < cutoff, Group.name != REMOVED, Group.id.not_in(groups_still_here)))
    needs = _ids(s, select(Need.id).where(
        Need.received_at < cutoff, Need.requester_name != REMOVED, Need.status.not_in(STILL_OPEN)))
    left_open = len(_ids(s, select(Need.id).where(Need.received_at < cutoff, Need.status.in_(STILL_OPEN))))
    return volunteers, groups, needs, left_open


def purge_personal(ws: Workspace, *, closed_before: date) -> PurgeSummary:
    require(ws, PURGE_PERSONAL)
    if closed_before > local_day():
        raise UserError(QT_TRANSLATE_NOOP("errors", "The closing date {day} is in the future."), day=closed_before.isoformat())
    stamp = str(ws.db.clock.now())
    with ws.transaction() as s:
        volunteers, groups, needs, left_open = plan(s, closed_before)
        _blank(s, Volunteer, volunteers, VOLUNTEER_FIELDS, stamp)
        _blank(s, Group, groups, GROUP_FIELDS, stamp)
        _blank(s, Need, needs, NEED_FIELDS, stamp)
        for chunk in _chunks(needs):
            s.execute(update(Survey).where(Survey.need_id.in_(chunk)).values(**SURVEY_FIELDS, updated_at=stamp))
            s.execute(update(ActivityReport).where(ActivityReport.need_id.in_(chunk))
                      .values(**REPORT_FIELDS, updated_at=stamp))
        # The trail's before/after copies hold the same personal data.
        for table, ids in ((Volunteer.__tablename__, volunteers), (Group.__tablename__, groups),
                           (Need.__tablename__, needs)):
            for chunk in _chunks(ids):
                # By table and record: the trail's index is (table_name, record_id).
                s.execute(update(AuditEvent).where(AuditEvent.table_name == table, AuditEvent.record_id.in_(chunk))
                          .values(before=None, after=None))
        s.add(AuditEvent(operator_name=ws.operator, device_number=ws.identity.device_number, action="purge-personal",
                         after={"closed_before": closed_before.isoformat(), "volunteers": len(volunteers),
                                "groups": len(groups), "needs": len(needs)}, origin=ws.identity.council_code,
                         updated_at=stamp))
    folder = backup_dir(ws.path)
    holding = (len(list(folder.glob("*.db"))) if folder.is_dir() else 0) + len(aside_copies(ws.path))
    return PurgeSummary(closed_before, len(volunteers), len(groups), len(needs), left_open, str(folder), holding)


def delete_backups(db_path: Path) -> int:
    """Remove the backup copies (they were made before the purge and still hold personal data)."""
    folder = backup_dir(db_path)
    removed = 0
    for copy in folder.glob("*.db") if folder.is_dir() else []:
        copy.unlink()
        removed += 1
    for kept in aside_copies(db_path):
        # A database a restore put aside: its folder holds the main file, its -wal and -shm.
        shutil.rmtree(kept.parent)
        removed += 1
    return removed
