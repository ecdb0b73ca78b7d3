"""Number boxes that take what a Japanese keyboard types: full-width digits (３, １．５) as well as 3 and 1.5.

With the IME on, digits arrive full-width; Qt's spin boxes refuse them, so the
box silently kept its old value. Here the text is folded with NFKC before Qt
checks it, and the box then shows the half-width digits it stored.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox


def _folded(text: str) -> str:
    # NFKC makes ３ → 3 and ．→ .; the ideographic space and the IME's "ー" for a minus are not numbers here.
    return unicodedata.normalize("NFKC", text)


class _FoldsDigits:
    """Before QSpinBox or QDoubleSpinBox in the bases: the text is folded before Qt reads it."""

    def validate(self, text: str, pos: int):  # noqa: ANN201
        return super().validate(_folded(text), pos)

    def valueFromText(self, text: str):  # noqa: ANN201, N802
        return super().valueFromText(_folded(text))

    def fixup(self, text: str) -> str:
        return super().fixup(_folded(text))


class NumberBox(_FoldsDigits, QSpinBox):
    pass


class DecimalBox(_FoldsDigits, QDoubleSpinBox):
    pass
