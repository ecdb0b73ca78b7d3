"""A USB scanner read while a dialog is open must not become what the dialog saves.

The scanner is a keyboard: with the 活動報告書 open, the next leader's sheet
types ``DVC1-KG-T-…`` and Enter into whatever has the focus — into the work
done, into a tool's count, or onto a radio button where Enter would press the
dialog's default button and save the report half read. The guard watches the
keys typed in the dialog; when a run of them ends in a dvc QR payload and Enter,
it puts the field back as it was before the run, keeps the Enter from the
dialog, and says calmly what happened. The desk then finishes this team and
scans the other sheet again: acting on it by itself once the dialog closes
would open a second team's dialog that nobody asked for yet.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QAbstractSpinBox, QDateTimeEdit, QDialog, QLabel, QLineEdit, QPlainTextEdit, QWidget

from dvc.ui.widgets.key_run import ENTER_KEYS, KeyRun

# The shape of dvc/domain/qr.py's payloads, at the end of what was typed (letters as a scanner types them).
PAYLOAD_AT_END = re.compile(r"DVC\d+-[A-Z]{2}-[A-Z]-[A-Z2-7]{26}-[A-Z2-7]$", re.IGNORECASE)
NOTICE_STYLE = "QLabel { background: #e3f0fb; border: 1px solid #1565c0; padding: 6px; }"


def _value_of(widget: QWidget) -> object:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime()
    if isinstance(widget, QAbstractSpinBox) and hasattr(widget, "value"):
        return widget.value()
    return None


def _put_back(widget: QWidget, value: object) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(value)
    elif isinstance(widget, QPlainTextEdit):
        # Through the cursor, not setPlainText(): the leader's words keep their undo history.
        cursor = widget.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(value)
        widget.setTextCursor(cursor)
    elif isinstance(widget, QDateTimeEdit):
        widget.setDateTime(value)
    elif isinstance(widget, QAbstractSpinBox) and hasattr(widget, "setValue"):
        widget.setValue(value)


class ScanGuard(QObject):
    """Watches ``dialog`` (built whole before the guard is made); ``notice`` goes in its layout."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self.notice = QLabel(dialog)
        self.notice.setObjectName("scanNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.hide()
        self.run = KeyRun()
        for widget in [dialog, *dialog.findChildren(QWidget)]:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget) or not watched.hasFocus():
            return False  # a key reaches the focus widget first; its parents see it again
        key: QKeyEvent = event  # type: ignore[assignment]
        if key.key() not in ENTER_KEYS:
            self.run.feed(watched, key, _value_of)
            return False
        caught = PAYLOAD_AT_END.search(self.run.text) is not None and watched is self.run.widget
        if caught:
            _put_back(watched, self.run.before)
            self.notice.setText(self.tr(
                "A QR code was scanned while this window is open. It was not typed into the form. "
                "Finish or cancel this window, then scan the sheet again."))
            self.notice.show()
        self.run.clear()
        return caught
