"""Fitting long text into a box on paper: smaller to a floor, wrapped, then cut with "…" (never wider)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dvc.printing.long_text import ELLIPSIS, fit


def measure(text: str, size: float) -> float:
    return len(text) * size  # every character one em wide, like kanji


def test_a_short_text_keeps_its_size():
    assert fit("山田 太郎", 200, 20, measure) == (20, ["山田 太郎"])


def test_one_line_shrinks_to_the_floor_then_is_cut():
    assert fit("あ" * 20, 100, 10, measure) == (5.0, ["あ" * 20])  # 20 × 5 = 100: fits at 5 points
    size, rows = fit("あ" * 40, 100, 10, measure, floor=8)
    assert size == 8 and rows[0].endswith(ELLIPSIS) and measure(rows[0], 8) <= 100


def test_two_lines_wrap_and_prefer_a_space_near_the_end():
    size, rows = fit("John Fitzgerald Kennedy Bartholomew", 200, 10, measure, lines=2, floor=9)
    assert rows == ["John Fitzgerald", "Kennedy Bartholomew"] and size == 10  # no word cut in two


@settings(max_examples=200, deadline=None)
@given(text=st.text(min_size=1, max_size=150), width=st.floats(20, 400), size=st.floats(6, 30),
       lines=st.integers(1, 3), floor=st.floats(4, 12))
def test_nothing_is_ever_wider_than_its_box_or_on_more_lines(text, width, size, lines, floor):
    fitted, rows = fit(text, width, size, measure, lines=lines, floor=floor)
    assert len(rows) <= lines
    assert all(measure(row, fitted) <= width + 0.01 or len(row) <= 1 for row in rows)
