"""After joining: how the first exchange with the hub goes (tens of seconds for a center of 100,000 volunteers).

It counts the records received (told by the replicator on the sync thread,
brought here by a queued signal) and closes itself once this laptop is in
step. A laptop with data of its own may leave it running behind ("go on in
the background"); a new laptop waits, since its staff list comes with the
first rounds, unless the hub stops answering.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from dvc.i18n import translate
from dvc.services.center import status as st
from dvc.services.center.replicator import Replicator
from dvc.services.center.status import RoundApplied

CHECK_MS = 250


class _Count(QObject):
    arrived = Signal(int)


class FirstSyncDialog(QDialog):
    def __init__(self, replicator: Replicator, *, may_leave: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.replicator = replicator
        self.may_leave = may_leave
        self.received = 0
        self.in_step = False
        self.setWindowTitle(self.tr("Joining the center"))
        self.heading = QLabel(self.tr("Receiving the center's records…"), self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # how many records the center holds is not known beforehand
        self.count = QLabel(self)
        self.count.setObjectName("firstSyncCount")
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        note = self.tr("This takes a few seconds, or up to a minute for a large center. Keep the laptop on the "
                       "center's network.")
        self.note = QLabel(note, self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.buttons = QDialogButtonBox(self)
        self.leave_button = self.buttons.addButton(self.tr("Go on in the &background"),
                                                   QDialogButtonBox.ButtonRole.RejectRole)
        self.leave_button.setVisible(may_leave)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.bar, self.count, self.state, self.note, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(520)
        self._relay = _Count()
        self._relay.arrived.connect(self._add, Qt.ConnectionType.QueuedConnection)
        replicator.add_listener(self._counted)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self._add(0)

    def _counted(self, applied: RoundApplied) -> None:  # on the sync thread
        try:
            self._relay.arrived.emit(applied.changed)
        except RuntimeError:
            pass

    def _add(self, changed: int) -> None:
        self.received += changed
        self.count.setText(self.tr("Records received: {count}").format(count=f"{self.received:,}"))

    def check(self) -> None:
        if self.replicator.in_step():
            self.in_step = True
            self.accept()
            return
        status = self.replicator.status()
        if status.state == st.OUT_OF_TOUCH:
            self.state.setText(st.advice(st.OUT_OF_TOUCH, translate))
            self.state.setStyleSheet("color: #b00020;")
            # Joined all the same: the rest comes when the hub answers again, so nobody is kept waiting here.
            self.leave_button.setText(self.tr("&Close"))
            self.leave_button.setVisible(True)
        else:
            self.state.setText("")

    def reject(self) -> None:
        if self.leave_button.isVisible():  # Escape does not leave a new laptop without its staff list
            super().reject()

    def done(self, result: int) -> None:  # noqa: D102
        self.timer.stop()
        self.replicator.remove_listener(self._counted)
        super().done(result)
