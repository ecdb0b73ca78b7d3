"""The 総務 screen's line on the change log: checked when the screen is first shown, and again on request.

Green: every laptop's chain whole. Red: what is wrong, in words, and what to do (keep the laptop as it is,
tell the center head). The check reads every entry (about 3 seconds of CPU per 100,000, tests/bench/bench_audit.py),
so it runs when the screen first opens — only while the trail is small enough to take about a second — and when
someone presses the button, not at each refresh.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from dvc.i18n import translate
from dvc.services.core.workspace import Workspace
from dvc.services.exchange.audit_verify import Verification, audit_entries, problems, verify_audit
from dvc.ui.formatting import day_and_time
from dvc.ui.operations import run_operation

AUTO_CHECK_ENTRIES = 40_000  # about a second on a council laptop; beyond, the button
OK_STYLE = "QLabel { background: #e3f1e4; color: #1b5e20; border: 1px solid #a5d0a8; padding: 4px 8px; }"
BAD_STYLE = "QLabel { background: #fde2e1; color: #8a1c13; border: 1px solid #e5a29b; padding: 4px 8px; font-weight: bold; }"


class AuditCheck(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.result: Verification | None = None
        self.status = QLabel(self.tr("The change log has not been checked yet."), self)
        self.status.setObjectName("auditStatus")
        self.status.setWordWrap(True)
        self.button = QPushButton(self.tr("Check the change &log"), self)
        self.button.setObjectName("auditCheckButton")
        self.button.clicked.connect(self.check)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.status, 1)
        row.addWidget(self.button)

    def check(self) -> None:
        result = run_operation(self, lambda: verify_audit(self.ws))
        if result is not None:
            self.show_result(result)

    def check_once(self) -> None:
        if self.result is not None:
            return
        if audit_entries(self.ws) <= AUTO_CHECK_ENTRIES:
            self.check()
        else:
            self.status.setText(self.tr("The change log is long: press “Check the change log” to check it (it takes "
                                        "a while)."))

    def show_result(self, result: Verification) -> None:
        self.result = result
        when = day_and_time(result.checked_at)
        if result.ok:
            text = self.tr("Change log checked {when}: {entries} entries from %n laptop(s), none removed or changed.",
                           "", len(result.chains)).format(when=when, entries=f"{result.entries:,}")
            self.status.setStyleSheet(OK_STYLE)
        else:
            found = [p.message(translate) for p in problems(result)]
            text = self.tr("Change log checked {when}: it was changed outside dvc or is damaged. Keep this laptop as "
                           "it is and tell the center head.").format(when=when) + "\n" + "\n".join(found[:4])
            if len(found) > 4:
                text += "\n" + self.tr("… and {count} more (dvc audit verify lists them all).").format(
                    count=len(found) - 4)
            self.status.setStyleSheet(BAD_STYLE)
        self.status.setText(text)
