"""How far a laptop is from the rest of the center: the states of the status light and the figures behind them.

    in_step       nothing waiting either way (lag under IN_STEP_S)
    behind        changes waiting for N seconds, the hub answering
    out_of_touch  no answer from the hub (or, on the hub, no word from the desk) for OUT_OF_TOUCH_S: red
    off           not in center mode, or replication not running
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from dvc.domain.messages import QT_TRANSLATE_NOOP, Translate

IN_STEP = "in_step"
BEHIND = "behind"
OUT_OF_TOUCH = "out_of_touch"
OFF = "off"
STATES = (IN_STEP, BEHIND, OUT_OF_TOUCH, OFF)

IN_STEP_S = 3.0  # a pull every 2 s at most, plus a round's own time
OUT_OF_TOUCH_S = 30.0


CONTEXT = "center"
_LABELS = {
    IN_STEP: QT_TRANSLATE_NOOP("center", "In step"),
    BEHIND: QT_TRANSLATE_NOOP("center", "{seconds} s behind"),
    OUT_OF_TOUCH: QT_TRANSLATE_NOOP("center", "Out of touch"),
    OFF: QT_TRANSLATE_NOOP("center", "Not in center mode"),
}
# What the desk should do, for the light's tooltip or a line under it.
_ADVICE = {
    IN_STEP: QT_TRANSLATE_NOOP("center", "This laptop and the other desks see the same records."),
    BEHIND: QT_TRANSLATE_NOOP("center", "Changes are on their way; nothing to do."),
    OUT_OF_TOUCH: QT_TRANSLATE_NOOP(
        "center", "The hub does not answer. Keep working: everything done here is kept and sent when it answers. "
                  "Check the Wi-Fi or cable, and that the hub laptop is on. If the hub laptop is lost, make one desk "
                  "the new hub and join it from the others."),
    OFF: QT_TRANSLATE_NOOP("center", "This laptop works on its own. To share records with the other desks, join the "
                                     "center's hub."),
}


def label(state: str, lag_s: float | None, translate: Translate) -> str:
    """The light's words: 同期済み, 12秒遅れ, 接続が切れています, …"""
    text = translate(CONTEXT, _LABELS[state])
    return text.format(seconds=int(lag_s or 0)) if state == BEHIND else text


def advice(state: str, translate: Translate) -> str:
    return translate(CONTEXT, _ADVICE[state])


def state_for(*, running: bool, lag_s: float | None, silent_s: float | None) -> str:
    """The light for a link: ``silent_s`` seconds since the other side last answered (None: never)."""
    if not running:
        return OFF
    if silent_s is None or silent_s >= OUT_OF_TOUCH_S:
        return OUT_OF_TOUCH
    if lag_s is not None and lag_s < IN_STEP_S:
        return IN_STEP
    return BEHIND


@dataclass(frozen=True)
class PeerSync:
    """One link as this laptop sees it (a desk: its hub; the hub: each desk)."""

    device_id: str
    role: str  # the peer's role: "hub" or "desk"
    device_number: int
    address: str
    state: str
    lag_seconds: float | None  # None: not known yet
    last_contact: datetime | None
    pending_out: int  # changes made here not yet acknowledged by the peer (a desk's queue)
    error: str = ""  # the last refusal or failure, in English source text (context "errors"), "" if none

    def as_dict(self) -> dict:
        return {"device_id": self.device_id, "role": self.role, "device": self.device_number,
                "address": self.address, "state": self.state,
                "lag_seconds": None if self.lag_seconds is None else round(self.lag_seconds, 2),
                "last_contact": self.last_contact.isoformat() if self.last_contact else None,
                "pending_out": self.pending_out, "error": self.error}


@dataclass(frozen=True)
class RoundApplied:
    """Told to the listeners of a desk's replicator when a round from the hub changed rows here."""

    tables: frozenset[str]  # table names (volunteer, attendance, need, team, loan, ...)
    changed: int
    conflicts: int
    apart: bool = False  # the list of what the laptops did apart changed: the desks' notices look again
