"""Whose sheet was scanned: a QR payload or a typed volunteer code, to a Volunteer row or a reason why not.

Every lookup here is one indexed read (primary key, unique code, unique
intake sheet id, unique council short code): the morning queue scans 30
sheets a minute into a database of 100,000 volunteers.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlmodel import Session, select

from dvc.domain.codes import CodeError, parse_code
from dvc.domain.messages import QT_TRANSLATE_NOOP
from dvc.domain.qr import PayloadError, looks_like_payload, parse_payload
from dvc.domain.foreign_scan import DETAILS, INTAKE_SHEET
from dvc.domain.scanned_text import BARCODE, WEB_ADDRESS, foreign_kind
from dvc.services.apart.people import final
from dvc.store.tables import Council, Peer, Volunteer

INVALID = "invalid"
UNKNOWN = "unknown"
UNREGISTERED = "unregistered"

CONTEXT = "checkin"

_PAYLOAD_REASONS = {
    "not-a-payload": QT_TRANSLATE_NOOP(
        "checkin", "This QR code was not read completely. Scan it again, or type the code printed on the sheet."),
    "bad-check": QT_TRANSLATE_NOOP(
        "checkin", "This QR code was misread (its check character does not match). Scan it again."),
    "newer-version": QT_TRANSLATE_NOOP(
        "checkin", "This QR code was made by a newer version of dvc. Update dvc on this laptop to read it."),
    "bad-kind": QT_TRANSLATE_NOOP("checkin", "This is not a dvc QR code."),
}
_CODE_REASONS = {
    "bad-check-digit": QT_TRANSLATE_NOOP(
        "checkin", "The code {text} has a wrong check digit: a digit was probably misread. Compare it with the sheet."),
    "not-a-code": QT_TRANSLATE_NOOP("checkin", "“{text}” is neither a volunteer code nor a dvc QR code."),
}
# A web address or a product barcode: answered as every desk answers it, in the words of an intake sheet.
NOT_DVC = {kind: DETAILS[(INTAKE_SHEET, kind)] for kind in (WEB_ADDRESS, BARCODE)}
GROUP_CODE = QT_TRANSLATE_NOOP("checkin", "This is a group's code. Scan each member's own sheet.")
OTHER_KIND = QT_TRANSLATE_NOOP("checkin", "This code belongs to a request, team or equipment, not to a volunteer.")
NOTHING = QT_TRANSLATE_NOOP("checkin", "Nothing was scanned.")
FOREIGN_COUNCIL = QT_TRANSLATE_NOOP(
    "checkin", "This sheet is from a council this database does not know ({council}). "
    "Import that council's exchange file first, or register the volunteer here.")
NO_SUCH_VOLUNTEER = QT_TRANSLATE_NOOP(
    "checkin", "No volunteer with this sheet is in this database. Search by name, or register the volunteer.")
FOREIGN_BLANK_SHEET = QT_TRANSLATE_NOOP(
    "checkin", "This blank intake sheet was printed by another council ({council}) and nobody here is registered "
    "with it. Search by name or type the volunteer's code, or register the volunteer on one of this center's sheets.")
BLANK_SHEET = QT_TRANSLATE_NOOP(
    "checkin", "This blank intake sheet is not registered yet: enter what the volunteer wrote on it.")


@dataclass
class Found:
    """A volunteer row, or ``result`` with the message why there is none."""

    volunteer: Volunteer | None = None
    result: str = ""
    message: str = ""
    params: dict = field(default_factory=dict)
    sheet_id: uuid.UUID | None = None  # a blank sheet nobody registered with yet
    not_dvc: bool = False  # a code from outside dvc (a web address, a product barcode)


def _refuse(result: str, message: str, **params: str) -> Found:
    return Found(result=result, message=message, params=params)


def _council_known(session: Session, short: str) -> bool:
    """Our own council (the council table holds only that one: it never travels) or a trusted peer's,
    whose exchange files bring its volunteers here."""
    own = session.exec(select(Council.id).where(Council.short == short, Council.deleted == False)).first()  # noqa: E712
    if own is not None:
        return True
    return session.exec(select(Peer.id).where(Peer.council_short == short, Peer.deleted == False)).first() is not None  # noqa: E712


def _peer_name(session: Session, short: str) -> str:
    name = session.exec(select(Peer.council_name).where(Peer.council_short == short, Peer.deleted == False)).first()  # noqa: E712
    return name or short


def _live(session: Session, volunteer: Volunteer | None) -> Volunteer | None:
    """The registration a sheet or code stands for now: one merged into another (two desks registered one
    person, services/reception/merge_people.py) leads to the one kept."""
    return final(session, volunteer)


def _by_payload(session: Session, text: str, own_short: str) -> Found:
    try:
        payload = parse_payload(text)
    except PayloadError as exc:
        return _refuse(INVALID, _PAYLOAD_REASONS.get(exc.reason, _PAYLOAD_REASONS["bad-kind"]))
    if payload.kind not in ("V", "S"):
        return _refuse(INVALID, GROUP_CODE if payload.kind == "G" else OTHER_KIND)
    # The record first, whichever council's sheet it is: another council's volunteer imported from its
    # exchange file is here by id. Only a sheet nobody here knows asks about its council, so that a sheet
    # from a council we never exchanged with says which council to ask for a file.
    if payload.kind == "V":
        volunteer = _live(session, session.get(Volunteer, payload.record_id))
    else:
        # The sheet id is unique, merged registrations keep theirs: one indexed read either way.
        owner = session.exec(select(Volunteer).where(Volunteer.intake_sheet_id == payload.record_id)).first()
        volunteer = _live(session, owner)
    if volunteer is not None:
        return Found(volunteer=volunteer)
    if payload.council != own_short and not _council_known(session, payload.council):
        return _refuse(UNKNOWN, FOREIGN_COUNCIL, council=payload.council)
    if payload.kind == "S" and payload.council != own_short:
        # Blank-sheet ids stay with the council that printed them (its bundles do not carry them), and
        # registering the person here on that council's sheet would clash with its record later.
        return _refuse(UNKNOWN, FOREIGN_BLANK_SHEET, council=_peer_name(session, payload.council))
    if payload.kind == "S" and (owner is None or owner.merged_into is None):
        return Found(result=UNREGISTERED, message=BLANK_SHEET, sheet_id=payload.record_id)
    return _refuse(UNKNOWN, NO_SUCH_VOLUNTEER)


def _by_code(session: Session, text: str) -> Found:
    try:
        code = parse_code(text)
    except CodeError as exc:
        return _refuse(INVALID, _CODE_REASONS.get(exc.reason, _CODE_REASONS["not-a-code"]), text=text.strip())
    if code.kind != "V":
        return _refuse(INVALID, GROUP_CODE if code.kind == "G" else OTHER_KIND)
    volunteer = _live(session, session.exec(select(Volunteer).where(Volunteer.code == str(code))).first())
    if volunteer is not None:
        return Found(volunteer=volunteer)
    if not _council_known(session, code.council):
        return _refuse(UNKNOWN, FOREIGN_COUNCIL, council=code.council)
    return _refuse(UNKNOWN, NO_SUCH_VOLUNTEER)


def find_scanned(session: Session, scanned: str, *, own_short: str = "") -> Found:
    """Read what a scanner or a person typed (full-width input folded) and find whose it is.

    ``own_short``: this database's council (its sheets need no council look-up).
    """
    text = scanned.strip()
    if not text:
        return _refuse(INVALID, NOTHING)
    foreign = foreign_kind(text)
    if foreign:
        return Found(result=INVALID, message=NOT_DVC[foreign], not_dvc=True)
    if looks_like_payload(text):
        return _by_payload(session, text, own_short)
    return _by_code(session, text)
