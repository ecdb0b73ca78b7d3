"""Read-only stock of equipment (資機材): what is owned, out on loan, lost, damaged, available."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import select

from dvc.services.workspace import Workspace
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

    @property
    def available(self) -> int:
        return max(self.owned - self.out - self.lost - self.damaged, 0)

    @property
    def below_minimum(self) -> bool:
        return self.available < self.minimum_stock


def stock_rows(ws: Workspace) -> list[StockRow]:
    """One row per item, in code order.

    "Out" is what loans still hold: lent minus returned minus lost on the loan.
    Lost and damaged totals are the item's own counters, which the return of a
    loan updates; counting them from loans too would count them twice.
    """
    out = (
        select(func.coalesce(func.sum(Loan.quantity_out - Loan.quantity_returned - Loan.quantity_lost), 0))
        .where(Loan.equipment_id == Equipment.id, Loan.deleted == False)  # noqa: E712
        .correlate(Equipment)
        .scalar_subquery()
    )
    query = (
        select(
            Equipment.id, Equipment.code, Equipment.name, Equipment.unit, Equipment.quantity_owned, out,
            Equipment.quantity_lost, Equipment.quantity_damaged, Equipment.minimum_stock,
        )
        .where(Equipment.deleted == False)  # noqa: E712
        .order_by(Equipment.code)
    )
    with ws.session() as s:
        rows = s.exec(query).all()
    return [
        StockRow(
            id=eid, code=code, name=name, unit=unit, owned=owned, out=max(lent, 0), lost=lost,
            damaged=damaged, minimum_stock=minimum,
        )
        for eid, code, name, unit, owned, lent, lost, damaged, minimum in rows
    ]
