"""Staff at the desks: who is signed in, their role, an optional PIN.

The signed-in name goes on every change (the audit trail reads it from the
workspace). Roles: staff, desk lead, center head; settings, purges and
exchange trust are for the center head.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import unicodedata
import uuid
from dataclasses import dataclass

from sqlmodel import select

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.domain.vocab import Role
from dvc.services.core import setting_rows
from dvc.services.core.workspace import Workspace
from dvc.store.tables import Operator, Setting

KEY_REQUIRE_PIN = "operators.require_pin"
PIN_ITERATIONS = 120_000
RANK = {Role.STAFF: 0, Role.DESK_LEAD: 1, Role.CENTER_HEAD: 2}


@dataclass(frozen=True)
class OperatorRow:
    id: uuid.UUID
    name: str
    kana: str
    role: str
    has_pin: bool


def _row(op: Operator) -> OperatorRow:
    return OperatorRow(op.id, op.name, op.kana, op.role, bool(op.pin_hash))


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, PIN_ITERATIONS)
    return f"pbkdf2${PIN_ITERATIONS}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        _, iterations, salt, digest = stored.split("$")
        candidate = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), int(iterations))
    except ValueError:
        return False
    return hmac.compare_digest(candidate.hex(), digest)


def list_operators(ws: Workspace) -> list[OperatorRow]:
    with ws.session() as s:
        rows = s.exec(select(Operator).where(Operator.active == True, Operator.deleted == False)  # noqa: E712
                      .order_by(Operator.kana, Operator.name)).all()
    return [_row(op) for op in rows]


def pin_required(ws: Workspace) -> bool:
    with ws.session() as s:
        row = s.exec(select(Setting).where(Setting.key == KEY_REQUIRE_PIN)).first()
    return bool(row and row.value == "1")


def check_pin_policy(ws: Workspace, *, required: bool) -> bool:
    """PINs may be required only when everyone on the staff list has one: the others could no longer sign in,
    and nobody could turn the requirement off again."""
    if required:
        without = [row.name for row in list_operators(ws) if not row.has_pin]
        if without:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "{names} have no PIN and could not sign in if PINs were required. Require PINs once every "
                          "staff member has one; until then PINs stay optional."), names="、".join(without))
    return required


def set_pin_required(ws: Workspace, *, required: bool) -> bool:
    require_role(ws, Role.CENTER_HEAD)
    check_pin_policy(ws, required=required)
    with ws.transaction() as s:
        setting_rows.put(s, KEY_REQUIRE_PIN, "1" if required else "0")
    return required


def _clean_pin(pin: str | None) -> str | None:
    if pin is None:
        return None
    pin = unicodedata.normalize("NFKC", pin).strip()
    if not pin:
        return None
    if not pin.isdigit() or not 4 <= len(pin) <= 8:
        raise UserError(QT_TRANSLATE_NOOP("errors", "A PIN is 4 to 8 digits."))
    return pin


def add_operator(ws: Workspace, *, name: str, kana: str = "", role: str = Role.STAFF, pin: str | None = None) -> OperatorRow:
    name = " ".join(unicodedata.normalize("NFKC", name).split())
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Enter the staff member's name."))
    if role not in RANK:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Unknown role: {role}"), role=role)
    if RANK[role] > RANK[Role.STAFF] and ws.operator and RANK.get(ws.operator_role, 0) < RANK[Role.CENTER_HEAD]:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Only the center head can give a desk lead or center head role."))
    pin = _clean_pin(pin)
    if pin is None and pin_required(ws):
        raise UserError(QT_TRANSLATE_NOOP("errors", "This council signs in with a PIN: give the new staff member one."))
    with ws.transaction() as s:
        clash = s.exec(select(Operator).where(Operator.name == name, Operator.deleted == False)).first()  # noqa: E712
        if clash is not None:
            raise UserError(QT_TRANSLATE_NOOP("errors", "{name} is already on the staff list."), name=name)
        op = Operator(name=name, kana=kana.strip(), role=role, pin_hash=hash_pin(pin) if pin else None)
        s.add(op)
    return _row(op)


def sign_in(ws: Workspace, *, operator_id: uuid.UUID, pin: str | None = None) -> OperatorRow:
    with ws.session() as s:
        op = s.get(Operator, operator_id)
    if op is None or op.deleted or not op.active:
        raise UserError(QT_TRANSLATE_NOOP("errors", "This staff member is not on the list."))
    if op.pin_hash or pin_required(ws):
        entered = unicodedata.normalize("NFKC", pin or "").strip()
        if not op.pin_hash or not pin_matches(entered, op.pin_hash):
            raise UserError(QT_TRANSLATE_NOOP("errors", "Wrong PIN for {name}."), name=op.name)
    ws.operator = op.name
    ws.operator_role = op.role
    return _row(op)


def require_role(ws: Workspace, role: str) -> None:
    """Refuse unless the signed-in staff member has at least ``role``."""
    if RANK.get(ws.operator_role, -1) >= RANK[role]:
        return
    if role == Role.CENTER_HEAD:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Only the center head may do this. Sign in as the center head first."))
    raise UserError(QT_TRANSLATE_NOOP("errors", "Only a desk lead or the center head may do this."))


def sign_in_by_name(ws: Workspace, *, name: str, pin: str | None = None) -> OperatorRow:
    """For the command line, where there is no list to choose from."""
    wanted = " ".join(unicodedata.normalize("NFKC", name).split())
    match = next((row for row in list_operators(ws) if row.name == wanted), None)
    if match is None:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{name} is not on the staff list."), name=wanted)
    return sign_in(ws, operator_id=match.id, pin=pin)
