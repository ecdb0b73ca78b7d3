"""資機材: stock of tools and their loans."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlmodel import Field

from dvc.store.tables.base import Synced, utc_field


class Equipment(Synced, table=True):
    __tablename__ = "equipment"

    code: str = Field(max_length=30, unique=True)
    name: str = Field(max_length=100)
    unit: str = Field(default="個", max_length=20)
    quantity_owned: int = Field(default=0)
    quantity_lost: int = Field(default=0)
    quantity_damaged: int = Field(default=0)
    minimum_stock: int = Field(default=0)
    lendable_to_block: bool = Field(default=False)
    # 消耗品 (sandbags, gloves, masks): what a team does not bring back was used up, not lost,
    # and leaves the stock for good (quantity_owned goes down at the return).
    consumable: bool = Field(default=False)
    notes: str = Field(default="", max_length=1000)


class Loan(Synced, table=True):
    """資機材貸出票: to a team's dispatch, or to another council."""

    __tablename__ = "loan"

    equipment_id: uuid.UUID = Field(foreign_key="equipment.id", index=True)
    dispatch_id: uuid.UUID | None = Field(default=None, foreign_key="dispatch.id", index=True)
    borrower_council: str = Field(default="", max_length=32)
    quantity_out: int
    out_at: datetime = utc_field(now=True)
    quantity_returned: int = Field(default=0)
    quantity_lost: int = Field(default=0)
    quantity_damaged: int = Field(default=0)
    quantity_used: int = Field(default=0)  # consumables used up on site
    returned_at: datetime | None = utc_field(nullable=True)
    notes: str = Field(default="", max_length=1000)
