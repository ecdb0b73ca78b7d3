"""The hub's answers before a desk confirms a team or lends (services/center/hub_checks.py), on a real database:
what its rows say, what it already said yes to, and that a yes is not counted twice once its round arrives."""

from __future__ import annotations

import uuid

import pytest

from dvc.domain.messages import UserError
from dvc.domain.timeutil import local_day
from dvc.services.apart import prevent
from dvc.services.center.hub_checks import BadCheck, HubChecks
from dvc.services.equipment import items, loans
from dvc.services.reception import checkin
from tests.apart import scenes
from tests.apart.conftest import apart_templates, desks  # noqa: F401 - the council's laptops 1 and 2


def _teams(team: uuid.UUID, *people: uuid.UUID, code: str = "T-KG2-0001-0") -> dict:
    return {"day": local_day().isoformat(), "teams": [{"id": team.hex, "code": code,
                                                       "members": [p.hex for p in people]}]}


def _loan(loan: uuid.UUID, item: uuid.UUID, quantity: int) -> dict:
    return {"loan": loan.hex, "equipment": item.hex, "quantity": quantity}


def test_a_person_on_a_confirmed_team_or_promised_to_another_is_busy(desks):
    ws = desks[0]
    taken, one = scenes.register(ws, scenes.person(name="佐藤 一郎", kana="さとう いちろう", birth="1975-05-05"))
    free, two = scenes.register(ws, scenes.person(name="鈴木 二郎", kana="すずき じろう", birth="1982-06-06",
                                                  phone="090-3333-4444"))
    for code in (one, two):
        assert checkin.check_in(ws, scanned=code).ok
    team = scenes.team_for(ws, taken, scenes.need(ws))
    hub = HubChecks(ws)

    busy = hub.answer(prevent.TEAMS, _teams(uuid.uuid4(), taken), device=2)
    assert busy["answer"] == prevent.BUSY and busy["volunteer"] == taken.hex and busy["device"] == 1
    assert hub.answer(prevent.TEAMS, _teams(team, taken), device=1) == {"answer": prevent.FREE}  # its own team

    first, second = uuid.uuid4(), uuid.uuid4()
    assert hub.answer(prevent.TEAMS, _teams(first, free, code="T-KG3-0004-0"), device=3)["answer"] == prevent.FREE
    promised = hub.answer(prevent.TEAMS, _teams(second, free), device=2)  # before laptop 3's round arrived
    assert promised == {"answer": prevent.BUSY, "volunteer": free.hex, "team": "T-KG3-0004-0", "device": 3}
    assert hub.answer(prevent.TEAMS, _teams(first, free, code="T-KG3-0004-0"), device=3)["answer"] == prevent.FREE

    with pytest.raises(UserError) as refused:
        prevent.refuse_team(promised, {free.hex: "鈴木 二郎"})
    assert "鈴木 二郎" in str(refused.value) and "laptop 3" in str(refused.value)


def test_loans_of_every_desk_and_the_ones_promised_count_once(desks):
    ws = desks[0]
    item, _code = items.add_item(ws, draft=items.ItemDraft(name="一輪車", unit="台", owned=5, lendable_to_block=True))
    hub = HubChecks(ws)
    first = uuid.uuid4()
    assert hub.answer(prevent.LOAN, _loan(first, item, 4), device=2) == {"answer": prevent.FREE}
    assert hub.answer(prevent.LOAN, _loan(uuid.uuid4(), item, 3), device=3) == {"answer": prevent.SHORT, "left": 1}
    # Laptop 2's round arrives with the loan: counted from the rows now, not a second time from the promise.
    loans.lend(ws, equipment_id=item, quantity=4, borrower_council="mitaka", loan_id=first)
    assert hub.answer(prevent.LOAN, _loan(uuid.uuid4(), item, 2), device=3) == {"answer": prevent.SHORT, "left": 1}
    assert hub.answer(prevent.LOAN, _loan(uuid.uuid4(), item, 1), device=3) == {"answer": prevent.FREE}
    # An item the hub has not heard of yet: the desk's own count decides.
    assert hub.answer(prevent.LOAN, _loan(uuid.uuid4(), uuid.uuid4(), 1), device=3) == {"answer": prevent.FREE}

    with pytest.raises(UserError) as refused:
        prevent.refuse_loan({"answer": prevent.SHORT, "left": 1}, name="一輪車", unit="台")
    assert "Only 1 台 of 一輪車" in str(refused.value)


@pytest.mark.parametrize("action,payload", [
    ("teams", {"day": "tomorrow", "teams": []}), ("teams", {"teams": "x"}), ("loan", {"loan": "zz"}),
    ("loan", {"loan": uuid.uuid4().hex, "equipment": uuid.uuid4().hex, "quantity": "many"}), ("launch", {}),
    ("teams", ["not", "a", "dict"]),
])
def test_a_question_the_hub_cannot_read_is_refused(desks, action, payload):
    with pytest.raises(BadCheck):
        HubChecks(desks[0]).answer(action, payload, device=2)
