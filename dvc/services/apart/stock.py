"""More of an item lent than the center has: the equipment desk corrects the count that is wrong.

Each laptop lends only what it counts as available (domain/equipment_rules.py), but two desks apart
each count the same pieces. Physically nobody can hand out more than there is, so one of the numbers
is wrong: the count owned, or a loan's quantity. Key: ``stock:<equipment id>``.
"""

from __future__ import annotations

import uuid

from sqlalchemy import func
from sqlmodel import Session, select

from dvc.domain.councils import KNOWN_COUNCILS
from dvc.domain.equipment_rules import MAX_QUANTITY
from dvc.domain.messages import QT_TRANSLATE_NOOP
from dvc.services.apart.kinds import Changed, Context, chunks, key_uuid
from dvc.services.apart.model import EQUIPMENT, Choice, Conflict, Wording
from dvc.store.tables import Dispatch, Equipment, Loan, Team

NAME = "stock"
OUTSTANDING = Loan.quantity_out - Loan.quantity_returned - Loan.quantity_lost - Loan.quantity_used

TITLE = QT_TRANSLATE_NOOP("apart", "{name}: {short} {unit} more lent than the center has")
LINE_COUNTS = QT_TRANSLATE_NOOP(
    "apart", "{owned} owned, {out} out on loan, {lost} lost, {damaged} damaged: {short} {unit} too many are out.")
LINE_WHY = QT_TRANSLATE_NOOP("apart", "Two desks lent the same pieces while the laptops were apart.")
LINE_LOAN = QT_TRANSLATE_NOOP("apart", "Lent to {borrower}: {quantity} {unit}, {outstanding} still out")
LINE_WHAT = QT_TRANSLATE_NOOP("apart", "Count what is really in the store and on loan, then correct the number that is wrong.")
OWNED = QT_TRANSLATE_NOOP("apart", "The center has more than was counted: correct the number owned")
LOAN = QT_TRANSLATE_NOOP("apart", "Fewer were handed to {borrower}: correct that loan's quantity")
LOAN_SETTLED = QT_TRANSLATE_NOOP(
    "apart", "Every piece of this loan is already counted back, lost or used; it cannot be made smaller.")


def key_of(equipment_id: uuid.UUID) -> str:
    return f"{NAME}:{equipment_id.hex}"


def parse_key(key: str) -> uuid.UUID:
    return key_uuid(key.split(":")[1])


def _counts(s: Session, equipment_id: uuid.UUID, council: str) -> tuple[Equipment, int] | None:
    item = s.get(Equipment, equipment_id)
    if item is None or item.deleted or item.origin != council:
        return None  # another council's item (lent to us) is counted by that council
    out = s.exec(select(func.coalesce(func.sum(OUTSTANDING), 0)).where(
        Loan.equipment_id == equipment_id, Loan.deleted == False)).one()  # noqa: E712
    return item, out


def shortfall(item: Equipment, out: int) -> int:
    """How many more are out than the center has (0 or less: the counts add up)."""
    return out + item.quantity_lost + item.quantity_damaged - item.quantity_owned


class StockKind:
    name = NAME
    desk = EQUIPMENT
    tables = ("equipment", "loan")

    def candidates(self, s: Session, changed: Changed, ctx: Context) -> set[str]:
        loans, items = changed.ids("loan"), changed.ids("equipment")
        if loans is None or items is None:
            return {key_of(i) for i in s.exec(select(Equipment.id).where(
                Equipment.deleted == False, Equipment.origin == ctx.council)).all()}  # noqa: E712
        found = set(items)
        for batch in chunks(loans):
            found.update(s.exec(select(Loan.equipment_id).where(Loan.id.in_(batch))).all())
        return {key_of(i) for i in found}

    def holds(self, s: Session, key: str, ctx: Context) -> bool:
        counted = _counts(s, parse_key(key), ctx.council)
        return counted is not None and shortfall(*counted) > 0

    def describe(self, s: Session, key: str, ctx: Context) -> Conflict | None:
        counted = _counts(s, parse_key(key), ctx.council)
        if counted is None or shortfall(*counted) <= 0:
            return None
        item, out = counted
        short = shortfall(item, out)
        unit = item.unit
        lines = [Wording(LINE_COUNTS, {"owned": item.quantity_owned, "out": out, "lost": item.quantity_lost,
                                       "damaged": item.quantity_damaged, "short": short, "unit": unit}),
                 Wording(LINE_WHY)]
        lowest = out + item.quantity_lost + item.quantity_damaged
        choices = [Choice(id="owned", wording=Wording(OWNED), limits=(lowest, MAX_QUANTITY), suggested=lowest)]
        query = (select(Loan, Team.code).outerjoin(Dispatch, Dispatch.id == Loan.dispatch_id)
                 .outerjoin(Team, Team.id == Dispatch.team_id)
                 .where(Loan.equipment_id == item.id, Loan.deleted == False, OUTSTANDING > 0)  # noqa: E712
                 .order_by(Loan.out_at, Loan.id))
        for loan, team_code in s.exec(query).all():
            council = KNOWN_COUNCILS.get(loan.borrower_council)
            borrower = team_code or (council.name_ja if council else loan.borrower_council)
            outstanding = loan.quantity_out - loan.quantity_returned - loan.quantity_lost - loan.quantity_used
            lines.append(Wording(LINE_LOAN, {"borrower": borrower, "quantity": loan.quantity_out, "unit": unit,
                                             "outstanding": outstanding}))
            settled = loan.quantity_out - outstanding
            highest = loan.quantity_out - 1
            choices.append(Choice(
                id=f"loan:{loan.id.hex}", wording=Wording(LOAN, {"borrower": borrower}),
                why_not=Wording(LOAN_SETTLED) if highest < settled else None,
                limits=(settled, max(highest, settled)), suggested=max(settled, loan.quantity_out - short)))
        lines.append(Wording(LINE_WHAT))
        return Conflict(kind=NAME, key=key, desk=EQUIPMENT,
                        title=Wording(TITLE, {"name": item.name, "short": short, "unit": unit}),
                        lines=tuple(lines), choices=tuple(choices))


KIND = StockKind()
