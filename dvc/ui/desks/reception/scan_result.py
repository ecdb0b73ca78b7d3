"""The answer to a scan, big and coloured, readable from a step away while the next person steps up.

Green: checked in. Purple, with 帰着 written large: checked out — a desk in the
wrong mode must see it is sending someone home, not by colour alone. Blue:
nothing to do, already done today. Orange: the desk must act (a blank sheet to
register, no check-in to close, the day's limit). Red: the sheet cannot be used
here; nothing changed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from dvc.domain import foreign_scan
from dvc.i18n import translate
from dvc.services.reception import checkin
from dvc.services.reception.checkin import ScanResult
from dvc.ui.formatting import short
from dvc.ui.widgets.elided_label import ElidedLabel

COLOURS = {  # (background, border and title)
    "idle": ("#f4f6f8", "#8a949e"),
    "green": ("#e6f4e7", "#2e7d32"),
    "purple": ("#efe9f7", "#5e35b1"),
    "blue": ("#e3f0fb", "#1565c0"),
    "orange": ("#fff1e0", "#d35400"),
    "red": ("#fdeaea", "#c62828"),
}
TONE = {
    checkin.CHECKED_IN: "green",
    checkin.CHECKED_OUT: "purple",
    checkin.ALREADY_CHECKED_IN: "blue",
    checkin.ALREADY_CHECKED_OUT: "blue",
    checkin.UNREGISTERED: "orange",
    checkin.NOT_CHECKED_IN: "orange",
    checkin.OVER_CAPACITY: "orange",
    checkin.UNKNOWN: "red",
    checkin.INVALID: "red",
}
# Warnings a desk must act on before the person goes out; the rest are for information.
SERIOUS = frozenset({checkin.NO_INSURANCE, checkin.MINOR_WITHOUT_CONSENT, checkin.CHILD_NEEDS_GUARDIAN})
TITLE_SCALE, NAME_SCALE, DETAIL_SCALE, CHIP_SCALE, WORD_SCALE = 2.0, 1.9, 1.25, 1.2, 3.2


def _scaled_label(parent: QWidget, scale: float, *, bold: bool = False, kind: type[QLabel] = QLabel) -> QLabel:
    label = kind(parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    return label


class ScanResultPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanResult")
        self.tone = "idle"
        # 受付 or 帰着 in a block of its own colour, the largest text on the panel: what just happened.
        self.word_label = _scaled_label(self, WORD_SCALE, bold=True)
        self.word_label.setObjectName("scanWord")
        self.word_label.hide()
        self.title_label = _scaled_label(self, TITLE_SCALE, bold=True)
        self.title_label.setObjectName("scanTitle")
        # A name is cut to the panel's width: its whole width would widen the main window (issue 18).
        self.name_label = _scaled_label(self, NAME_SCALE, bold=True, kind=ElidedLabel)
        self.name_label.setObjectName("scanName")
        self.detail_label = _scaled_label(self, DETAIL_SCALE)
        self.detail_label.setObjectName("scanDetail")
        self.detail_label.setWordWrap(True)
        # A row of warning chips that keeps its height when empty, so the page never jumps between scans.
        chip_row = QWidget(self)
        self.chips = QHBoxLayout(chip_row)
        self.chips.setContentsMargins(0, 0, 0, 0)
        self.chips.setSpacing(8)
        self.chips.addStretch(1)
        self.chip_labels: list[QLabel] = []
        self._chips: list[tuple[str, bool]] = []
        chip_row.setMinimumHeight(_scaled_label(self, CHIP_SCALE, bold=True).sizeHint().height() + 6)
        self.detail_label.setMinimumHeight(self.detail_label.fontMetrics().lineSpacing() * 2)

        top = QHBoxLayout()
        top.setSpacing(24)
        top.addWidget(self.title_label)
        top.addWidget(self.name_label, 1)
        column = QVBoxLayout()
        column.setSpacing(4)
        column.addLayout(top)
        column.addWidget(self.detail_label)
        column.addWidget(chip_row)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(18, 10, 18, 10)
        outer.setSpacing(18)
        outer.addWidget(self.word_label)
        outer.addLayout(column, 1)
        self.show_idle(check_out=False)

    # What is shown.

    def show_idle(self, *, check_out: bool) -> None:
        self._set_tone("idle")
        if check_out:
            self.title_label.setText(self.tr("Check-out: scan the sheet of someone going home"))
        else:
            self.title_label.setText(self.tr("Scan the QR code of an intake sheet"))
        self.name_label.setText("")
        self.word_label.hide()
        self.detail_label.setText(self.tr("Or type a code, a name or kana and press Enter."))
        self._set_chips([])

    def show_result(self, result: ScanResult, *, declined: bool = False) -> None:
        """``declined``: over the day's limit and the desk chose not to check the person in."""
        self._set_tone(TONE.get(result.result, "red"))
        title = translate(foreign_scan.CONTEXT, foreign_scan.TITLES[foreign_scan.INTAKE_SHEET]) if result.not_dvc \
            else self._title(result.result, declined)
        self.title_label.setText(title)
        word = {checkin.CHECKED_IN: self.tr("IN"), checkin.CHECKED_OUT: self.tr("HOME")}.get(result.result)
        self.word_label.setText(word or "")
        self.word_label.setVisible(word is not None)
        who = result.volunteer
        self.name_label.setText(who.name if who else "")
        self.detail_label.setText(self._details(result, declined))
        self.show_warnings(result)

    def show_warnings(self, result: ScanResult) -> None:
        """The chips alone: after the person's record was corrected (insurance recorded), the rest still holds."""
        self._set_chips([(text, key in SERIOUS) for key, text in
                         zip(result.warnings, result.warning_texts(translate))])

    def _title(self, result: str, declined: bool) -> str:
        titles = {
            checkin.CHECKED_IN: self.tr("Checked in"),
            checkin.ALREADY_CHECKED_IN: self.tr("Already checked in today"),
            checkin.CHECKED_OUT: self.tr("Checked out"),
            checkin.ALREADY_CHECKED_OUT: self.tr("Already checked out"),
            checkin.NOT_CHECKED_IN: self.tr("Not checked in today"),
            checkin.UNREGISTERED: self.tr("Blank sheet: not registered yet"),
            checkin.OVER_CAPACITY: self.tr("Today's limit reached: not checked in") if declined
            else self.tr("Today's limit reached"),
            checkin.UNKNOWN: self.tr("Not found"),
            checkin.INVALID: self.tr("Cannot use this code"),
        }
        return titles.get(result, self.tr("Cannot use this code"))

    def _details(self, result: ScanResult, declined: bool) -> str:
        who = result.volunteer
        parts = []
        if who is not None:
            parts.append(who.code)
            if who.group_name:
                parts.append(self.tr("Group: {group}").format(group=short(who.group_name)))
        time = result.params.get("time", "")
        if result.result in (checkin.CHECKED_IN, checkin.ALREADY_CHECKED_IN):
            parts.append(self.tr("First visit") if result.first_time
                         else self.tr("Day {count}").format(count=result.day_count))
            if result.result == checkin.ALREADY_CHECKED_IN:
                parts.append(self.tr("Checked in at {time}").format(time=time))
            return "　".join(parts)
        if result.result in (checkin.CHECKED_OUT, checkin.ALREADY_CHECKED_OUT):
            return "　".join(parts + [self.tr("Went home at {time}").format(time=time)])
        if result.result == checkin.UNREGISTERED:
            return result.text(translate) + "\n" + self.tr("Scanning it again opens the registration form for this sheet.")
        if result.result == checkin.OVER_CAPACITY and declined:
            return "　".join(parts + [self.tr("Scan again to be asked once more.")])
        message = result.text(translate)
        return "　".join(parts) + "\n" + message if parts else message

    def _set_tone(self, tone: str) -> None:
        if tone == self.tone and self.styleSheet():
            return  # a new style sheet re-styles every child: only when the colour really changes
        self.tone = tone
        background, accent = COLOURS[tone]
        self.setStyleSheet(
            f"QFrame#scanResult {{ background: {background}; border: 3px solid {accent}; border-radius: 8px; }}"
            f"QLabel#scanTitle {{ color: {accent}; }}"
            f"QLabel#scanWord {{ background: {accent}; color: white; border-radius: 6px; padding: 4px 18px; }}"
            "QLabel#scanName { color: #111; } QLabel#scanDetail { color: #222; }"
        )

    def _set_chips(self, chips: list[tuple[str, bool]]) -> None:
        if chips == self._chips:
            return
        self._chips = chips
        for label in self.chip_labels:
            self.chips.removeWidget(label)
            label.deleteLater()
        self.chip_labels = []
        for index, (text, serious) in enumerate(chips):
            label = _scaled_label(self, CHIP_SCALE, bold=True)
            label.setText(text)
            colour = "#c62828" if serious else "#d35400"
            label.setStyleSheet(f"QLabel {{ background: {colour}; color: white; border-radius: 4px; padding: 2px 10px; }}")
            self.chips.insertWidget(index, label)  # before the stretch
            self.chip_labels.append(label)

    def warning_texts(self) -> list[str]:
        return [label.text() for label in self.chip_labels]
