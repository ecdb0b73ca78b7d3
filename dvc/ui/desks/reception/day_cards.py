"""Reception's figures of the day: checked in, individuals and groups, first time and returning, still out."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from dvc.services.reception.roster import AttendanceCounts
from dvc.ui.desks.base import card_row
from dvc.ui.widgets.figure_card import FigureCard


class DayCards(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checked_in = FigureCard(self.tr("Checked in today"), self)
        self.individual = FigureCard(self.tr("Individuals"), self)
        self.in_group = FigureCard(self.tr("In groups"), self)
        self.first_time = FigureCard(self.tr("First time"), self)
        self.repeat = FigureCard(self.tr("Returning"), self)
        self.on_site = FigureCard(self.tr("Not yet checked out"), self)
        self.registered = FigureCard(self.tr("Registered in all"), self)
        row = card_row([self.checked_in, self.individual, self.in_group, self.first_time, self.repeat,
                        self.on_site, self.registered])
        row.setContentsMargins(0, 0, 0, 0)
        self.setLayout(row)

    def show_counts(self, counts: AttendanceCounts, capacity: int) -> None:
        self.checked_in.set_value(counts.checked_in)
        self.checked_in.caption_label.setText(
            self.tr("Checked in today (limit {limit})").format(limit=f"{capacity:,}") if capacity
            else self.tr("Checked in today"))
        self.individual.set_value(counts.individual)
        self.in_group.set_value(counts.in_group)
        self.first_time.set_value(counts.first_time)
        self.repeat.set_value(counts.repeat)
        self.on_site.set_value(counts.on_site)
        self.registered.set_value(counts.registered)
