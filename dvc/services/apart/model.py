"""What a desk is shown of one conflict made apart: what happened, in words, and the choices it has."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from dvc.domain.messages import QT_TRANSLATE_NOOP, Term, Translate, UserError
from dvc.domain.timeutil import to_local

CONTEXT = "apart"

# A value nobody gave, inside a sentence (not a dash: in a Japanese font "—" reads as 一).
NOT_GIVEN = Term(CONTEXT, QT_TRANSLATE_NOOP("apart", "not given"))


def day_text(day: date) -> str:
    return f"{day.month}/{day.day}"


def moment_text(moment: datetime) -> str:
    local = to_local(moment)
    return f"{local.month}/{local.day} {local:%H:%M}"


# The desks that decide (the keys of ui/desks).
RECEPTION, NEEDS, MATCHING, EQUIPMENT = "reception", "needs", "matching", "equipment"


@dataclass(frozen=True)
class Wording:
    """English source text (context "apart") with its {placeholders}; a Term among the values is translated too."""

    source: str
    params: dict = field(default_factory=dict)

    def text(self, translate: Translate) -> str:
        translated = translate(CONTEXT, self.source)
        if not self.params:
            return translated
        values = {k: translate(v.context, v.source) if isinstance(v, Term) else v for k, v in self.params.items()}
        return translated.format(**values)


@dataclass(frozen=True)
class Choice:
    """One way to settle a conflict: ``id`` is what the desk's ``decide`` takes.

    ``limits`` (lowest, highest) ask the desk for a number as well (a count of tools), ``suggested`` first.
    A choice the rules do not allow now is shown with ``why_not`` and cannot be taken.
    """

    id: str
    wording: Wording
    why_not: Wording | None = None
    limits: tuple[int, int] | None = None
    suggested: int | None = None

    @property
    def enabled(self) -> bool:
        return self.why_not is None


@dataclass(frozen=True)
class Conflict:
    kind: str
    key: str
    desk: str
    title: Wording
    lines: tuple[Wording, ...]
    choices: tuple[Choice, ...]
    detected_at: datetime | None = None

    def choice(self, choice_id: str) -> Choice | None:
        return next((c for c in self.choices if c.id == choice_id), None)


# Refusals every desk's decide() may give (context "errors", as UserError).
SETTLED_MEANWHILE = QT_TRANSLATE_NOOP(
    "errors", "This was settled meanwhile, perhaps at another desk or on another laptop. The list shows what is left.")
NOT_A_CHOICE = QT_TRANSLATE_NOOP("errors", "That is not one of the choices offered for this conflict. Choose again.")


class ApartRefusal(UserError):
    """A choice the rules do not allow now, refused with the words the desk was shown (context "apart")."""

    context = CONTEXT

    def __init__(self, wording: Wording) -> None:
        super().__init__(wording.source, **wording.params)
