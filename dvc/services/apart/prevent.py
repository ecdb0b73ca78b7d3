"""Two of the conflicts made apart prevented while a desk is connected: the hub asked before a team is confirmed
or equipment is lent (manual/exchange_format.md §13, ``confirm_on_hub``).

The hub's database holds every desk's rows, so it can say "free", "already on team X of laptop N" or "only K
left" where a desk alone cannot. The desks' services (matching/team_plan.py, equipment/loans.py) call
``ask_hub`` before their own transaction; center mode's replicator installs the one ``Asker`` of a workspace
while it runs (this room sits below both, so neither imports the other). No asker, a desk not in step, or no
answer within the asker's short timeout (about a second): the desk goes on with its own rules, and the check
after each merge (watch.py) stays the safety net.
"""

from __future__ import annotations

import uuid
import weakref
from collections.abc import Callable
from datetime import date

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.services.core.workspace import Workspace

TEAMS = "teams"  # payload: {"day": ISO day, "teams": [{"id": hex, "code": str, "members": [hex, ...]}]}
LOAN = "loan"  # payload: {"loan": hex (the new loan's id), "equipment": hex, "quantity": int}

# The hub's answers: {"answer": FREE} | {"answer": BUSY, "volunteer": hex, "team": code, "device": n}
# | {"answer": SHORT, "left": k}.
FREE = "free"
BUSY = "busy"
SHORT = "short"

# An asker takes the action and its payload and returns the hub's answer, or None when it has none in time.
Asker = Callable[[str, dict], "dict | None"]

_askers: "weakref.WeakKeyDictionary[Workspace, Asker]" = weakref.WeakKeyDictionary()

ON_TEAM = QT_TRANSLATE_NOOP(
    "errors", "{name} is already on team {team} of laptop {device} today (the hub says so). Nothing was confirmed: "
              "take them off this team, or settle it with the desk of laptop {device}.")
ONLY_LEFT = QT_TRANSLATE_NOOP(
    "errors", "Only {left} {unit} of {name} can be lent across the center now (the hub counts every desk's loans). "
              "Nothing was lent: lend fewer, or wait for a return.")


def install(ws: Workspace, asker: Asker) -> None:
    _askers[ws] = asker


def remove(ws: Workspace, asker: Asker) -> None:
    if _askers.get(ws) is asker:
        del _askers[ws]


def connected(ws: Workspace) -> bool:
    """A hub may be asked (center mode runs for this workspace); whether it answers is another matter."""
    return ws in _askers


def ask_hub(ws: Workspace, action: str, payload: dict) -> dict | None:
    """The hub's answer, or None (no center mode, not in step, no answer in time)."""
    asker = _askers.get(ws)
    if asker is None:
        return None
    answer = asker(action, payload)
    return answer if isinstance(answer, dict) else None


def check_teams(ws: Workspace, day: date, teams: list[tuple[uuid.UUID, str, list[tuple[uuid.UUID, str]]]]) -> None:
    """Before confirming ``teams`` (id, code, [(volunteer id, name)]): refused (UserError) when the hub says one
    of the people is on another desk's team that day; nothing happens without an answer."""
    if not teams:
        return
    payload = {"day": day.isoformat(), "teams": [{"id": tid.hex, "code": code, "members": [v.hex for v, _ in people]}
                                                 for tid, code, people in teams]}
    refuse_team(ask_hub(ws, TEAMS, payload), {v.hex: name for _t, _c, people in teams for v, name in people})


def refuse_team(answer: dict | None, names: dict[str, str]) -> None:
    """Raise the desk's message when the hub said a person is already on another team (``names``: id -> name)."""
    if answer is None or answer.get("answer") != BUSY:
        return
    volunteer = str(answer.get("volunteer", ""))
    raise UserError(ON_TEAM, name=names.get(volunteer, volunteer), team=str(answer.get("team", "")),
                    device=str(answer.get("device", "?")))


def refuse_loan(answer: dict | None, *, name: str, unit: str) -> None:
    """Raise the desk's message when the hub said fewer are left than asked for."""
    if answer is None or answer.get("answer") != SHORT:
        return
    raise UserError(ONLY_LEFT, left=str(max(0, int(answer.get("left", 0)))), unit=unit, name=name)
