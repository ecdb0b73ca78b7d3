"""Messages for people, raised below the UI and translated above it.

Lower layers cannot import Qt, so they mark their English source text with
``QT_TRANSLATE_NOOP(context, text)``; pyside6-lupdate collects these marks into
the translation files and the GUI or CLI translates them when showing them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (the name lupdate looks for)
    return text


def _identity(_context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Term:
    """A word inside a message that is translated too, e.g. a status name in a refusal."""

    context: str
    source: str

    def __str__(self) -> str:
        return self.source


class UserError(Exception):
    """A refusal to show a person: a clear message, no traceback.

    ``source`` is English source text with ``{name}`` placeholders; ``params``
    fill them after translation.
    """

    context = "errors"

    def __init__(self, source: str, /, **params: Any) -> None:
        super().__init__(source.format(**params) if params else source)
        self.source = source
        self.params = params

    def message(self, translate: Translate = _identity) -> str:
        translated = translate(self.context, self.source)
        if not self.params:
            return translated
        params = {k: translate(v.context, v.source) if isinstance(v, Term) else v for k, v in self.params.items()}
        return translated.format(**params)
