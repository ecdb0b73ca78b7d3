"""One need on one screen: what was asked, the surveys, and every change from intake on, with the actions."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from dvc.services.needs.progress import HistoryEntry, NeedStory
from dvc.store.tables import Need, Survey
from dvc.ui import labels
from dvc.ui.formatting import day_and_time, joined
from dvc.ui.models.needs import STATUS_COLOURS

PAGE_STYLE = """
h2 { margin: 0 0 4px 0; } table.f td { padding: 1px 8px 1px 0; vertical-align: top; }
td.k { color: #555; white-space: nowrap; } .hist td { padding: 2px 8px 2px 0; vertical-align: top; }
.reason { color: #333; } .who { color: #666; }
"""


def _status_chip(status: str) -> str:
    colour = STATUS_COLOURS.get(status, "#ffffff")
    return f'<span style="background:{colour};">&nbsp;{escape(labels.need_status(status))}&nbsp;</span>'


def _shown(value: object) -> str:
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    return "" if value is None else str(value)


class NeedDetail(QWidget):
    """Emits the action chosen; the page runs the dialogs, so this widget only shows."""

    action = Signal(str)
    ACTIONS = ("status", "survey", "edit", "support", "sheet", "notice")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.story: NeedStory | None = None
        self.title = QLabel(self)
        self.title.setObjectName("needTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.buttons: dict[str, QPushButton] = {}
        # Two rows: six buttons in one made the panel wider than the board beside it can give at 1366 pixels.
        row, prints = QHBoxLayout(), QHBoxLayout()
        for key, text in zip(self.ACTIONS, (self.tr("Change &status…"), self.tr("Su&rvey…"), self.tr("C&orrect…"),
                                            self.tr("Ask the &block…"), self.tr("Print s&heet"),
                                            self.tr("Print no&tice"))):
            button = QPushButton(text, self)
            button.setObjectName(f"need_{key}")
            button.clicked.connect(lambda _=False, k=key: self.action.emit(k))
            (prints if key in ("sheet", "notice") else row).addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        prints.addStretch(1)
        self.text = QTextBrowser(self)
        self.text.setObjectName("needHistory")
        self.text.document().setDefaultStyleSheet(PAGE_STYLE)
        self.text.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addLayout(prints)
        layout.addWidget(self.text, 1)
        self.show_story(None)

    def show_story(self, story: NeedStory | None) -> None:
        self.story = story
        for button in self.buttons.values():
            button.setEnabled(story is not None)
        if story is None:
            self.title.setText(self.tr("No need chosen"))
            self.text.setHtml(escape(self.tr("Choose a need in the list to see all it says and its history.")))
            return
        need = story.need
        self.title.setText(f"{need.code}　{need.requester_name}")
        self.buttons["status"].setEnabled(bool(story.next_statuses))
        # 応援要請: only for our own needs; the same button stops asking.
        self.buttons["support"].setText(self.tr("Stop asking the &block…") if need.shared_with_block
                                        else self.tr("Ask the &block…"))
        self.buttons["support"].setEnabled(story.own)
        self.text.setHtml(self._fields(need) + self._surveys(story.surveys) + self._history(story.entries))

    def plain_text(self) -> str:
        return self.text.toPlainText()

    # HTML pieces.

    def _fields(self, n: Need) -> str:
        rows = [
            (self.tr("Status"), _status_chip(n.status) + (f' <span class="reason">{escape(n.status_reason)}</span>'
                                                         if n.status_reason else "")),
            (self.tr("Priority"), escape(labels.priority(n.priority))),
            (self.tr("Support from the block"), self._support(n)),
            (self.tr("Received"), escape(f"{day_and_time(n.received_at)}　{labels.channel(n.channel)}　{n.staff_name}")),
            (self.tr("Requester"), escape("　".join(x for x in (
                n.requester_name + (f"（{n.requester_kana}）" if n.requester_kana else ""), n.requester_phone) if x))),
            (self.tr("Requester's address"), escape(n.requester_address)),
            (self.tr("Site"), escape(f"{n.site_address}　{n.district}")),
            (self.tr("Damage"), escape(n.damage)),
            (self.tr("Work"), escape(joined(n.work_types or []))),
            (self.tr("People / days"), escape(self.tr("{people} people, {days} days").format(
                people=n.headcount, days=n.estimated_days))),
            (self.tr("Work left"), escape(n.remaining_work)),
            (self.tr("Skills needed"), escape(joined(n.required_skills or []))),
            (self.tr("Vehicle"), escape(n.vehicle_needed)),
            (self.tr("Volunteers' gender"), escape(labels.gender_preference(n.gender_preference))),
            (self.tr("Equipment"), escape(n.equipment)),
            (self.tr("Parking / toilet"), escape("　".join(x for x in (n.parking, n.toilet) if x))),
            (self.tr("Household"), escape(joined(labels.household(w) for w in n.vulnerable or []))),
            (self.tr("Preferred dates"), escape(n.preferred_dates)),
            (self.tr("Notes"), escape(n.notes).replace("\n", "<br>")),
        ]
        body = "".join(f'<tr><td class="k">{escape(k)}</td><td>{v}</td></tr>' for k, v in rows if v)
        return f'<table class="f">{body}</table>'

    def _support(self, n: Need) -> str:
        if not n.shared_with_block:
            return ""
        asked = self.tr("Asked {when} by {who}").format(
            when=day_and_time(n.support_requested_at) if n.support_requested_at else "—",
            who=n.support_requested_by or "—")
        return '<span style="background:#ffe0b2;">&nbsp;' + escape(self.tr("Support asked")) + "&nbsp;</span> " + escape(asked)

    def _surveys(self, surveys: list[Survey]) -> str:
        if not surveys:
            return ""
        title = self.tr("Site surveys")
        parts = [f"<h3>{escape(title)}</h3>"]
        for sv in surveys:
            figures = []
            if sv.revised_headcount:
                figures.append(self.tr("{people} people").format(people=sv.revised_headcount))
            if sv.revised_days:
                figures.append(self.tr("{days} days").format(days=sv.revised_days))
            lines = [f"<b>{sv.surveyed_on:%Y/%m/%d}</b>　{escape(sv.staff_name)}　{escape('、'.join(figures))}",
                     escape(sv.findings)]
            if sv.equipment:
                lines.append(escape(self.tr("Equipment: {items}").format(items=sv.equipment)))
            if sv.safety_concerns:
                lines.append('<span style="color:#b00020;">' + escape(self.tr("Safety: {text}").format(
                    text=sv.safety_concerns)) + "</span>")
            if sv.photos:
                lines.append(escape(self.tr("Photos: {files}").format(files="、".join(sv.photos))))
            parts.append("<p>" + "<br>".join(lines) + "</p>")
        return "".join(parts)

    def _field_label(self, name: str) -> str:
        names = {
            "requester_name": self.tr("Requester"), "requester_kana": self.tr("Furigana"),
            "requester_phone": self.tr("Phone"), "requester_address": self.tr("Requester's address"),
            "site_address": self.tr("Site"), "district": self.tr("District"), "damage": self.tr("Damage"),
            "work_types": self.tr("Work"), "headcount": self.tr("People"), "estimated_days": self.tr("Days"),
            "required_skills": self.tr("Skills needed"), "vehicle_needed": self.tr("Vehicle"),
            "equipment": self.tr("Equipment"), "parking": self.tr("Parking"), "toilet": self.tr("Toilet"),
            "vulnerable": self.tr("Household"), "priority": self.tr("Priority"), "notes": self.tr("Notes"),
            "preferred_dates": self.tr("Preferred dates"), "received_at": self.tr("Received"),
        }
        return names.get(name, name)

    def _history(self, entries: list[HistoryEntry]) -> str:
        rows = []
        for e in entries:
            if e.kind == "status":
                what = (_status_chip(e.from_status) + " → " if e.from_status else "") + _status_chip(e.to_status)
                detail = escape(e.reason)
            elif e.kind == "survey":
                what, detail = escape(self.tr("Site survey")), escape(e.survey.findings if e.survey else "")
            else:
                what = escape(self.tr("Details corrected"))
                detail = escape("、".join(f"{self._field_label(k)}: {_shown(b)} → {_shown(a)}"
                                         for k, (b, a) in e.changed.items()))
            rows.append(f'<tr><td>{escape(day_and_time(e.at))}</td><td>{what}</td>'
                        f'<td class="reason">{detail}</td><td class="who">{escape(e.operator)}</td></tr>')
        title = escape(self.tr("History"))
        return f'<h3>{title}</h3><table class="hist">{"".join(rows)}</table>'

