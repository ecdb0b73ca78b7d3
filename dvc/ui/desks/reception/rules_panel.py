"""The reception rules for the person being typed, in colour, as they type: minors, guardians, insurance."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from dvc.domain.volunteer_rules import Finding, Severity
from dvc.i18n import translate

STYLES = {
    Severity.BLOCK: "QLabel { background: #fde2e1; color: #8a1010; border-left: 4px solid #c62828; padding: 4px; }",
    Severity.WARN: "QLabel { background: #fff4d6; color: #6b4a00; border-left: 4px solid #e0a000; padding: 4px; }",
    Severity.INFO: "QLabel { background: #e8f2e8; color: #1f5a1f; border-left: 4px solid #4c9a4c; padding: 4px; }",
}
TITLE_STYLE = "QLabel { font-weight: bold; }"
UNINSURED = frozenset({"not_insured", "insurance_expired"})


class RulesPanel(QFrame):
    on_site_requested = Signal()  # the desk records 当日加入

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rulesPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Reception rules"), self)
        title.setStyleSheet(TITLE_STYLE)
        layout.addWidget(title)
        self.items = QVBoxLayout()
        layout.addLayout(self.items)
        self.on_site_button = QPushButton(self.tr("Record on-site enrolment (当日加入)"), self)
        self.on_site_button.setObjectName("onSiteInsurance")
        self.on_site_button.clicked.connect(self.on_site_requested)
        self.on_site_button.hide()
        layout.addWidget(self.on_site_button)
        layout.addStretch(1)  # the notes stay under the title however tall the panel is
        self.labels: list[QLabel] = []

    def show_findings(self, findings: list[tuple[str, Finding]], *, empty: str = "") -> None:
        """``findings``: (prefix such as a member's name, finding); ``empty``: what to say when there are none."""
        for label in self.labels:
            # Off screen now, not at the next turn of the event loop (deleteLater alone leaves it painted).
            self.items.removeWidget(label)
            label.hide()
            label.setParent(None)
            label.deleteLater()
        self.labels = []
        for prefix, finding in findings:
            label = QLabel(prefix + finding.message(translate), self)
            label.setWordWrap(True)
            label.setStyleSheet(STYLES[finding.severity])
            label.setProperty("findingKey", finding.key)
            self.items.addWidget(label)
            label.show()
            self.labels.append(label)
        if not findings and empty:
            label = QLabel(empty, self)
            label.setWordWrap(True)
            label.setStyleSheet("QLabel { color: #555; }")
            self.items.addWidget(label)
            self.labels.append(label)
        uninsured = sum(f.key in UNINSURED for _p, f in findings)
        # In a group the one button stands under several people's notes: it says that it enrols them all.
        self.on_site_button.setText(self.tr("Record on-site enrolment for these {count} people (当日加入)").format(
            count=uninsured) if uninsured > 1 else self.tr("Record on-site enrolment (当日加入)"))
        self.on_site_button.setVisible(uninsured > 0)

    def keys(self) -> list[str]:
        return [k for label in self.labels if (k := label.property("findingKey"))]

    def texts(self) -> list[str]:
        return [label.text() for label in self.labels]
