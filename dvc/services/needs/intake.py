"""Taking a request for help (ニーズ受付): the council's work types, possible duplicates, saving and editing."""

from __future__ import annotations

import dataclasses
import json
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_
from sqlmodel import Session, select

from dvc.domain import need_intake, need_status
from dvc.domain.codes import CodeError, parse_code
from dvc.domain.address import address_key
from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.domain.need_intake import NeedDraft
from dvc.domain.vocab import WORK_TYPES, NeedStatus
from dvc.services.core.workspace import Workspace
from dvc.store.tables import AuditEvent, Need, NeedStatusChange, Setting

KEY_WORK_TYPES = "needs.work_types"
DUPLICATE_LIMIT = 5
# The audit action of a correction made through the intake form: the need's history lists these
# (status changes have their own records and are not repeated as edits).
CORRECTION = "need.correct"

# Fields of the form that are copied to the table as they are (tuples become lists).
DRAFT_FIELDS = tuple(f.name for f in dataclasses.fields(NeedDraft) if f.name != "extra")


# --- The council's list of work types ---------------------------------------------------------


def work_types(ws: Workspace) -> list[str]:
    """The council's list (Settings), or the default one of vocab.WORK_TYPES."""
    with ws.session() as s:
        return work_types_in(s)


def work_types_in(s: Session) -> list[str]:
    row = s.exec(select(Setting).where(Setting.key == KEY_WORK_TYPES)).first()
    if row is None or not row.value:
        return list(WORK_TYPES)
    try:
        names = json.loads(row.value)
    except ValueError:
        return list(WORK_TYPES)
    return [str(n) for n in names] if isinstance(names, list) and names else list(WORK_TYPES)


def set_work_types(ws: Workspace, *, names: list[str]) -> list[str]:
    cleaned = need_intake.clean_work_types(names)
    with ws.transaction() as s:
        row = s.exec(select(Setting).where(Setting.key == KEY_WORK_TYPES)).first()
        if row is None:
            row = Setting(key=KEY_WORK_TYPES)
        row.value = json.dumps(cleaned, ensure_ascii=False)
        s.add(row)
    return cleaned


# --- Possible duplicates ------------------------------------------------------------------------


@dataclass(frozen=True)
class Duplicate:
    id: uuid.UUID
    code: str
    received_at: datetime
    requester_name: str
    requester_phone: str
    site_address: str
    status: str
    same_phone: bool
    same_address: bool


def find_duplicates(ws: Workspace, *, phone: str = "", address: str = "", exclude: uuid.UUID | None = None,
                    limit: int = DUPLICATE_LIMIT) -> list[Duplicate]:
    """Needs already taken from the same phone number or for the same site, newest first.

    Cheap enough to run at every keystroke: both keys are indexed columns.
    """
    pkey, akey = need_intake.phone_key(phone), address_key(address) if address.strip() else ""
    matches = []
    if pkey:
        matches.append(Need.phone_key == pkey)
    if akey:
        matches.append(Need.address_key == akey)
    if not matches:
        return []
    query = select(Need).where(Need.deleted == False, or_(*matches))  # noqa: E712
    if exclude is not None:
        query = query.where(Need.id != exclude)
    query = query.order_by(Need.received_at.desc()).limit(limit)
    with ws.session() as s:
        found = s.exec(query).all()
    return [
        Duplicate(id=n.id, code=n.code, received_at=n.received_at, requester_name=n.requester_name,
                  requester_phone=n.requester_phone, site_address=n.site_address, status=n.status,
                  same_phone=bool(pkey) and n.phone_key == pkey, same_address=bool(akey) and n.address_key == akey)
        for n in found
    ]


# --- Saving -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SavedNeed:
    id: uuid.UUID
    code: str


def _values(draft: NeedDraft) -> dict:
    values = {name: getattr(draft, name) for name in DRAFT_FIELDS}
    for name, value in values.items():
        if isinstance(value, tuple):
            values[name] = list(value)
    values["phone_key"] = draft.phone_key
    values["address_key"] = draft.address_key
    return values


def add_need(s: Session, ws: Workspace, draft: NeedDraft, *, status: str = NeedStatus.RECEIVED,
             status_reason: str = "", import_key: str = "") -> Need:
    """Insert a checked draft in the caller's transaction, with its first history record."""
    values = _values(draft)
    values["code"] = ws.new_codes(s, "N")[0]
    need = Need(status=NeedStatus.RECEIVED, import_key=import_key, search_text=need_intake.search_text(values), **values)
    s.add(need)
    s.flush()
    s.add(NeedStatusChange(need_id=need.id, at=draft.received_at, from_status="", to_status=NeedStatus.RECEIVED,
                           operator_name=draft.staff_name or ws.operator))
    # An imported need that another office already moved on: its history walks the allowed steps there.
    for step in need_status.path(NeedStatus.RECEIVED, status):
        s.add(NeedStatusChange(need_id=need.id, from_status=need.status, to_status=step,
                               reason=status_reason if need_status.needs_reason(need.status, step) else "",
                               operator_name=ws.operator))
        need.status = step
    if need.status != NeedStatus.RECEIVED:
        need.status_reason = status_reason
    return need


def take_need(ws: Workspace, *, draft: NeedDraft) -> SavedNeed:
    """A new need from the intake form: checked, numbered, 受付 recorded."""
    with ws.transaction() as s:
        draft = need_intake.validate(draft, work_types=work_types_in(s))
        need = add_need(s, ws, draft)
        return SavedNeed(need.id, need.code)


def _legacy_types(draft: NeedDraft, need: Need) -> list[str]:
    """Work types the need already had stay allowed after the council removed them from the list."""
    return [w for w in draft.work_types if w in (need.work_types or [])]


def get_need(s: Session, need_id: uuid.UUID) -> Need:
    need = s.get(Need, need_id)
    if need is None or need.deleted:
        raise UserError(QT_TRANSLATE_NOOP("errors", "This need no longer exists."))
    return need


def find_need_id(ws: Workspace, *, code: str) -> uuid.UUID:
    """A need by its printed code (N-KG1-0042-7), as typed or scanned."""
    try:
        canonical = str(parse_code(code, "N"))
    except CodeError:
        raise UserError(QT_TRANSLATE_NOOP("errors", "“{code}” is not a need code (like N-KG1-0042-7)."), code=code) from None
    with ws.session() as s:
        found = s.exec(select(Need.id).where(Need.code == canonical, Need.deleted == False)).first()  # noqa: E712
    if found is None:
        raise UserError(QT_TRANSLATE_NOOP("errors", "No need has the code {code}."), code=canonical)
    return found


def update_need(ws: Workspace, *, need_id: uuid.UUID, draft: NeedDraft) -> SavedNeed:
    """Correct a need's details; the change is kept in the audit log with the fields before and after."""
    with ws.transaction() as s:
        need = get_need(s, need_id)
        draft = need_intake.validate(draft, work_types=work_types_in(s) + _legacy_types(draft, need))
        before, after = {}, {}
        for name, value in _values(draft).items():
            old = getattr(need, name)
            if old != value:
                before[name], after[name] = _plain(old), _plain(value)
                setattr(need, name, value)
        need.search_text = need_intake.search_text({k: getattr(need, k) for k in ("code", *DRAFT_FIELDS)})
        if after:
            s.add(AuditEvent(operator_name=ws.operator, device_number=ws.identity.device_number, action=CORRECTION,
                             table_name="need", record_id=need.id, before=before, after=after))
        return SavedNeed(need.id, need.code)


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, datetime) else value


def draft_of(need: Need) -> NeedDraft:
    """The form's fields of a stored need, for editing it."""
    values = {name: getattr(need, name) for name in DRAFT_FIELDS}
    for name in ("work_types", "required_skills", "vulnerable"):
        values[name] = tuple(values[name] or ())
    return NeedDraft(**values)
