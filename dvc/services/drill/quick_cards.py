"""One printable page per desk for drill days: what to do, what the screen may say, the keys.

The cards are plain text forms (forms/quick_card_<desk>.toml), so a council rewrites them
without a programmer. They describe the app, not a record, so no database is needed and they
carry no drill band: the same card serves a drill and a real day.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.printing.render import render_pdf

# In the order of the desks on screen (F1…F6).
DESK_KEYS = ("reception", "needs", "matching", "dispatch", "equipment", "head_office")


@dataclass(frozen=True)
class PrintedCards:
    folder: Path
    files: tuple[Path, ...]


def form_name(desk: str) -> str:
    return f"quick_card_{desk}"


def print_quick_cards(*, out_dir: Path, desks: tuple[str, ...] = DESK_KEYS) -> PrintedCards:
    """Write quick_card_<desk>.pdf into ``out_dir`` (made if missing) for each desk."""
    out_dir = Path(out_dir)
    unknown = [d for d in desks if d not in DESK_KEYS]
    if unknown:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Unknown desk: {names}. Choose from {known}."),
                        names=", ".join(unknown), known=", ".join(DESK_KEYS))
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Could not write {path}: {reason}"),
                        path=str(out_dir), reason=exc.strerror or str(exc)) from None
    files = []
    for desk in desks:
        target = out_dir / f"{form_name(desk)}.pdf"
        try:
            render_pdf(form_name(desk), pages=[{}], out=target, drill=False)
        except OSError as exc:
            raise UserError(QT_TRANSLATE_NOOP("errors", "Could not write {path}: {reason}"),
                            path=str(target), reason=exc.strerror or str(exc)) from None
        files.append(target)
    return PrintedCards(out_dir, tuple(files))
