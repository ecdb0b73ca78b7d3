"""応援要請: the needs desk asks the block's councils for help with a need — or stops asking.

A need asked for support travels to every council of the block in the next bundle for it, with its history
and surveys (dvc/exchange/policy.py), so the requester's name, phone and address leave this council: a
desk lead or the center head decides it (services/staff/permissions.py). Who asked and when are kept on
the need and shown on the desk; the audit trail keeps each change. A council helping with it may record
its progress on it, and nothing else (dvc/exchange/ownership.py).

Stopping the request keeps what the other councils already have (their copy stays as it was), but later
changes here no longer travel to them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.domain.vocab import NeedStatus
from dvc.services.core.workspace import Workspace
from dvc.services.staff.permissions import REQUEST_SUPPORT, require
from dvc.store.tables import Need

CLOSED = (NeedStatus.DONE, NeedStatus.CANCELLED)


@dataclass(frozen=True)
class SupportRequest:
    need_id: uuid.UUID
    code: str
    requested: bool
    at: datetime | None
    by: str


def _state(need: Need) -> SupportRequest:
    return SupportRequest(need.id, need.code, need.shared_with_block, need.support_requested_at,
                          need.support_requested_by)


def support_request(ws: Workspace, *, need_id: uuid.UUID) -> SupportRequest:
    with ws.session() as s:
        need = s.get(Need, need_id)
        if need is None or need.deleted:
            raise UserError(QT_TRANSLATE_NOOP("errors", "There is no such need."))
        return _state(need)


def request_support(ws: Workspace, *, need_id: uuid.UUID, ask: bool = True) -> SupportRequest:
    """Ask the block for support with the need (``ask=False``: stop asking)."""
    require(ws, REQUEST_SUPPORT)
    with ws.transaction() as s:
        need = s.get(Need, need_id)
        if need is None or need.deleted:
            raise UserError(QT_TRANSLATE_NOOP("errors", "There is no such need."))
        if need.origin != ws.identity.council_code:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "{code} is another council's need: only that council asks the block for support with it."),
                code=need.code)
        if ask and need.status in CLOSED:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "{code} is done or cancelled: there is nothing to ask the block for."), code=need.code)
        if need.shared_with_block == ask:
            return _state(need)
        need.shared_with_block = ask
        if ask:
            need.support_requested_at, need.support_requested_by = datetime.now(timezone.utc), ws.operator
        s.add(need)
        return _state(need)
