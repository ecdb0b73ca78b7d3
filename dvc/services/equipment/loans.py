"""Loans of equipment (資機材貸出票): to a team's dispatch or to another council, and their returns.

The dispatch desk lends tools to a team as it leaves and takes them back at
its return, inside its own transaction: every function that writes accepts an
optional ``session`` and then neither opens nor commits one. Availability is
counted in that same session, so two loans made in one transaction see each
other.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, select

from dvc.domain import equipment_rules as rules
from dvc.domain.councils import KNOWN_COUNCILS
from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.domain.timeutil import utcnow
from dvc.services.core.workspace import Workspace
from dvc.store.tables import Dispatch, Equipment, Loan, Need, Team

OUTSTANDING = Loan.quantity_out - Loan.quantity_returned - Loan.quantity_lost - Loan.quantity_used


@contextmanager
def _writing(ws: Workspace, session: Session | None) -> Iterator[Session]:
    if session is not None:
        yield session
    else:
        with ws.transaction() as s:
            yield s


@contextmanager
def _reading(ws: Workspace, session: Session | None) -> Iterator[Session]:
    if session is not None:
        yield session
    else:
        with ws.session() as s:
            yield s


@dataclass(frozen=True)
class LendResult:
    loan_id: uuid.UUID
    equipment_id: uuid.UUID
    name: str
    unit: str
    quantity: int
    available_after: int
    minimum_stock: int
    warning: str | None  # equipment_rules.OUT_OF_STOCK / BELOW_MINIMUM: tell the desk now

    def warning_source(self) -> str | None:
        return rules.WARNING_TEXT.get(self.warning) if self.warning else None

    def warning_params(self) -> dict:
        return {"name": self.name, "available": self.available_after, "unit": self.unit, "minimum": self.minimum_stock}


@dataclass(frozen=True)
class ReturnResult:
    loan_id: uuid.UUID
    settlement: rules.Settlement
    still_out: int


@dataclass(frozen=True)
class LoanRow:
    id: uuid.UUID
    equipment_id: uuid.UUID
    equipment_code: str
    name: str
    unit: str
    consumable: bool
    quantity_out: int
    returned: int
    lost: int
    damaged: int
    used: int
    out_at: datetime
    returned_at: datetime | None
    dispatch_id: uuid.UUID | None
    team_code: str
    need_code: str
    district: str
    borrower_council: str
    notes: str

    @property
    def outstanding(self) -> int:
        return self.quantity_out - self.returned - self.lost - self.used

    @property
    def borrower(self) -> str:
        """Who holds it, as the desk says it: the team's code, or the council's name."""
        if self.borrower_council:
            profile = KNOWN_COUNCILS.get(self.borrower_council)
            return profile.name_ja if profile else self.borrower_council
        return self.team_code


def _item(s: Session, equipment_id: uuid.UUID) -> Equipment:
    item = s.get(Equipment, equipment_id)
    if item is None or item.deleted:
        raise UserError(QT_TRANSLATE_NOOP("errors", "This equipment item is not in the list (it may have been removed)."))
    return item


def out_of(s: Session, equipment_id: uuid.UUID) -> int:
    query = select(func.coalesce(func.sum(OUTSTANDING), 0)).where(
        Loan.equipment_id == equipment_id, Loan.deleted == False)  # noqa: E712
    return s.exec(query).one()


def _available(s: Session, item: Equipment) -> int:
    return rules.available(owned=item.quantity_owned, out=out_of(s, item.id), lost=item.quantity_lost,
                           damaged=item.quantity_damaged)


def available(ws: Workspace, equipment_id: uuid.UUID, *, session: Session | None = None) -> int:
    """How many of the item can be lent now."""
    with _reading(ws, session) as s:
        return _available(s, _item(s, equipment_id))


def _check_borrower(s: Session, ws: Workspace, item: Equipment, dispatch_id: uuid.UUID | None, council: str) -> str:
    council = council.strip().lower()
    if (dispatch_id is None) == (not council):
        raise UserError(QT_TRANSLATE_NOOP("errors", "A loan goes either to a team's dispatch or to another council."))
    if dispatch_id is not None:
        dispatch = s.get(Dispatch, dispatch_id)
        if dispatch is None or dispatch.deleted:
            raise UserError(QT_TRANSLATE_NOOP("errors", "This dispatch is not known here."))
        if dispatch.returned_at is not None:
            raise UserError(QT_TRANSLATE_NOOP("errors", "This team is already back; it cannot borrow any more."))
        return ""
    if council == ws.identity.council_code:
        raise UserError(QT_TRANSLATE_NOOP("errors", "A loan to another council must name another council, not this one."))
    if not item.lendable_to_block:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{name} is not marked as lendable to other councils."), name=item.name)
    return council


def lend(ws: Workspace, *, equipment_id: uuid.UUID, quantity: int, dispatch_id: uuid.UUID | None = None,
         borrower_council: str = "", notes: str = "", session: Session | None = None) -> LendResult:
    """Lend ``quantity`` pieces; refused (UserError) beyond what is available."""
    with _writing(ws, session) as s:
        item = _item(s, equipment_id)
        council = _check_borrower(s, ws, item, dispatch_id, borrower_council)
        free = _available(s, item)
        rules.check_lend(name=item.name, unit=item.unit, quantity=quantity, available_now=free)
        loan = Loan(equipment_id=item.id, dispatch_id=dispatch_id, borrower_council=council, quantity_out=quantity,
                    notes=notes.strip())
        s.add(loan)
        s.flush()
        after = free - quantity
        return LendResult(loan_id=loan.id, equipment_id=item.id, name=item.name, unit=item.unit, quantity=quantity,
                          available_after=after, minimum_stock=item.minimum_stock,
                          warning=rules.shortage(after, item.minimum_stock))


def return_loan(ws: Workspace, *, loan_id: uuid.UUID, returned: int, lost: int = 0, damaged: int = 0,
                notes: str = "", session: Session | None = None) -> ReturnResult:
    """Count a loan back in: pieces returned (damaged ones among them) and lost; consumables not back were used."""
    with _writing(ws, session) as s:
        loan = s.get(Loan, loan_id)
        if loan is None or loan.deleted:
            raise UserError(QT_TRANSLATE_NOOP("errors", "This loan is not known here."))
        item = _item(s, loan.equipment_id)
        outstanding = loan.quantity_out - loan.quantity_returned - loan.quantity_lost - loan.quantity_used
        settled = rules.settle_return(outstanding=outstanding, returned=returned, lost=lost, damaged=damaged,
                                      consumable=item.consumable)
        loan.quantity_returned += settled.returned
        loan.quantity_lost += settled.lost
        loan.quantity_damaged += settled.damaged
        loan.quantity_used += settled.used
        if notes.strip():
            loan.notes = "\n".join(n for n in (loan.notes, notes.strip()) if n)
        if settled.closes:
            loan.returned_at = utcnow()
        item.quantity_lost += settled.lost
        item.quantity_damaged += settled.damaged
        # Used up: no longer the center's, unlike a lost tool that may still turn up.
        item.quantity_owned -= settled.used
        s.add_all([loan, item])
        return ReturnResult(loan_id=loan.id, settlement=settled, still_out=outstanding - settled.returned
                            - settled.lost - settled.used)


def correct_quantity(ws: Workspace, *, loan_id: uuid.UUID, quantity: int, session: Session | None = None) -> None:
    """Fewer pieces went out on a loan than it says (services/equipment/apart_stock.py): correct its quantity.

    Corrected down to what is already settled, the loan closes; to 0, it was never made (a tombstone).
    """
    with _writing(ws, session) as s:
        loan = s.get(Loan, loan_id)
        if loan is None or loan.deleted:
            raise UserError(QT_TRANSLATE_NOOP("errors", "This loan is not known here."))
        settled = loan.quantity_returned + loan.quantity_lost + loan.quantity_used
        rules.check_loan_correction(quantity_out=loan.quantity_out, settled=settled, corrected=quantity)
        loan.quantity_out = quantity
        if quantity == 0:
            loan.deleted = True
        elif quantity == settled and loan.returned_at is None:
            loan.returned_at = utcnow()
        s.add(loan)


def _rows(s: Session, *clauses) -> list[LoanRow]:  # noqa: ANN002
    query = (
        select(Loan, Equipment.code, Equipment.name, Equipment.unit, Equipment.consumable, Team.code, Need.code,
               Need.district)
        .join(Equipment, Equipment.id == Loan.equipment_id)
        .outerjoin(Dispatch, Dispatch.id == Loan.dispatch_id)
        .outerjoin(Team, Team.id == Dispatch.team_id)
        .outerjoin(Need, Need.id == Team.need_id)
        .where(Loan.deleted == False, *clauses)  # noqa: E712
        .order_by(Loan.out_at, Equipment.code)
    )
    return [
        LoanRow(id=loan.id, equipment_id=loan.equipment_id, equipment_code=code, name=name, unit=unit,
                consumable=consumable, quantity_out=loan.quantity_out, returned=loan.quantity_returned,
                lost=loan.quantity_lost, damaged=loan.quantity_damaged, used=loan.quantity_used, out_at=loan.out_at,
                returned_at=loan.returned_at, dispatch_id=loan.dispatch_id, team_code=team or "",
                need_code=need or "", district=district or "", borrower_council=loan.borrower_council,
                notes=loan.notes)
        for loan, code, name, unit, consumable, team, need, district in s.exec(query).all()
    ]


def loans_for_dispatch(ws: Workspace, dispatch_id: uuid.UUID, *, session: Session | None = None) -> list[LoanRow]:
    """Everything lent to one team's dispatch, returned or not."""
    with _reading(ws, session) as s:
        return _rows(s, Loan.dispatch_id == dispatch_id)


def open_loans(ws: Workspace, *, equipment_id: uuid.UUID | None = None) -> list[LoanRow]:
    """Loans with pieces still out, oldest first (optionally of one item)."""
    clauses = [OUTSTANDING > 0]
    if equipment_id is not None:
        clauses.append(Loan.equipment_id == equipment_id)
    with ws.session() as s:
        return _rows(s, *clauses)


def loan_history(ws: Workspace, *, equipment_id: uuid.UUID) -> list[LoanRow]:
    with ws.session() as s:
        return _rows(s, Loan.equipment_id == equipment_id)


@dataclass(frozen=True)
class DispatchChoice:
    """A team out on site, as the lend dialog offers it."""

    dispatch_id: uuid.UUID
    team_code: str
    need_code: str
    district: str
    departed_at: datetime


def dispatches_out(ws: Workspace) -> list[DispatchChoice]:
    """Teams that left and are not back yet, newest first: who can still be handed tools."""
    query = (
        select(Dispatch.id, Team.code, Need.code, Need.district, Dispatch.departed_at)
        .join(Team, Team.id == Dispatch.team_id)
        .join(Need, Need.id == Team.need_id)
        .where(Dispatch.returned_at.is_(None), Dispatch.deleted == False, Team.deleted == False)  # noqa: E712
        .order_by(Dispatch.departed_at.desc(), Team.code)
    )
    with ws.session() as s:
        return [DispatchChoice(*row) for row in s.exec(query).all()]
