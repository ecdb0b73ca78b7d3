"""Reception's screen: the scan field, the answer to each scan, today's counts, the roster and today's list.

The scan field always has the keyboard: a USB scanner types the QR payload and
Enter, and the answer must be on screen before the next person steps up. A
code or a QR payload checks in (or, in check-out mode, out); anything else is a
name or kana to search for someone who forgot their sheet.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QHBoxLayout, QLabel, QPushButton, QRadioButton, QTabWidget, QWidget,
)

from dvc.domain.scanned_text import looks_scanned
from dvc.services.reception import checkin
from dvc.services.apart import model as apart
from dvc.services.reception import apart_choices
from dvc.services.reception import roster
from dvc.services.reception.checkin import ScanResult
from dvc.services.core.workspace import Workspace
from dvc.ui import events
from dvc.ui.desks.base import DeskPage
from dvc.ui.desks.reception import dialogs
from dvc.ui.desks.reception.day_cards import DayCards
from dvc.ui.desks.reception.certificate_action import CertificateAction
from dvc.ui.desks.reception.print_actions import PrintActions
from dvc.ui.desks.reception.registration_actions import RegistrationActions
from dvc.ui.desks.reception.roster_actions import RosterActions
from dvc.ui.desks.reception.roster_tab import RosterTab
from dvc.ui.desks.reception.scan_result import ScanResultPanel
from dvc.ui.desks.reception.today_tab import TodayTab
from dvc.ui.events import EventBus
from dvc.ui.models.paged import ROW_ROLE
from dvc.ui.operations import run_operation
from dvc.ui.shortcuts import shortcut
from dvc.ui.widgets.scan_row import ScanRow

CHECK_OUT_FIELD_STYLE = "QLineEdit#receptionSearch { background: #e3f0fb; border: 2px solid #1565c0; }"
ROSTER_TAB, TODAY_TAB = 0, 1
# After one of this desk's own scans the lists wait this long, so the answer is painted first and a
# quick run of scans makes one refresh.
REFRESH_AFTER_SCAN_MS = 40


class ReceptionPage(DeskPage):
    topics = frozenset({events.VOLUNTEERS, events.ATTENDANCE})
    registration_requested = Signal(object)  # uuid.UUID of a blank intake sheet nobody registered with yet
    scanned = Signal(object)  # the ScanResult just shown

    def __init__(self, ws: Workspace, bus: EventBus, parent: QWidget | None = None) -> None:
        super().__init__(ws, bus, parent)
        self.search_text = ""
        self.check_out_mode = False
        self.last_result: ScanResult | None = None
        self._scan_is_latest = False  # the print buttons are for the person just scanned, not the list's choice
        # What changed since the last refresh, so a scan re-reads only what it touched.
        self._dirty: set[str] = set()
        self._own_scans: list[ScanResult] = []
        self._only_own_scans = True
        self._announcing = False
        self._registered: int | None = None
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_AFTER_SCAN_MS)
        self._refresh_timer.timeout.connect(self.refresh_if_stale)
        heading = self.add_heading(self.tr("Reception"), self.tr("Scan a QR code or type a name, then press Enter."))
        self.add_apart_notice(apart.RECEPTION, self.tr("Reception"), apart_choices.decide)
        self._build_mode(heading)
        self._build_scan_row()
        self.result_panel = ScanResultPanel(self)
        self.body.addWidget(self.result_panel)
        self.cards = DayCards(self)
        self.body.addWidget(self.cards)
        self._build_tabs()
        self._build_actions()
        shortcut(Qt.Key.Key_F9, self, self.toggle_mode, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # Building.

    def _build_mode(self, heading: QHBoxLayout) -> None:
        self.mode_buttons = QButtonGroup(self)
        self.check_in_radio = QRadioButton(self.tr("Check in"), self)
        self.check_out_radio = QRadioButton(self.tr("Check out"), self)
        for radio in (self.check_in_radio, self.check_out_radio):
            radio.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            font = radio.font()
            font.setPointSizeF(font.pointSizeF() * 1.3)
            font.setBold(True)
            radio.setFont(font)
            self.mode_buttons.addButton(radio)
            heading.addWidget(radio)
        heading.addWidget(QLabel(self.tr("(F9 switches)"), self))
        self.check_in_radio.setChecked(True)
        self.check_out_radio.toggled.connect(self.set_check_out_mode)

    def _build_scan_row(self) -> None:
        self.scan_row = ScanRow(self, name="receptionSearch", placeholder=self.tr("Volunteer code, name or kana"),
                                button_text=self.tr("Search"), on_enter=self.enter_pressed, on_button=self.search,
                                on_down=self.focus_list)
        self.search_field = self.scan_row.field
        row = QHBoxLayout()
        row.addWidget(self.scan_row, 1)
        # Beside the row, not in it: the registration buttons report to their parent, this page.
        self.registration = RegistrationActions(self.ws, self.bus, self)
        self.registration.walk_in.connect(self.check_in_walk_ins)
        row.addWidget(self.registration)
        self.body.addLayout(row)
        shortcut(Qt.Key.Key_Escape, self.search_field, self.clear_search, context=Qt.ShortcutContext.WidgetShortcut)

    def _build_tabs(self) -> None:
        self.roster = RosterTab(self.ws, self)
        self.model, self.list, self.result_label = self.roster.model, self.roster.list, self.roster.result_label
        self.today = TodayTab(self.ws, self)
        self.tabs = QTabWidget(self)
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.addTab(self.roster, self.tr("Roster and search"))
        self.tabs.addTab(self.today, self.tr("Today's list"))
        self.body.addWidget(self.tabs, 1)
        # Enter on a row checks that person in (or out): for someone who forgot their sheet. A double click only
        # opens them (RosterActions): clicking to look at someone must not record them as here. Not `activated`,
        # which is also a double click, or a single one under some desktops' settings.
        for view in (self.list.view, self.today.list.view):
            for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shortcut(key, view, self.act_on_selected, context=Qt.ShortcutContext.WidgetShortcut)
            view.doubleClicked.connect(self._open_clicked)
            view.clicked.connect(self._list_chosen)
            view.selectionModel().currentChanged.connect(self._list_chosen)

    def _build_actions(self) -> None:
        self.act_button = QPushButton(self)
        self.act_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.act_button.clicked.connect(self.act_on_selected)
        self.printing = PrintActions(self.ws, self.chosen_code, self)
        self.capacity_button = QPushButton(self.tr("Daily limit…"), self)
        self.capacity_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.capacity_button.clicked.connect(self.edit_capacity)
        # Above the roster, not in the row of buttons below: that row already fills a 1366-pixel screen.
        self.opening = RosterActions(self.ws, self.bus, self.chosen_row, self)
        self.roster.header.addWidget(self.opening)
        self.actions_row = QHBoxLayout()
        self.actions_row.addWidget(self.act_button)
        self.actions_row.addSpacing(16)
        self.actions_row.addWidget(self.printing)
        self.actions_row.addWidget(CertificateAction(self.ws, self.chosen_code, self))
        self.actions_row.addStretch(1)
        self.actions_row.addWidget(self.capacity_button)
        self.body.addLayout(self.actions_row)
        self._show_mode()

    # The keyboard.

    def focus_target(self) -> QWidget:
        return self.search_field

    def focus_list(self) -> None:
        """Down from the search field walks into the results, keyboard only."""
        view = self.current_view()
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not view.currentIndex().isValid() and view.model().rowCount():
            view.selectRow(0)

    def back_to_field(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def enter_pressed(self) -> None:
        text = self.search_field.text().strip()
        if text and looks_scanned(text):  # a code from outside dvc too: answered on the panel, not searched for
            self.scan(text)
        else:
            self.search()

    # Check-in and check-out.

    def toggle_mode(self) -> None:
        (self.check_in_radio if self.check_out_mode else self.check_out_radio).setChecked(True)

    def set_check_out_mode(self, on: bool) -> None:
        self.check_out_mode = on
        self._show_mode()
        self.result_panel.show_idle(check_out=on)
        self.back_to_field()

    def _show_mode(self) -> None:
        self.search_field.setStyleSheet(CHECK_OUT_FIELD_STYLE if self.check_out_mode else "")
        self.act_button.setText(self.tr("Check out the selected person") if self.check_out_mode
                                else self.tr("Check in the selected person"))

    def scan(self, scanned: str) -> ScanResult | None:
        """Check ``scanned`` in (or out), show the answer, clear the field for the next one."""
        self.search_field.clear()
        self.back_to_field()
        result = self._answer(scanned)
        if result is not None and result.result == checkin.UNREGISTERED and not self.check_out_mode:
            # The registration form opens bound to this sheet (modal); once the person is
            # registered the same sheet checks them in, without a second scan.
            self.registration_requested.emit(result.sheet_id)
            result = self._answer(scanned, show_unregistered=False) or result
            self.back_to_field()
        return result

    def _answer(self, scanned: str, *, show_unregistered: bool = True) -> ScanResult | None:
        if self.check_out_mode:
            result = run_operation(self, lambda: checkin.check_out(self.ws, scanned=scanned))
        else:
            result = run_operation(self, lambda: checkin.check_in(self.ws, scanned=scanned))
        if result is None or (result.result == checkin.UNREGISTERED and not show_unregistered):
            return None
        declined = False
        if result.result == checkin.OVER_CAPACITY:
            if dialogs.confirm_over_capacity(self, result):
                confirmed = run_operation(
                    self, lambda: checkin.check_in(self.ws, scanned=scanned, confirm_over_capacity=True))
                result = confirmed or result
            else:
                declined = True
            self.back_to_field()
        self.last_result = result
        self._scan_is_latest = True
        self.result_panel.show_result(result, declined=declined)
        if result.result in (checkin.CHECKED_IN, checkin.CHECKED_OUT):
            self._own_scans.append(result)
            self._announcing = True
            try:
                self.bus.announce(events.ATTENDANCE)
            finally:
                self._announcing = False
        self.scanned.emit(result)
        return result

    def current_view(self):  # noqa: ANN201
        return self.today.list.view if self.tabs.currentIndex() == TODAY_TAB else self.list.view

    def act_on_row(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.scan(row.code)

    def chosen_row(self):  # noqa: ANN201
        return self.current_view().currentIndex().data(ROW_ROLE)

    def chosen_code(self) -> str | None:
        """Who the print buttons are for: the person just scanned, or the one chosen in the list since.

        Ctrl+P right after a check-in prints the sheet of the person at the desk (it asked to choose someone).
        """
        scanned = self.last_result.volunteer if self.last_result is not None else None
        if self._scan_is_latest and scanned is not None:
            return scanned.code
        row = self.chosen_row()
        return row.code if row is not None else None

    def _list_chosen(self, *_args) -> None:  # noqa: ANN002
        if self.current_view().hasFocus() or self.current_view().underMouse():
            self._scan_is_latest = False

    def _open_clicked(self, index: QModelIndex) -> None:
        self.current_view().setCurrentIndex(index)
        self._scan_is_latest = False
        self.opening.open_person()

    def check_in_walk_ins(self, codes: list[str], print_sheets: bool) -> None:
        """Check in the people just registered at the desk, then print their sheets in one preview."""
        if self.check_out_mode:
            self.check_in_radio.setChecked(True)
        for code in codes:
            self._answer(code)
        if print_sheets:
            self.printing.print_codes(codes)
        self.back_to_field()

    def act_on_selected(self) -> None:
        index = self.current_view().currentIndex()
        if index.isValid():
            self.act_on_row(index)
        else:
            self.back_to_field()

    def edit_capacity(self) -> None:
        current = checkin.get_daily_capacity(self.ws)
        chosen = dialogs.ask_capacity(self, current)
        if chosen is not None and chosen != current:
            run_operation(self, lambda: checkin.set_daily_capacity(self.ws, capacity=chosen),
                          bus=self.bus, announces=[events.ATTENDANCE])
        self.back_to_field()

    # Search and lists.

    def search(self) -> None:
        self.search_text = self.search_field.text().strip()
        self._scan_is_latest = False  # the print buttons are for whom this search finds
        # The previous person's answer would read as this search's: the panel starts again.
        self.result_panel.show_idle(check_out=self.check_out_mode)
        self.tabs.setCurrentIndex(ROSTER_TAB)
        self.refresh()
        # A scanner sends the next code straight away: select it all so it replaces this one.
        self.search_field.selectAll()

    def clear_search(self) -> None:
        self.search_field.clear()
        self.search()

    def _on_changed(self, topic: str) -> None:
        if topic not in self.topics:
            return
        self._dirty.add(topic)
        if not self._announcing:
            self._only_own_scans = False
            super()._on_changed(topic)
            return
        self._stale = True
        if self.isVisible():
            self._refresh_timer.start()

    def refresh(self) -> None:
        dirty, self._dirty = self._dirty, set()
        own, self._own_scans = self._own_scans, []
        # Only this desk's scans since last time: the roster rows and the number registered are known.
        light = dirty == {events.ATTENDANCE} and self._only_own_scans and self._registered is not None
        self._only_own_scans = True
        if events.VOLUNTEERS in dirty:
            self._recheck_panel()
        counts = roster.attendance_counts(self.ws, registered=self._registered if light else None)
        self._registered = counts.registered
        self.cards.show_counts(counts, checkin.get_daily_capacity(self.ws))
        self.today.refresh(counts)
        if light:
            self.roster.mark_scanned(own)
        else:
            self.roster.show_search(self.search_text)

    def _recheck_panel(self) -> None:
        """The person on the panel was perhaps corrected (insurance recorded): their warnings as they are now."""
        result = self.last_result
        if result is None or result.volunteer is None:
            return
        warnings = checkin.warnings_now(self.ws, volunteer_id=result.volunteer.id)
        if warnings != result.warnings:
            self.last_result = replace(result, warnings=warnings)
            self.result_panel.show_warnings(self.last_result)
