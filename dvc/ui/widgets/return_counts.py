"""How a loan comes back, each piece counted once: back undamaged, back damaged, or lost.

The desk counts the pieces on the table into three heaps, so the boxes are the
three heaps. (Before, "returned" included the damaged ones: 返却 1 + 破損 1 of 2
meant one piece back, damaged, and one still out, which nobody at the desk
meant.) Raising 破損 or 紛失 takes the pieces from 返却, which starts full, so
the three never add up to more than is out. The service is told what came back
(undamaged + damaged), how many of those are damaged, and what is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from dvc.ui.widgets.number_box import NumberBox


class ReturnCounts(QObject):
    changed = Signal()

    def __init__(self, parent: QWidget, outstanding: int, *, consumable: bool) -> None:
        super().__init__(parent)
        self.outstanding = outstanding
        self.undamaged, self.damaged, self.lost = (NumberBox(parent) for _ in range(3))
        for box in self.boxes():
            box.setRange(0, outstanding)
        # Consumables (sandbags) come back used up: nothing back is the usual case.
        self.undamaged.setValue(0 if consumable else outstanding)
        self.undamaged.valueChanged.connect(self.changed)
        for box in (self.damaged, self.lost):
            box.valueChanged.connect(lambda _v, b=box: self._make_room(b))

    def boxes(self) -> tuple[NumberBox, NumberBox, NumberBox]:
        return self.undamaged, self.damaged, self.lost

    def _make_room(self, raised: NumberBox) -> None:
        over = self.counted() - self.outstanding
        if over > 0:
            take = min(over, self.undamaged.value())
            self.undamaged.setValue(self.undamaged.value() - take)
            if over > take:  # 返却 is empty: the other heap gives way
                other = self.lost if raised is self.damaged else self.damaged
                other.setValue(max(0, other.value() - (over - take)))
        self.changed.emit()

    def counted(self) -> int:
        return sum(box.value() for box in self.boxes())

    def left(self) -> int:
        """Pieces neither back nor lost: still out (a tool), or used up (a consumable)."""
        return self.outstanding - self.counted()

    def returned(self) -> int:
        """What came back, damaged or not, as loans.return_loan counts it."""
        return self.undamaged.value() + self.damaged.value()
