"""The hub's answers to "may I?" from a connected desk, before it confirms a team or lends equipment
(services/apart/prevent.py has the desk's side and the words of the answers).

The hub's replica holds every desk's rows, so it sees a person already on another desk's team, or the loans
of every desk. What it said yes to is held for RESERVE_S, until the desk's round brings the team confirmed or
the loan: two desks asking within the same moment, before either round arrived, do not both get a yes.
"""

from __future__ import annotations

import threading
import time
import uuid
from dataclasses import dataclass
from datetime import date

from sqlmodel import select

from dvc.domain.codes import CodeError, parse_code
from dvc.domain.messages import UserError
from dvc.domain.vocab import TeamStatus
from dvc.services.apart import prevent
from dvc.services.core.workspace import Workspace
from dvc.services.equipment import loans
from dvc.store.tables import Loan, Team, TeamMember

RESERVE_S = 15.0
BUSY = (TeamStatus.CONFIRMED, TeamStatus.DISPATCHED)  # a team that holds its people (as matching says)
MAX_MEMBERS = 2000


class BadCheck(ValueError):
    """A question the hub cannot read."""


@dataclass
class _TeamHold:
    team_id: str
    code: str
    device: int
    until: float


@dataclass
class _LoanHold:
    equipment: str
    quantity: int
    until: float


class HubChecks:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self._lock = threading.Lock()  # one question at a time: the answer and its hold go together
        self._teams: dict[tuple[str, str], _TeamHold] = {}  # (volunteer hex, day) -> the team it was promised to
        self._loans: dict[str, _LoanHold] = {}  # loan hex -> what it takes

    def answer(self, action: str, payload: dict, *, device: int) -> dict:
        if not isinstance(payload, dict):
            raise BadCheck("payload")
        with self._lock:
            self._forget(time.monotonic())
            if action == prevent.TEAMS:
                return self._teams_answer(payload, device)
            if action == prevent.LOAN:
                return self._loan_answer(payload)
        raise BadCheck("action")

    def _forget(self, now: float) -> None:
        self._teams = {k: v for k, v in self._teams.items() if v.until > now}
        self._loans = {k: v for k, v in self._loans.items() if v.until > now}

    # A person on two teams of one day.

    def _teams_answer(self, payload: dict, device: int) -> dict:
        try:
            day = date.fromisoformat(str(payload["day"]))
            teams = [(uuid.UUID(hex=str(t["id"])), str(t["code"]), [uuid.UUID(hex=str(v)) for v in t["members"]])
                     for t in payload["teams"]]
        except (KeyError, TypeError, ValueError):
            raise BadCheck("teams") from None
        asking = {t[0].hex for t in teams}
        people = [v for _tid, _code, members in teams for v in members]
        if len(people) > MAX_MEMBERS:
            raise BadCheck("too many")
        with self.ws.session() as s:
            for start in range(0, len(people), 500):
                part = people[start:start + 500]
                rows = s.exec(select(TeamMember.volunteer_id, Team.id, Team.code).join(Team, Team.id == TeamMember.team_id)
                              .where(TeamMember.volunteer_id.in_(part), TeamMember.deleted == False,  # noqa: E712
                                     Team.deleted == False, Team.day == day, Team.status.in_(BUSY))).all()  # noqa: E712
                for volunteer, team_id, code in rows:
                    if team_id.hex not in asking:
                        return {"answer": prevent.BUSY, "volunteer": volunteer.hex, "team": code,
                                "device": _device_of(code)}
            held = list({uuid.UUID(hex=h.team_id) for h in self._teams.values()})
            confirmed = {t.hex for t in s.exec(select(Team.id).where(
                Team.id.in_(held), Team.status != TeamStatus.PROPOSED)).all()} if held else set()
        for volunteer in people:
            hold = self._teams.get((volunteer.hex, day.isoformat()))
            if hold is not None and hold.team_id not in asking and hold.team_id not in confirmed:
                return {"answer": prevent.BUSY, "volunteer": volunteer.hex, "team": hold.code, "device": hold.device}
        until = time.monotonic() + RESERVE_S
        for team_id, code, members in teams:
            for volunteer in members:
                self._teams[(volunteer.hex, day.isoformat())] = _TeamHold(team_id.hex, code, device, until)
        return {"answer": prevent.FREE}

    # Stock lent below zero.

    def _loan_answer(self, payload: dict) -> dict:
        try:
            loan_id, equipment = uuid.UUID(hex=str(payload["loan"])), uuid.UUID(hex=str(payload["equipment"]))
            quantity = int(payload["quantity"])
        except (KeyError, TypeError, ValueError):
            raise BadCheck("loan") from None
        held = {k: v for k, v in self._loans.items() if v.equipment == equipment.hex and k != loan_id.hex}
        with self.ws.session() as s:
            try:
                left = loans.available(self.ws, equipment, session=s)
            except UserError:  # an item the hub does not know yet: the desk decides
                return {"answer": prevent.FREE}
            if held:
                arrived = {r.hex for r in s.exec(select(Loan.id).where(Loan.id.in_(
                    [uuid.UUID(hex=k) for k in held]))).all()}
                left -= sum(h.quantity for k, h in held.items() if k not in arrived)
        if quantity > left:
            return {"answer": prevent.SHORT, "left": max(0, left)}
        self._loans[loan_id.hex] = _LoanHold(equipment.hex, quantity, time.monotonic() + RESERVE_S)
        return {"answer": prevent.FREE}


def _device_of(code: str) -> int | str:
    try:
        return parse_code(code).device
    except CodeError:
        return "?"
