"""Loans and returns through the service the dispatch desk calls, counted against the stock table."""

from __future__ import annotations

import pytest

from dvc.domain import equipment_rules as rules
from dvc.domain.messages import UserError
from dvc.services.equipment import loans
from dvc.services.equipment import stock
from dvc.store.tables import Equipment
from tests.equipment.conftest import make_dispatch


def _stock(ws, item_id):  # noqa: ANN001, ANN202
    return next(r for r in stock.stock_rows(ws) if r.id == item_id)


def test_lend_lowers_availability_and_returns_raise_it(workspace, store):
    result = loans.lend(workspace, equipment_id=store.shovel, quantity=4, dispatch_id=store.dispatch)
    assert result.available_after == 6 and result.warning is None
    assert loans.available(workspace, store.shovel) == 6
    row = _stock(workspace, store.shovel)
    assert (row.owned, row.out, row.lost, row.damaged, row.available) == (10, 4, 0, 0, 6)

    back = loans.return_loan(workspace, loan_id=result.loan_id, returned=3, lost=1, damaged=1)
    assert back.settlement.closes and back.still_out == 0
    row = _stock(workspace, store.shovel)
    # 3 back (1 of them broken), 1 lost: 10 owned − 1 lost − 1 damaged = 8 to lend.
    assert (row.owned, row.out, row.lost, row.damaged, row.available) == (10, 0, 1, 1, 8)
    [loan] = loans.loans_for_dispatch(workspace, store.dispatch)
    assert (loan.quantity_out, loan.returned, loan.lost, loan.damaged, loan.outstanding) == (4, 3, 1, 1, 0)
    assert loan.returned_at is not None and loan.team_code == store.team_code


def test_more_than_available_is_refused_in_japanese(workspace, store):
    from dvc import i18n

    loans.lend(workspace, equipment_id=store.shovel, quantity=8, dispatch_id=store.dispatch)
    with pytest.raises(UserError) as caught:
        loans.lend(workspace, equipment_id=store.shovel, quantity=3, dispatch_id=store.dispatch)
    i18n.install("ja")
    text = caught.value.message(i18n.translate)
    assert "スコップ（角）" in text and "2" in text and "貸し出せ" in text
    # The damaged wheelbarrow is not lendable: 3 owned, 1 broken.
    with pytest.raises(UserError):
        loans.lend(workspace, equipment_id=store.barrow, quantity=3, dispatch_id=store.dispatch)
    assert loans.available(workspace, store.barrow) == 2


def test_partial_returns_keep_the_loan_open(workspace, store):
    lent = loans.lend(workspace, equipment_id=store.shovel, quantity=5, dispatch_id=store.dispatch)
    first = loans.return_loan(workspace, loan_id=lent.loan_id, returned=2)
    assert not first.settlement.closes and first.still_out == 3
    assert [r.outstanding for r in loans.open_loans(workspace)] == [3]
    with pytest.raises(UserError):
        loans.return_loan(workspace, loan_id=lent.loan_id, returned=4)
    loans.return_loan(workspace, loan_id=lent.loan_id, returned=3)
    assert loans.open_loans(workspace) == []
    with pytest.raises(UserError):
        loans.return_loan(workspace, loan_id=lent.loan_id, returned=1)


def test_consumables_not_brought_back_are_used_up(workspace, store):
    lent = loans.lend(workspace, equipment_id=store.sandbags, quantity=150, dispatch_id=store.dispatch)
    back = loans.return_loan(workspace, loan_id=lent.loan_id, returned=30)
    assert back.settlement.used == 120 and back.settlement.closes
    row = _stock(workspace, store.sandbags)
    assert (row.owned, row.out, row.lost, row.available) == (380, 0, 0, 380)


def test_running_out_warns(workspace, store):
    low = loans.lend(workspace, equipment_id=store.shovel, quantity=8, dispatch_id=store.dispatch)
    assert low.warning == rules.BELOW_MINIMUM and low.available_after == 2
    empty = loans.lend(workspace, equipment_id=store.shovel, quantity=2, dispatch_id=store.dispatch)
    assert empty.warning == rules.OUT_OF_STOCK
    assert _stock(workspace, store.shovel).shortage == rules.OUT_OF_STOCK


def test_lending_inside_the_callers_transaction(workspace, store):
    """The dispatch desk lends while it records the departure: both or neither."""
    with pytest.raises(RuntimeError):
        with workspace.transaction() as s:
            loans.lend(workspace, equipment_id=store.shovel, quantity=6, dispatch_id=store.dispatch, session=s)
            # The second loan in the same transaction sees the first.
            assert loans.available(workspace, store.shovel, session=s) == 4
            with pytest.raises(UserError):
                loans.lend(workspace, equipment_id=store.shovel, quantity=5, dispatch_id=store.dispatch, session=s)
            raise RuntimeError("the departure failed")
    assert loans.available(workspace, store.shovel) == 10 and loans.open_loans(workspace) == []
    with workspace.transaction() as s:
        lent = loans.lend(workspace, equipment_id=store.shovel, quantity=6, dispatch_id=store.dispatch, session=s)
        loans.return_loan(workspace, loan_id=lent.loan_id, returned=6, session=s)
    assert [r.returned for r in loans.loans_for_dispatch(workspace, store.dispatch)] == [6]


def test_loans_to_another_council(workspace, store):
    lent = loans.lend(workspace, equipment_id=store.shovel, quantity=5, borrower_council="Mitaka")
    [row] = loans.open_loans(workspace)
    assert row.borrower_council == "mitaka" and row.borrower == "三鷹市社会福祉協議会" and row.dispatch_id is None
    with pytest.raises(UserError):  # not marked lendable to the block
        loans.lend(workspace, equipment_id=store.barrow, quantity=1, borrower_council="chofu")
    with pytest.raises(UserError):  # ourselves
        loans.lend(workspace, equipment_id=store.shovel, quantity=1, borrower_council="koganei")
    with pytest.raises(UserError):  # both a team and a council
        loans.lend(workspace, equipment_id=store.shovel, quantity=1, borrower_council="chofu",
                   dispatch_id=store.dispatch)
    with pytest.raises(UserError):  # neither
        loans.lend(workspace, equipment_id=store.shovel, quantity=1)
    loans.return_loan(workspace, loan_id=lent.loan_id, returned=5)


def test_refusals(workspace, store):
    back_already, _ = make_dispatch(workspace, returned=True)
    with pytest.raises(UserError):
        loans.lend(workspace, equipment_id=store.shovel, quantity=1, dispatch_id=back_already)
    for quantity in (0, -1, 10**7):
        with pytest.raises(UserError):
            loans.lend(workspace, equipment_id=store.shovel, quantity=quantity, dispatch_id=store.dispatch)
    lent = loans.lend(workspace, equipment_id=store.shovel, quantity=2, dispatch_id=store.dispatch)
    with pytest.raises(UserError):  # damaged pieces came back: they cannot outnumber the returned ones
        loans.return_loan(workspace, loan_id=lent.loan_id, returned=1, damaged=2)
    with pytest.raises(UserError):  # nothing counted
        loans.return_loan(workspace, loan_id=lent.loan_id, returned=0)
    with workspace.transaction() as s:
        s.get(Equipment, store.barrow).deleted = True
    with pytest.raises(UserError):
        loans.lend(workspace, equipment_id=store.barrow, quantity=1, dispatch_id=store.dispatch)
