"""The dashboard's parts: figure cards in groups, the alert line, the two charts of the days so far."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from dvc.domain.vocab import NeedStatus
from dvc.services.head_office import dashboard
from dvc.services.head_office.dashboard import HistoryDay, LiveFigures
from dvc.services.core.workspace import Workspace
from dvc.ui import labels
from dvc.ui.desks.base import card_row
from dvc.ui.formatting import clock_time
from dvc.ui.widgets.day_chart import BarSet, DayChart
from dvc.ui.widgets.figure_card import STYLE as CARD_STYLE
from dvc.ui.widgets.figure_card import FigureCard

ALERT_STYLE = "QLabel { background: #fde2e1; color: #8a1c13; border: 1px solid #e5a29b; padding: 6px; font-weight: bold; }"
OVERDUE_STYLE = "QFrame#figureCard { background: #fde2e1; border: 2px solid #c62828; border-radius: 6px; }"
NEW_COLOR, REPEAT_COLOR = "#f0a030", "#3f6fa8"
RECEIVED_COLOR, DONE_COLOR = "#8e9aaf", "#2e7d32"


def group(title: str, cards: list[QWidget], parent: QWidget) -> QGroupBox:
    box = QGroupBox(title, parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 4, 6, 6)
    layout.addLayout(card_row(cards))
    return box


class Dashboard(QWidget):
    """Every number of the day and the charts; ``show_live`` and ``show_history`` fill them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        card = lambda caption: FigureCard(caption, self)  # noqa: E731
        self.people = {
            "checked_in": card(self.tr("Checked in today")), "first_time": card(self.tr("First time")),
            "repeat": card(self.tr("Returning")), "individual": card(self.tr("Individuals")),
            "in_group": card(self.tr("In groups")), "on_site": card(self.tr("Not yet checked out")),
            "registered": card(self.tr("Registered in all")),
        }
        self.teams = {
            "today": card(self.tr("Teams today")), "out": card(self.tr("Out on site")),
            "overdue": card(self.tr("Overdue")), "returned": card(self.tr("Back")),
        }
        self.work = {
            "needs_open": card(self.tr("Open needs")), "person_days": card(self.tr("Volunteer-days needed")),
            "equipment_out": card(self.tr("Equipment out")),
        }
        self.need_cards = {status.value: card(labels.need_status(status)) for status in NeedStatus}
        self.people_box = group(self.tr("Volunteers"), list(self.people.values()), self)
        row = QHBoxLayout()
        row.addWidget(group(self.tr("Teams"), list(self.teams.values()), self))
        row.addWidget(group(self.tr("Needs and equipment"), list(self.work.values()), self))
        self.alert = QLabel(self)
        self.alert.setStyleSheet(ALERT_STYLE)
        self.alert.setWordWrap(True)
        self.volunteer_chart = DayChart(self.tr("Volunteers per day"), stacked=True, parent=self)
        self.needs_chart = DayChart(self.tr("Needs received and completed per day"), stacked=False, parent=self)
        charts = QHBoxLayout()
        charts.addWidget(self.volunteer_chart, 1)
        charts.addWidget(self.needs_chart, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.people_box)
        layout.addLayout(row)
        layout.addWidget(group(self.tr("Needs by status"), list(self.need_cards.values()), self))
        layout.addWidget(self.alert)
        layout.addLayout(charts, 1)

    def show_live(self, f: LiveFigures) -> None:
        v = f.volunteers
        values = {"checked_in": v.checked_in, "first_time": v.first_time, "repeat": v.repeat,
                  "individual": v.individual, "in_group": v.in_group, "on_site": f.on_site, "registered": f.registered}
        for key, card in self.people.items():
            card.set_value(values[key])
        self.people_box.setTitle(self.tr("Volunteers on {month}/{day}").format(month=f.day.month, day=f.day.day))
        for key, value in (("today", f.teams_today), ("out", f.teams_out), ("overdue", len(f.overdue)),
                           ("returned", f.teams_returned)):
            self.teams[key].set_value(value)
        self.teams["overdue"].setStyleSheet(CARD_STYLE + OVERDUE_STYLE if f.overdue else CARD_STYLE)
        self.work["needs_open"].set_value(f.needs_open)
        self.work["person_days"].set_value(f.person_days_needed)
        self.work["equipment_out"].set_value(f.equipment_out)
        for status, card in self.need_cards.items():
            card.set_value(f.needs_by_status.get(status, 0))
        alerts = []
        if f.overdue:
            alerts.append(self.tr("Not back in time: {teams}").format(teams="、".join(
                self.tr("{team} ({district}, due {time})").format(team=t.team_code, district=t.district,
                                                                  time=clock_time(t.expected_back_at))
                for t in f.overdue)))
        if f.out_of_stock:
            alerts.append(self.tr("Out of stock: {items}").format(items="、".join(f.out_of_stock)))
        self.alert.setText("　／　".join(alerts))
        self.alert.setVisible(bool(alerts))

    def show_history(self, days: list[HistoryDay]) -> None:
        dates = [d.day for d in days]
        self.volunteer_chart.set_data(dates, [
            BarSet(self.tr("First time"), [d.first_time for d in days], NEW_COLOR),
            BarSet(self.tr("Returning"), [d.repeat for d in days], REPEAT_COLOR),
        ])
        self.needs_chart.set_data(dates, [
            BarSet(self.tr("Received"), [d.needs_received for d in days], RECEIVED_COLOR),
            BarSet(self.tr("Completed"), [d.needs_completed for d in days], DONE_COLOR),
        ])


class HistoryCache:
    """Past days change rarely (an exchange file, a late correction): they are read when the dashboard is
    shown; while it stays on screen, announcements re-read only today."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.past: list[HistoryDay] | None = None
        self.today: date | None = None

    def forget(self) -> None:
        self.past = None

    def days(self, today: date) -> list[HistoryDay]:
        if self.past is None or self.today != today:
            start = dashboard.first_day(self.ws, today=today)
            self.past = dashboard.history(self.ws, start=start, end=today - timedelta(days=1)) if start < today else []
            self.today = today
        return self.past + dashboard.history(self.ws, start=today, end=today)
