"""Staff at the desks: who is signed in, their role, an optional PIN.

The signed-in name goes on every change (the audit trail reads it from the
workspace). Roles: staff, desk lead, center head; what each action needs is in
dvc/services/staff/permissions.py, checked by the service itself, so the GUI
and the CLI refuse alike.

A PIN is 4 to 12 digits. What it protects against, said plainly in the
manual: a passer-by at a desk left signed out. Wrong PINs are counted per
staff member on this laptop; after three, each further try waits longer
(5 s, 10 s, 20 s … up to 15 minutes), so guessing at the desk takes days.
Against someone with a copy of the database file a PIN does little: the file
holds its salted hash, and a 4-digit PIN is found from it within minutes on
an ordinary PC (a 10-digit one takes years); that file is protected by
keeping the laptop and its backups safe.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
import unicodedata
import uuid
from dataclasses import dataclass

from sqlmodel import select

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.domain.vocab import Role
from dvc.services.core import setting_rows
from dvc.services.core.workspace import Workspace
from dvc.services.core.limits import check_length
from dvc.store.tables import AuditEvent, Operator, Setting

KEY_REQUIRE_PIN = "operators.require_pin"
KEY_FAILURES = "operators.failed_pins."  # + the operator's id: "count time" of the wrong PINs in a row
PIN_ITERATIONS = 120_000
PIN_DIGITS = (4, 12)
FREE_TRIES = 3
FIRST_WAIT_S, LONGEST_WAIT_S = 5, 900
SIGN_IN_REFUSED = "sign_in_refused"
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


def clean_pin(pin: str | None) -> str | None:
    if pin is None:
        return None
    pin = unicodedata.normalize("NFKC", pin).strip()
    if not pin:
        return None
    if not pin.isdigit() or not PIN_DIGITS[0] <= len(pin) <= PIN_DIGITS[1]:
        raise UserError(QT_TRANSLATE_NOOP("errors", "A PIN is {low} to {high} digits; 6 or more are harder to guess."),
                        low=PIN_DIGITS[0], high=PIN_DIGITS[1])
    return pin


def add_operator(ws: Workspace, *, name: str, kana: str = "", role: str = Role.STAFF, pin: str | None = None) -> OperatorRow:
    name = " ".join(unicodedata.normalize("NFKC", name).split())
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Enter the staff member's name."))
    if role not in RANK:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Unknown role: {role}"), role=role)
    check_length("name", name, Operator)
    # A desk lead or center head is made by a signed-in center head; only the very first center head (a new
    # database, or an older one without any) is made by whoever sets the laptop up.
    if (RANK[role] > RANK[Role.STAFF] and RANK.get(ws.operator_role, -1) < RANK[Role.CENTER_HEAD]
            and _has_center_head(ws)):
        raise UserError(QT_TRANSLATE_NOOP("errors", "Only the center head can give a desk lead or center head role."))
    pin = clean_pin(pin)
    if pin is None and pin_required(ws):
        raise UserError(QT_TRANSLATE_NOOP("errors", "This council signs in with a PIN: give the new staff member one."))
    with ws.transaction() as s:
        if not ws.operator:
            s.info["operator"] = name  # adding oneself at the sign-in: the entry names who did
        clash = s.exec(select(Operator).where(Operator.name == name, Operator.deleted == False)).first()  # noqa: E712
        if clash is not None:
            raise UserError(QT_TRANSLATE_NOOP("errors", "{name} is already on the staff list."), name=name)
        op = Operator(name=name, kana=kana.strip(), role=role, pin_hash=hash_pin(pin) if pin else None)
        s.add(op)
    return _row(op)


def _has_center_head(ws: Workspace) -> bool:
    return any(row.role == Role.CENTER_HEAD for row in list_operators(ws))


def sign_in(ws: Workspace, *, operator_id: uuid.UUID, pin: str | None = None) -> OperatorRow:
    with ws.session() as s:
        op = s.get(Operator, operator_id)
    if op is None or op.deleted or not op.active:
        raise UserError(QT_TRANSLATE_NOOP("errors", "This staff member is not on the list."))
    if op.pin_hash or pin_required(ws):
        wait = seconds_to_wait(ws, op.id)
        if wait > 0:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "Too many wrong PINs for {name}. Try again in {seconds} seconds."), name=op.name, seconds=wait)
        entered = unicodedata.normalize("NFKC", pin or "").strip()
        if not op.pin_hash or not pin_matches(entered, op.pin_hash):
            _count_failure(ws, op)
            raise UserError(QT_TRANSLATE_NOOP("errors", "Wrong PIN for {name}."), name=op.name)
        _clear_failures(ws, op.id)
    ws.operator = op.name
    ws.operator_role = op.role
    ws.operator_id = op.id
    return _row(op)


def sign_out(ws: Workspace) -> None:
    ws.operator, ws.operator_role, ws.operator_id = "", "", None


def _now() -> float:
    return time.time()


def _failures(ws: Workspace, operator_id: uuid.UUID) -> tuple[int, float]:
    with ws.session() as s:
        row = s.exec(select(Setting).where(Setting.key == KEY_FAILURES + operator_id.hex)).first()
    try:
        count, at = row.value.split() if row else ("0", "0")
        return int(count), float(at)
    except ValueError:
        return 0, 0.0


def seconds_to_wait(ws: Workspace, operator_id: uuid.UUID) -> int:
    """How long this staff member must wait before the next PIN is tried (0: now)."""
    count, at = _failures(ws, operator_id)
    if count < FREE_TRIES:
        return 0
    wait = min(FIRST_WAIT_S * 2 ** (count - FREE_TRIES), LONGEST_WAIT_S)
    return max(0, int(at + wait - _now() + 0.999))


def _count_failure(ws: Workspace, op: Operator) -> None:
    count, _at = _failures(ws, op.id)
    with ws.transaction() as s:
        s.info["system"] = SIGN_IN_REFUSED  # nobody is signed in: the entry says whose PIN was tried
        key = KEY_FAILURES + op.id.hex
        row = s.exec(select(Setting).where(Setting.key == key)).first() or Setting(key=key)
        row.value = f"{count + 1} {_now():.3f}"
        s.add(row)
        s.add(AuditEvent(action=SIGN_IN_REFUSED, table_name="operator", record_id=op.id,
                         after={"name": op.name, "wrong_pins_in_a_row": count + 1}))


def _clear_failures(ws: Workspace, operator_id: uuid.UUID) -> None:
    if _failures(ws, operator_id)[0] == 0:
        return
    with ws.transaction() as s:
        s.info["system"] = SIGN_IN_REFUSED
        row = s.exec(select(Setting).where(Setting.key == KEY_FAILURES + operator_id.hex)).first()
        if row is not None:
            row.value = "0 0"
            s.add(row)


def needs_pin(ws: Workspace, name: str) -> bool:
    """Whether signing in as ``name`` asks for a PIN (for the command line, which asks only then)."""
    wanted = " ".join(unicodedata.normalize("NFKC", name).split())
    return pin_required(ws) or any(row.has_pin for row in list_operators(ws) if row.name == wanted)


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
