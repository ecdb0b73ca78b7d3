"""Fitting a text that may be long (a 100-character name) into a box on paper: smaller, then wrapped, then cut.

A name used to shrink until it fit its width, down to a size nobody can read,
and past that run over the QR code box or into the next badge. Here a text
shrinks only to a floor (the form item's min_size, where a name is still
readable); a box that allows more lines wraps it (at any
character, as Japanese does, preferring a space or ・ near the end of a line);
what still does not fit is cut with "…". The page never shows text outside its
box.
"""

from __future__ import annotations

from collections.abc import Callable

ELLIPSIS = "…"
SMALLEST = 5.0  # points: how far any text shrinks unless its form item says (min_size) where a name stops
STEP = 0.92  # each try 8% smaller
BREAK_AFTER = " 　・"
BREAK_ROOM = 0.3  # a break character within the last 30% of a line ends the line there
SLACK = 0.01  # points: a text scaled to fit exactly measures a hair wider in floating point

Measure = Callable[[str, float], float]  # (text, size in points) -> width in points


def floor_of(size: float, floor: float | None = None) -> float:
    return min(size, floor if floor is not None else SMALLEST)


def wrap(text: str, width: float, size: float, measure: Measure) -> list[str]:
    """``text`` in lines no wider than ``width`` at ``size`` (each line at least one character)."""
    rows: list[str] = []
    rest = text
    while rest:
        end = 1
        while end < len(rest) and measure(rest[: end + 1], size) <= width + SLACK:
            end += 1
        if end < len(rest):
            cut = max(rest.rfind(ch, 0, end) for ch in BREAK_AFTER)
            if cut >= end * (1 - BREAK_ROOM):
                end = cut + 1
        rows.append(rest[:end].rstrip())
        rest = rest[end:].lstrip()
    return rows


def cut(text: str, width: float, size: float, measure: Measure, *, more: bool = False) -> str:
    """``text`` cut with "…" to ``width`` (the whole text when it fits and ``more`` does not follow it)."""
    if not more and measure(text, size) <= width + SLACK:
        return text
    while text and measure(text + ELLIPSIS, size) > width + SLACK:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS


def block_height(size: float, rows: int, leading: float) -> float:
    """Points from the top of the first line to the bottom of the last."""
    return size * (1 + leading * (rows - 1))


def fit(text: str, width: float, size: float, measure: Measure, *, lines: int = 1, floor: float | None = None,
        height: float | None = None, leading: float = 1.15) -> tuple[float, list[str]]:
    """The size and lines that put ``text`` in ``width`` (and ``height``, points) on at most ``lines`` lines."""
    if not text or width <= 0 or measure(text, size) <= width + SLACK:
        return size, [text]
    lowest = floor_of(size, floor)
    if lines <= 1:
        fitted = max(lowest, size * width / measure(text, size))
        return fitted, [cut(text, width, fitted, measure)]
    tried = size
    while True:
        rows = wrap(text, width, tried, measure)
        if len(rows) <= lines and (height is None or block_height(tried, len(rows), leading) <= height):
            return tried, rows
        if tried <= lowest:
            return tried, rows[: lines - 1] + [cut(rows[lines - 1], width, tried, measure, more=True)]
        tried = max(lowest, tried * STEP)
