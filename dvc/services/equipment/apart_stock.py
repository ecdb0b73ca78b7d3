"""The equipment desk's answer to more of an item lent than the center has (services/apart/stock.py)."""

from __future__ import annotations

import uuid
from dataclasses import replace

from dvc.domain.messages import UserError
from dvc.services.apart import stock
from dvc.services.apart.model import NOT_A_CHOICE, SETTLED_MEANWHILE
from dvc.services.apart.watch import check_in_transaction
from dvc.services.core.workspace import Workspace
from dvc.services.equipment import items, loans
from dvc.store.tables import Loan


def decide(ws: Workspace, *, key: str, choice: str, value: int | None = None) -> None:
    """``owned`` (``value``: the number the center really owns) or ``loan:<id>`` (``value``: what that loan really
    was), each through the desk's own correction (its rules, the audit trail), in one transaction."""
    equipment_id = stock.parse_key(key)
    if value is None or not (choice == "owned" or choice.startswith("loan:")):
        raise UserError(NOT_A_CHOICE)
    with ws.transaction() as s:
        item = items.get_item(s, equipment_id)
        if stock.shortfall(item, loans.out_of(s, item.id)) <= 0:
            raise UserError(SETTLED_MEANWHILE)
        if choice == "owned":
            items.update_item(ws, equipment_id=item.id, draft=replace(items.draft_of(item), owned=value), session=s)
        else:
            loan_id = uuid.UUID(hex=choice.split(":", 1)[1])
            loan = s.get(Loan, loan_id)
            if loan is None or loan.equipment_id != item.id:
                raise UserError(NOT_A_CHOICE)
            loans.correct_quantity(ws, loan_id=loan_id, quantity=value, session=s)
        s.flush()
        check_in_transaction(s)
