"""What a desk's sync thread says went wrong (English source text, context "errors"; the light shows it)."""

from __future__ import annotations

from dvc.domain.messages import QT_TRANSLATE_NOOP
from dvc.sync.client import HubRefused

NOT_PAIRED = QT_TRANSLATE_NOOP("errors", "The hub does not know this laptop any more. Join it again with its join code.")
CLOCK = QT_TRANSLATE_NOOP("errors", "This laptop's clock is far from the hub's. Set the date and time, then wait a moment.")
REFUSED = QT_TRANSLATE_NOOP("errors", "The hub refused this laptop's changes; they stay here and are sent again. "
                                      "Tell the center head if this stays.")
NO_ANSWER = QT_TRANSLATE_NOOP("errors", "The hub does not answer. This laptop works on and sends its changes when it "
                                        "answers again.")


def refusal(exc: HubRefused) -> str:
    if exc.reason == "unpaired":
        return NOT_PAIRED
    if exc.reason == "clock":
        return CLOCK
    return REFUSED
