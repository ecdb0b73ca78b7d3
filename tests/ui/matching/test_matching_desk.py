"""The matching desk driven by keyboard in the real main window: propose, move, lock, re-propose, confirm."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from dvc.domain.vocab import TeamStatus
from dvc.services.matching import team_plan
from dvc.ui import events
from dvc.ui.desks.matching import dialogs
from dvc.ui.desks.matching.page import TEAMS_TAB, WAITING_TAB
from dvc.ui.models.paged import ROW_ROLE
from dvc.ui.models.team_plan import KIND_MEMBER, KIND_ROLE, KIND_VIOLATION, VIOLATION_COLOR, TeamTreeModel

CTRL = Qt.KeyboardModifier.ControlModifier


def press(page, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None and page.isAncestorOf(widget)  # the keys work where the staff's cursor is
    from pytestqt.qtbot import QtBot

    QtBot.keyClick(widget, key, modifier)


def propose(page) -> None:
    page.panel.focus_tree() if page.panel.tree.isVisible() else page.needs.view.setFocus()
    press(page, Qt.Key.Key_P, CTRL)


def choose_member(page, volunteer_id) -> None:
    assert page.panel.select(volunteer_id=volunteer_id)
    page.panel.tree.setFocus()


def pick_in_menu(qtbot, data) -> list[str]:
    """When the team menu opens, walk to ``data`` with the arrow keys and press Enter; returns the menu's lines."""
    seen: list[str] = []

    def walk() -> None:
        menu = QApplication.activePopupWidget()
        seen.extend(a.text() for a in menu.actions() if a.text())  # section titles too
        for _ in range(len(menu.actions()) + 1):
            if menu.activeAction() is not None and menu.activeAction().data() == data:
                break
            qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, walk)
    return seen


def reactivate(qtbot, page) -> None:
    """The offscreen platform leaves no window active after a popup menu; a desktop gives the focus straight back."""
    page.window().activateWindow()
    qtbot.waitUntil(page.window().isActiveWindow)


def answer_dialog(qtbot, key) -> list:
    """When a modal dialog opens, note its name and lines, then press ``key`` in it."""
    from PySide6.QtWidgets import QListWidget

    seen: list = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        lists = dialog.findChildren(QListWidget)
        seen.append((dialog.objectName(), [lists[0].item(r).text() for r in range(lists[0].count())] if lists else []))
        qtbot.keyClick(dialog.focusWidget() or dialog, key)

    QTimer.singleShot(0, answer)
    return seen


def break_a_group(page, ws):
    """Delete on a group member who is not the leader: the mates left behind are a warning, not a refusal."""
    plan = team_plan.day_plan(ws)
    grouped = next(t for t in plan.teams if any(r["key"] == "with_group" for m in t.members for r in m.reasons))
    mate = next(m for m in grouped.members
                if m.volunteer_id != grouped.leader_id and any(r["key"] == "with_group" for r in m.reasons))
    choose_member(page, mate.volunteer_id)
    press(page, Qt.Key.Key_Delete)
    return grouped


def member_rows(model: TeamTreeModel, row: int) -> list:
    team = model.item(row)
    return [team.child(r) for r in range(team.rowCount()) if team.child(r).data(KIND_ROLE) == KIND_MEMBER]


def test_ctrl_p_proposes_and_the_tree_shows_teams_leaders_reasons_and_leftovers(matching_page, matching_ws):
    page = matching_page
    assert page.tabs.currentIndex() == WAITING_TAB  # nothing proposed yet: who and what is waiting
    assert page.need_model.total() > 0 and page.people_model.total() > 0
    propose(page)
    plan = team_plan.day_plan(matching_ws)
    assert plan.teams and plan.unfilled and plan.unplaced
    assert page.tabs.currentIndex() == TEAMS_TAB and page.panel.tree.hasFocus()
    model = page.panel.tree_model
    assert model.rowCount() == len(plan.teams)
    for row, team in enumerate(plan.teams):
        assert model.item(row).text().startswith(team.code)
        leader = next(m for m in team.members if m.volunteer_id == team.leader_id)
        members = member_rows(model, row)
        assert members[0].text() == f"★ {leader.name}"
        assert len(members) == len(team.members)
        why = model.itemFromIndex(members[0].index().siblingAtColumn(TeamTreeModel.COL_WHY)).text()
        assert why.startswith("リーダー") and leader.name in why  # reason sentences in Japanese
    assert page.panel.unfilled_model.rowCount() == len(plan.unfilled)
    assert page.panel.unplaced_model.rowCount() == len(plan.unplaced)
    assert f"（{len(plan.unplaced)}" in page.panel.unplaced_box.title() or str(len(plan.unplaced)) in \
        page.panel.unplaced_box.title()
    uninsured = [u for u in plan.unplaced if u.reasons[0]["key"] == "uninsured"]
    assert uninsured and "保険" in page.panel.unplaced_model.display(uninsured[0], 2)


def test_move_a_person_by_keyboard_menu_then_undo(qtbot, matching_page, matching_ws):
    page = matching_page
    propose(page)
    plan = team_plan.day_plan(matching_ws)
    room_team, other = plan.teams[0], plan.teams[1]
    # Make room: Delete takes a non-leader out of the first team.
    leaving = next(m for m in room_team.members if m.volunteer_id != room_team.leader_id)
    choose_member(page, leaving.volunteer_id)
    press(page, Qt.Key.Key_Delete)
    plan = team_plan.day_plan(matching_ws)
    assert leaving.volunteer_id in {u.volunteer_id for u in plan.unplaced}
    assert any(r.volunteer_id == leaving.volunteer_id for r in page.panel.unplaced_model.loaded_rows())

    # Ctrl+M on someone of the second team: the menu offers the first team, picked with arrows and Enter.
    mover = next(m for m in other.members if m.volunteer_id != other.leader_id)
    choose_member(page, mover.volunteer_id)
    lines = pick_in_menu(qtbot, room_team.id)
    press(page, Qt.Key.Key_M, CTRL)
    reactivate(qtbot, page)
    assert page.panel.tree.hasFocus()  # back where the staff were
    assert any(line.startswith(room_team.code) for line in lines)
    assert not any(line.startswith(other.code) for line in lines)  # not the team they are in
    plan = team_plan.day_plan(matching_ws)
    in_room = next(t for t in plan.teams if t.id == room_team.id)
    assert mover.volunteer_id in {m.volunteer_id for m in in_room.members}
    # The cursor follows the person into the new team.
    chosen = page.panel.chosen()
    assert chosen.volunteer_id == mover.volunteer_id and chosen.team.id == room_team.id

    assert page.undo_action.isEnabled()
    press(page, Qt.Key.Key_Z, CTRL)
    plan = team_plan.day_plan(matching_ws)
    back = next(t for t in plan.teams if t.id == other.id)
    assert mover.volunteer_id in {m.volunteer_id for m in back.members}


def test_lock_keeps_a_team_through_a_new_proposal(matching_page, matching_ws, monkeypatch):
    page = matching_page
    propose(page)
    plan = team_plan.day_plan(matching_ws)
    kept = plan.teams[-1]
    page.panel.select(team_id=kept.id)
    page.panel.tree.setFocus()
    press(page, Qt.Key.Key_K, CTRL)
    assert next(t for t in team_plan.day_plan(matching_ws).teams if t.id == kept.id).locked
    assert page.panel.tree_model.item(len(plan.teams) - 1).icon().isNull() is False  # the padlock
    assert page.lock_action.text() == "ロック解除(&K)"

    asked = []
    monkeypatch.setattr(dialogs, "ask_repropose", lambda _parent, count: asked.append(count) or True)
    press(page, Qt.Key.Key_P, CTRL)
    assert asked == [len(plan.teams) - 1]  # the question counts the teams that will be replaced
    again = team_plan.day_plan(matching_ws)
    same = next(t for t in again.teams if t.id == kept.id)
    assert same.locked and {m.volunteer_id for m in same.members} == {m.volunteer_id for m in kept.members}
    # The others were proposed again; a team proposed again keeps its code (issue 18), so ids may stay too.
    assert all(not t.locked for t in again.teams if t.id != kept.id)
    assert {t.code for t in again.teams} & ({t.code for t in plan.teams} - {kept.code})


def test_confirm_the_chosen_team_announces_and_lists_update(qtbot, matching_page, matching_ws, monkeypatch):
    page = matching_page
    propose(page)
    plan = team_plan.day_plan(matching_ws)
    team = plan.teams[0]
    shown = answer_dialog(qtbot, Qt.Key.Key_Return)  # the real dialog; Enter is its "Confirm" button
    heard = []
    page.bus.changed.connect(heard.append)
    waiting_before = page.need_model.total()
    page.panel.select(team_id=team.id)
    page.panel.tree.setFocus()
    press(page, Qt.Key.Key_Return, CTRL)
    assert shown[0][0] == "confirmTeamsDialog" and shown[0][1][0].startswith(team.code) and len(shown[0][1]) == 1
    assert {events.TEAMS, events.NEEDS, events.ATTENDANCE} <= set(heard)
    done = next(t for t in team_plan.day_plan(matching_ws).teams if t.id == team.id)
    assert done.status == TeamStatus.CONFIRMED
    assert page.need_model.total() == waiting_before - 1  # the need is no longer offered
    assert "確定" in page.panel.tree_model.item(0).text()
    # A confirmed team is not edited from here.
    page.panel.select(volunteer_id=team.leader_id)
    assert not page.move_action.isEnabled() and not page.take_out_action.isEnabled()
    assert not page.plan_actions.undo_steps


def test_a_rule_break_shows_in_red_and_confirm_all_asks_to_accept_it(qtbot, matching_page, matching_ws, monkeypatch):
    page = matching_page
    propose(page)
    grouped = break_a_group(page, matching_ws)

    broken = next(t for t in team_plan.day_plan(matching_ws).teams if t.id == grouped.id)
    assert broken.violations
    row = next(r for r in range(page.panel.tree_model.rowCount())
               if page.panel.tree_model.item(r).data(ROW_ROLE).id == grouped.id)
    item = page.panel.tree_model.item(row)
    assert item.foreground().color() == VIOLATION_COLOR
    red = [item.child(r) for r in range(item.rowCount()) if item.child(r).data(KIND_ROLE) == KIND_VIOLATION]
    assert red and red[0].foreground().color() == VIOLATION_COLOR and red[0].text().startswith("※ ")

    monkeypatch.setattr(dialogs, "confirm_teams", lambda _parent, teams: True)
    warned = []
    monkeypatch.setattr(dialogs, "accept_warnings", lambda _parent, teams: warned.append(teams) or True)
    press(page, Qt.Key.Key_Return, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert [t.id for t in warned[0]] == [grouped.id]
    statuses = {t.status for t in team_plan.day_plan(matching_ws).teams}
    assert statuses == {TeamStatus.CONFIRMED}
    assert not page.confirm_all_action.isEnabled()


def test_going_back_on_the_warning_confirms_nothing(qtbot, matching_page, matching_ws, monkeypatch):
    page = matching_page
    propose(page)
    grouped = break_a_group(page, matching_ws)
    monkeypatch.setattr(dialogs, "confirm_teams", lambda _parent, teams: True)
    page.panel.select(team_id=grouped.id)
    shown = answer_dialog(qtbot, Qt.Key.Key_Return)  # Enter out of habit on the warning: its default is "go back"
    press(page, Qt.Key.Key_Return, CTRL)
    assert shown and shown[0][0] == "acceptWarningsBox"
    assert next(t for t in team_plan.day_plan(matching_ws).teams if t.id == grouped.id).status == TeamStatus.PROPOSED


def test_a_person_left_over_goes_onto_a_need_without_a_team(qtbot, matching_page, matching_ws):
    page = matching_page
    propose(page)
    plan = team_plan.day_plan(matching_ws)
    teamless = next(u for u in plan.unfilled if u.need_id not in {t.need_id for t in plan.teams})
    team = plan.teams[0]
    person = next(m for m in team.members if m.volunteer_id != team.leader_id)
    choose_member(page, person.volunteer_id)
    press(page, Qt.Key.Key_Delete)

    view = page.panel.unplaced.view
    rows = page.panel.unplaced_model.loaded_rows()
    row = next(r for r, u in enumerate(rows) if u.volunteer_id == person.volunteer_id)
    view.setFocus()
    view.selectRow(row)
    assert page.panel.chosen().volunteer_id == person.volunteer_id and page.panel.chosen().team is None
    assert page.move_action.isEnabled() and not page.take_out_action.isEnabled()
    lines = pick_in_menu(qtbot, dialogs.NewTeamFor(teamless.need_id))
    press(page, Qt.Key.Key_M, CTRL)
    reactivate(qtbot, page)
    assert "チームのないニーズ" in lines and "チームから外す" not in lines  # not in a team: nothing to leave
    made = next(t for t in team_plan.day_plan(matching_ws).teams if t.need_id == teamless.need_id)
    assert [m.volunteer_id for m in made.members] == [person.volunteer_id]
    assert page.panel.chosen().team.id == made.id and page.panel.tree.hasFocus()
    press(page, Qt.Key.Key_Z, CTRL)  # the team made for the need goes with the undo
    plan = team_plan.day_plan(matching_ws)
    assert made.id not in {t.id for t in plan.teams}
    assert person.volunteer_id in {u.volunteer_id for u in plan.unplaced}


def test_make_leader_moves_the_star_and_undo_gives_it_back(matching_page, matching_ws):
    page = matching_page
    propose(page)
    team = next(t for t in team_plan.day_plan(matching_ws).teams if sum(m.adult for m in t.members) > 1)
    new = next(m for m in team.members if m.adult and m.volunteer_id != team.leader_id)
    choose_member(page, new.volunteer_id)
    press(page, Qt.Key.Key_R, CTRL)  # R: riidaa
    assert next(t for t in team_plan.day_plan(matching_ws).teams if t.id == team.id).leader_id == new.volunteer_id
    row = page.panel.tree_model.team_index(team.id).row()
    assert member_rows(page.panel.tree_model, row)[0].text() == f"★ {new.name}"
    assert "リーダー" in page.undo_action.toolTip()
    press(page, Qt.Key.Key_Z, CTRL)
    assert next(t for t in team_plan.day_plan(matching_ws).teams if t.id == team.id).leader_id == team.leader_id


def test_a_large_day_shows_progress_while_proposing(matching_page, monkeypatch):
    from dvc.ui.desks.matching import actions

    page = matching_page
    monkeypatch.setattr(actions, "SHOW_PROGRESS_FROM", 1)
    shown = []
    original = actions.QProgressDialog.show
    monkeypatch.setattr(actions.QProgressDialog, "show", lambda self: shown.append(self.labelText()) or original(self))
    propose(page)
    assert shown == ["チームを編成しています…"]
    assert page.panel.tree_model.rowCount() > 0


def test_the_desk_keys_clash_with_no_window_wide_key(matching_page):
    from PySide6.QtGui import QAction

    page = matching_page
    ours = {a.shortcut().toString() for a in page.actions() if not a.shortcut().isEmpty()}
    assert len(ours) == len([a for a in page.actions() if not a.shortcut().isEmpty()])
    window_keys = {a.shortcut().toString() for a in page.window().findChildren(QAction)
                   if a.parent() is not page and not a.shortcut().isEmpty()
                   and a.shortcutContext() != Qt.ShortcutContext.WidgetWithChildrenShortcut}
    assert not ours & window_keys


def test_dropping_a_member_on_a_team_moves_them(qtbot, matching_page, matching_ws):
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDropEvent

    page = matching_page
    propose(page)
    plan = team_plan.day_plan(matching_ws)
    room_team, other = plan.teams[0], plan.teams[1]
    choose_member(page, next(m for m in room_team.members if m.volunteer_id != room_team.leader_id).volunteer_id)
    press(page, Qt.Key.Key_Delete)
    mover = next(m for m in other.members if m.volunteer_id != other.leader_id)
    choose_member(page, mover.volunteer_id)
    tree = page.panel.tree
    spot = tree.visualRect(page.panel.tree_model.team_index(room_team.id)).center()
    assert tree.team_at(spot) == room_team.id and tree.dragged_member() == mover.volunteer_id
    drop = QDropEvent(QPointF(spot), Qt.DropAction.MoveAction, QMimeData(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    tree.dropEvent(drop)
    qtbot.waitUntil(lambda: mover.volunteer_id in {
        m.volunteer_id for t in team_plan.day_plan(matching_ws).teams if t.id == room_team.id for m in t.members})
    assert page.panel.chosen().volunteer_id == mover.volunteer_id


def test_a_confirmed_team_is_cancelled_with_a_reason_and_its_need_waits_again(qtbot, matching_page, matching_ws,
                                                                               monkeypatch):
    page = matching_page
    propose(page)
    team = team_plan.day_plan(matching_ws).teams[0]
    monkeypatch.setattr(dialogs, "confirm_teams", lambda _parent, teams: True)
    page.panel.select(team_id=team.id)
    press(page, Qt.Key.Key_Return, CTRL)
    waiting = page.need_model.total()

    def give_reason() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, give_reason)
            return
        assert dialog.objectName() == "cancelTeamDialog" and team.code in dialog.labelText()
        dialog.setTextValue("依頼者の都合")  # typed through the IME, which QTest cannot drive
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    QTimer.singleShot(0, give_reason)
    page.panel.select(team_id=team.id)
    press(page, Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier)
    assert team.id not in {t.id for t in team_plan.day_plan(matching_ws).teams}
    assert page.need_model.total() == waiting + 1
    from dvc.store.tables import Team

    with matching_ws.session() as s:
        saved = s.get(Team, team.id)
        assert saved.status == TeamStatus.CANCELLED and "依頼者の都合" in saved.notes


def test_alt_letters_switch_the_tabs(matching_page):
    page = matching_page
    propose(page)
    assert page.tabs.currentIndex() == TEAMS_TAB
    press(page, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentIndex() == WAITING_TAB
    page.needs.view.setFocus()
    press(page, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentIndex() == TEAMS_TAB


def test_enter_on_a_person_opens_the_team_menu(qtbot, matching_page, matching_ws):
    page = matching_page
    propose(page)
    team = team_plan.day_plan(matching_ws).teams[0]
    person = next(m for m in team.members if m.volunteer_id != team.leader_id)
    choose_member(page, person.volunteer_id)
    pick_in_menu(qtbot, dialogs.OUT_OF_TEAMS)
    press(page, Qt.Key.Key_Return)
    reactivate(qtbot, page)
    assert person.volunteer_id in {u.volunteer_id for u in team_plan.day_plan(matching_ws).unplaced}
