"""The main window: the desks as navigation, the drill banner, the status line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QVBoxLayout, QWidget,
)

from dvc.services.center.replicator import Replicator
from dvc.services.core.workspace import Workspace
from dvc.ui.center_link import CenterLink
from dvc.ui.desks import DESKS, DeskPage
from dvc.ui.desks.head_office import HeadOfficePage
from dvc.ui.dialogs.settings import SettingsDialog
from dvc.ui import events
from dvc.ui.apart_watch import ApartWatch
from dvc.ui.events import EventBus
from dvc.ui.screen_lock import ScreenLock
from dvc.ui.widgets.drill_banner import DrillBanner
from dvc.ui.widgets.overdue_flag import OverdueFlag
from dvc.ui.widgets.status_line import StatusLine
from dvc.ui.widgets.sync_light import SyncLight

# F1…F6: one key, no modifier, and no clash with what a barcode scanner types.
DESK_KEYS = (Qt.Key.Key_F1, Qt.Key.Key_F2, Qt.Key.Key_F3, Qt.Key.Key_F4, Qt.Key.Key_F5, Qt.Key.Key_F6)
NAV_STYLE = """
QListWidget#deskNavigation { background: #1f3a5f; color: white; border: none; font-size: 13pt; }
QListWidget#deskNavigation::item { padding: 12px 10px; }
QListWidget#deskNavigation::item:selected { background: #3f6fa8; color: white; }
"""


class MainWindow(QMainWindow):
    def __init__(self, ws: Workspace, bus: EventBus | None = None, parent: QWidget | None = None, *,
                 replicator: Replicator | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.bus = bus or EventBus(self)
        # Center mode: the rounds from the hub refresh the desks as local writes do; the light shows how far off.
        self.center = CenterLink(ws, self.bus, replicator, self)
        ident = ws.identity
        title = self.tr("dvc — {council}").format(council=ident.council_name)
        if ident.drill:
            title = self.tr("{title} [DRILL]").format(title=title)
        self.setWindowTitle(title)

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("deskNavigation")
        self.navigation.setStyleSheet(NAV_STYLE)
        # Focus stays in the desk's fields, where a barcode scanner types; F1…F6 or a click switch desks.
        self.navigation.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stack = QStackedWidget(self)
        self.pages: list[DeskPage] = []
        for number, desk in enumerate(DESKS, start=1):
            page = desk.page(ws, self.bus, self.stack)
            page.setObjectName(f"desk_{desk.key}")
            self.pages.append(page)
            self.stack.addWidget(page)
            QListWidgetItem(f"F{number}  {desk.label()}", self.navigation)
        self.navigation.setFixedWidth(self.navigation.sizeHintForColumn(0) + 40)
        self.navigation.currentRowChanged.connect(self.show_desk)

        self.banner = DrillBanner(self) if ident.drill else None
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.navigation)
        body.addWidget(self.stack, 1)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        if self.banner is not None:
            column.addWidget(self.banner)
        # The safety loop: teams late back are named on top of every desk's screen.
        self.overdue_flag = OverdueFlag(ws, self.bus, self)
        self.overdue_flag.open_dispatch.connect(lambda: self.show_desk_by_key("dispatch"))
        column.addWidget(self.overdue_flag)
        column.addLayout(body, 1)
        self.setCentralWidget(central)

        self.status_line = StatusLine(ws, self)
        self.setStatusBar(self.status_line)
        self.sync_light = SyncLight(self)
        self.status_line.add_beside_clock(self.sync_light)
        self.center.status_changed.connect(self.sync_light.show_status)
        self.center.poll()
        self.screen_lock = ScreenLock(self, ws, self.bus)
        self.apart_watch = ApartWatch(ws, self.bus, self)
        self._build_menus()
        for page in self.pages:
            if isinstance(page, HeadOfficePage):
                page.settings_requested.connect(self.open_settings)
                page.hub_requested.connect(self.open_hub)
        self.page("dispatch").closing_requested.connect(self.open_closing_check)
        self.navigation.setCurrentRow(0)
        self._quit_confirmed = False

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        settings = QAction(self.tr("&Settings…"), self)
        settings.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        if settings.shortcut().isEmpty():
            settings.setShortcut(QKeySequence("Ctrl+,"))
        settings.triggered.connect(self.open_settings)
        file_menu.addAction(settings)
        sign_in = QAction(self.tr("&Change operator…"), self)
        sign_in.setShortcut(QKeySequence("Ctrl+L"))
        sign_in.triggered.connect(self.change_operator)
        file_menu.addAction(sign_in)
        lock = QAction(self.tr("Loc&k screen"), self)
        lock.setShortcut(QKeySequence("Ctrl+Shift+L"))
        lock.triggered.connect(lambda: self.screen_lock.lock())
        file_menu.addAction(lock)
        audit = QAction(self.tr("&Audit log…"), self)
        audit.triggered.connect(self.open_audit_log)
        file_menu.addAction(audit)
        closing = QAction(self.tr("C&losing check…"), self)
        closing.triggered.connect(self.open_closing_check)
        file_menu.addAction(closing)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.request_quit)
        file_menu.addAction(quit_action)

        desk_menu = self.menuBar().addMenu(self.tr("&Desks"))
        self.desk_actions: list[QAction] = []
        for index, (desk, key) in enumerate(zip(DESKS, DESK_KEYS)):
            action = QAction(desk.label(), self)
            action.setShortcut(QKeySequence(key))
            # Window-wide: works while the focus is in any field of any desk.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, i=index: self.show_desk(i))
            desk_menu.addAction(action)
            self.desk_actions.append(action)

    def show_desk(self, index: int) -> None:
        if not 0 <= index < len(self.pages):
            return
        self.stack.setCurrentIndex(index)
        if self.navigation.currentRow() != index:
            self.navigation.setCurrentRow(index)
        page = self.pages[index]
        page.refresh_if_stale()
        page.focus_target().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_desk_by_key(self, key: str) -> None:
        self.show_desk(next(i for i, desk in enumerate(DESKS) if desk.key == key))

    def current_page(self) -> DeskPage:
        return self.pages[self.stack.currentIndex()]

    def page(self, key: str) -> DeskPage:
        return next(p for p, desk in zip(self.pages, DESKS) if desk.key == key)

    def change_operator(self) -> None:
        from dvc.ui.dialogs.sign_in import SignInDialog

        if SignInDialog(self.ws, self).exec() == SignInDialog.DialogCode.Accepted:
            self.status_line.set_operator(self.ws.operator)
            self.bus.announce(events.OPERATOR)

    def open_audit_log(self) -> None:
        from dvc.ui.dialogs.audit_log import AuditLogDialog

        AuditLogDialog(self.ws, self).exec()

    def open_closing_check(self) -> None:
        from dvc.ui.desks.dispatch.closing_dialog import ClosingDialog

        ClosingDialog(self.ws, self).exec()

    # Closing.

    def request_quit(self) -> None:
        """File → Quit (Ctrl+Q): asked first while people are out."""
        if self._may_quit():
            self._quit_confirmed = True
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        # Asked for a close from the window manager (×, Alt+F4); a close by the program itself (its end, the
        # tests) is not asked about.
        if event.spontaneous() and not self._quit_confirmed and not self._may_quit():
            event.ignore()
            return
        super().closeEvent(event)

    def _may_quit(self) -> bool:
        from dvc.ui.dialogs.quit_check import CLOSING_CHECK, QUIT, ask_before_quitting

        answer = ask_before_quitting(self, self.ws)
        if answer == CLOSING_CHECK:
            self.open_closing_check()
        return answer == QUIT

    def open_settings(self) -> None:
        if SettingsDialog(self, self.ws, self.center).exec() == SettingsDialog.DialogCode.Accepted:
            self.bus.announce(events.SETTINGS)

    def open_hub(self) -> None:
        from dvc.ui.desks.head_office.hub_dialog import HubDialog

        HubDialog(self.ws, self.center, self).exec()
