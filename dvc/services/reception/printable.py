"""Names must print: a character the printing font lacks is refused when the name is entered.

An emoji or a rare character (𠮷 in some fonts) would come out as an empty box
on the intake sheet, the badge and the dispatch sheet, where the name is what
staff read aloud. The desk is told which characters, and writes the name
without them (or with the common form of the character).
"""

from __future__ import annotations

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.printing import glyphs

NAME = QT_TRANSLATE_NOOP(
    "errors", "The name “{text}” has characters the printed forms cannot show: {chars}. Leave them out, or write "
    "them another way (emoji left out, an old character in its common form).")
GROUP_NAME = QT_TRANSLATE_NOOP(
    "errors", "The group name “{text}” has characters the printed forms cannot show: {chars}. Leave them out, or "
    "write them another way.")


def unprintable(text: str, *, group: bool = False) -> UserError | None:
    """The refusal for a name (or group name) with characters that would print as empty boxes, else None."""
    chars = glyphs.missing(text)
    if not chars:
        return None
    return UserError(GROUP_NAME if group else NAME, text=text.strip(), chars="、".join(chars))


def refuse_unprintable(text: str, *, group: bool = False) -> None:
    error = unprintable(text, group=group)
    if error is not None:
        raise error
