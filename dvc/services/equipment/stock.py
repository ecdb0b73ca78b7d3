"""Read-only stock of equipment (資機材): what is owned, out on loan, lost, damaged, available."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import select

from dvc.domain import equipment_rules as rules
from dvc.services.equipment.loans import OUTSTANDING
from dvc.services.core.workspace import Workspace
from dvc.store.tables import Equipment, Loan


@dataclass(frozen=True)
class StockRow:
    id: uuid.UUID
    code: str
    name: str
    unit: str
    owned: int
    out: int
    lost: int
    damaged: int
    minimum_stock: int
    consumable: bool = False
    lendable_to_block: bool = False
    notes: str = ""

    @property
    def available(self) -> int:
        return rules.available(owned=self.owned, out=self.out, lost=self.lost, damaged=self.damaged)

    @property
    def shortage(self) -> str | None:
        """equipment_rules.OUT_OF_STOCK, BELOW_MINIMUM or None."""
        return rules.shortage(self.available, self.minimum_stock)

    @property
    def below_minimum(self) -> bool:
        return self.shortage is not None


def stock_rows(ws: Workspace) -> list[StockRow]:
    """One row per item, in code order.

    "Out" is what loans still hold: lent minus returned, lost and used up on the loan.
    Lost and damaged totals are the item's own counters, which the return of a
    loan updates; counting them from loans too would count them twice.
    """
    out = (
        select(func.coalesce(func.sum(OUTSTANDING), 0))
        .where(Loan.equipment_id == Equipment.id, Loan.deleted == False)  # noqa: E712
        .correlate(Equipment)
        .scalar_subquery()
    )
    query = (
        select(
            Equipment.id, Equipment.code, Equipment.name, Equipment.unit, Equipment.quantity_owned, out,
            Equipment.quantity_lost, Equipment.quantity_damaged, Equipment.minimum_stock, Equipment.consumable,
            Equipment.lendable_to_block, Equipment.notes,
        )
        .where(Equipment.deleted == False)  # noqa: E712
        .order_by(Equipment.code)
    )
    with ws.session() as s:
        rows = s.exec(query).all()
    return [
        StockRow(
            id=eid, code=code, name=name, unit=unit, owned=owned, out=max(lent, 0), lost=lost,
            damaged=damaged, minimum_stock=minimum, consumable=consumable, lendable_to_block=lendable, notes=notes,
        )
        for eid, code, name, unit, owned, lent, lost, damaged, minimum, consumable, lendable, notes in rows
    ]
