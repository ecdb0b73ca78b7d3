"""A bar chart of figures per day (Qt Charts): stacked (new and returning volunteers) or side by side.

Qt Charts comes with PySide6-Addons. If a trimmed build lacks it, the
dashboard still shows every number and says here that the charts are missing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

try:
    from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QStackedBarSeries, QValueAxis
except ImportError:  # pragma: no cover - only in a build without Qt Charts
    QChartView = None

LABEL_EVERY = 7  # with many days, every n-th date is written under the bars


@dataclass(frozen=True)
class BarSet:
    name: str
    values: Sequence[int]
    color: str


def day_labels(days: Sequence[date]) -> list[str]:
    """"11/27" under each of a week's bars; with more days the day of the month (the axis title names the
    months), and past a fortnight only every seventh (the others blank, but unique as categories must be)."""
    step = 1 if len(days) <= 14 else LABEL_EVERY
    last = len(days) - 1
    short = len(days) > 7
    return [(str(d.day) if short else f"{d.month}/{d.day}") if (last - i) % step == 0 else "\u200b" * (i + 1)
            for i, d in enumerate(days)]


def span_title(days: Sequence[date]) -> str:
    if len(days) <= 7 or not days:
        return ""
    first, last = days[0], days[-1]
    return QCoreApplication.translate("DayChart", "{m1}/{d1} to {m2}/{d2}").format(
        m1=first.month, d1=first.day, m2=last.month, d2=last.day)


class DayChart(QStackedWidget):
    def __init__(self, title: str, *, stacked: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.stacked = stacked
        self.sets: list[BarSet] = []
        self.days: list[date] = []
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.view = None
        if QChartView is not None:
            self.chart = QChart()
            self.chart.setTitle(title)
            font = QFont(self.font())
            font.setBold(True)
            self.chart.setTitleFont(font)
            self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
            self.chart.setMargins(QMargins(4, 4, 4, 4))
            self.chart.setBackgroundRoundness(4)
            self.view = QChartView(self.chart, self)
            self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.addWidget(self.view)
        else:
            self.empty.setText(QCoreApplication.translate(
                "DayChart", "Charts are not available in this installation (Qt Charts is missing)."))
        self.addWidget(self.empty)
        self.setCurrentWidget(self.view or self.empty)
        self.setMinimumHeight(200)

    def set_data(self, days: Sequence[date], sets: Sequence[BarSet]) -> None:
        self.days, self.sets = list(days), list(sets)
        if self.view is None:
            return
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        series = QStackedBarSeries() if self.stacked else QBarSeries()
        highest = 0
        for entry in sets:
            bar = QBarSet(entry.name)
            bar.append([float(v) for v in entry.values])
            bar.setColor(QColor(entry.color))
            bar.setBorderColor(QColor(entry.color))
            series.append(bar)
        if self.stacked:
            highest = max((sum(values) for values in zip(*(s.values for s in sets))), default=0)
        else:
            highest = max((max(s.values, default=0) for s in sets), default=0)
        chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append(day_labels(self.days))
        x_axis.setTitleText(span_title(self.days))
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.85)
        x_axis.setLabelsFont(small)
        x_axis.setTitleFont(small)
        y_axis = QValueAxis()
        y_axis.setLabelFormat("%d")
        y_axis.setRange(0, max(4, highest * 1.1))
        y_axis.applyNiceNumbers()
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        series.setBarWidth(0.8)

    def values(self, name: str) -> list[int]:
        """What the chart shows for one set (tests and the screen read the same numbers)."""
        return list(next(s.values for s in self.sets if s.name == name))
