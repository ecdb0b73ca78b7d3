"""総務's exchange window, driven like staff would: trust, send with progress, preview, import, review a conflict."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlmodel import select

from dvc.services.exchange.identity import own_identity
from dvc.store.tables import Need, Peer, Volunteer
from dvc.ui.desks.head_office import exchange_common
from dvc.ui.desks.head_office.exchange_page import ExchangeDialog
from dvc.ui.events import EventBus
from tests.exchange.helpers import change_on_both, laptop
from tests.services.seed import seed
from tests.ui.conftest import japanese_app, show_active  # noqa: F401  (autouse: Japanese text and font)
from tests.ui.window_keys import give_up_after, press, when_shown

SHOTS = Path("/tmp/dvc-shots")


def shot(widget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"exchange_{name}.png"))


def open_dialog(qtbot, ws) -> ExchangeDialog:
    return show_active(qtbot, ExchangeDialog(ws, EventBus()))


@pytest.fixture
def progress_calls(monkeypatch):
    calls: list[tuple[int, int]] = []
    original = exchange_common.Progress.__call__

    def spy(self, done: int, total: int) -> None:
        calls.append((done, total))
        original(self, done, total)

    monkeypatch.setattr(exchange_common.Progress, "__call__", spy)
    return calls


def test_send_to_a_council_and_receive_there_with_a_preview(qtbot, friends, tmp_path, monkeypatch, progress_calls):
    koganei, _, mitaka = friends
    people = seed(koganei).volunteers
    with koganei.transaction() as s:
        v = s.get(Volunteer, people["山田 太郎"].id)
        v.block_share_consent = True
        s.add(v)
        for need in s.exec(select(Need)).all()[:2]:
            need.shared_with_block = True
            s.add(need)
    out = tmp_path / "to-mitaka.dvcx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    sender = open_dialog(qtbot, koganei)
    qtbot.keyClick(sender, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(sender, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert sender.tabs.currentWidget() is sender.export
    assert sender.export.peer.currentData() == "koganei"  # our own other laptops come first
    sender.export.peer.setFocus()
    qtbot.keyClick(sender.export.peer, Qt.Key.Key_Down)
    assert sender.export.peer.currentData() == "mitaka"
    shot(sender, "send")
    sender.export.export_button.setFocus()
    qtbot.keyClick(sender.export.export_button, Qt.Key.Key_Space)
    assert out.exists() and progress_calls and progress_calls[-1][0] == progress_calls[-1][1]
    assert "to-mitaka.dvcx" in sender.export.result.text()
    shot(sender, "sent")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    infos = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: infos.append(a[2]))
    receiver = open_dialog(qtbot, mitaka)
    qtbot.keyClick(receiver, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert receiver.tabs.currentWidget() is receiver.import_
    receiver.import_.choose_button.setFocus()
    qtbot.keyClick(receiver.import_.choose_button, Qt.Key.Key_Space)
    table = receiver.import_.counts
    rows = {table.item(i, 0).text(): table.item(i, 1).text() for i in range(table.rowCount())}
    assert rows["ボランティア"] == "1" and rows["ニーズ"] == "2"
    assert receiver.import_.apply_button.isEnabled()
    with mitaka.session() as s:
        assert s.exec(select(Volunteer)).first() is None  # the preview changed nothing
    shot(receiver, "preview")
    qtbot.keyClick(receiver.import_.apply_button, Qt.Key.Key_Space)
    assert infos and "新規 4 件" in infos[0]  # a volunteer, two needs, the day's figures
    with mitaka.session() as s:
        assert s.exec(select(Volunteer)).one().name == "山田 太郎"
    assert not receiver.import_.apply_button.isEnabled()


def test_a_conflict_is_shown_in_the_preview_and_can_be_reversed(qtbot, friends, tmp_path, monkeypatch):
    koganei, koganei2, _ = friends
    needs, need_id = change_on_both(koganei, koganei2, tmp_path)  # koganei2's change is the newer
    out = tmp_path / "from-2.dvcx"
    from dvc.services.exchange.bundle_export import export_bundle

    export_bundle(koganei2, peer="koganei", out=out)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    dialog = open_dialog(qtbot, koganei)
    qtbot.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert dialog.tabs.currentWidget() is dialog.import_
    qtbot.keyClick(dialog.import_.choose_button, Qt.Key.Key_Space)
    tree = dialog.import_.conflicts
    assert tree.topLevelItemCount() == 1
    field = tree.topLevelItem(0).child(0)
    assert (field.text(0), field.text(1), field.text(2)) == ("必要人数", "7", "9")
    shot(dialog, "preview_conflict")
    qtbot.keyClick(dialog.import_.apply_button, Qt.Key.Key_Space)

    dialog.activateWindow()  # the progress dialog had the focus
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert dialog.tabs.currentWidget() is dialog.conflicts
    review = dialog.conflicts
    assert review.list.rowCount() == 1
    review.list.setFocus()
    review.list.selectRow(0)
    assert review.reverse_button.isEnabled() and review.diff.topLevelItem(0).text(1) == "9"
    shot(dialog, "conflicts")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(review.reverse_button, Qt.Key.Key_Space)
    with koganei.session() as s:
        assert s.get(Need, need_id).headcount == 7
    assert "取り消し" in review.list.item(0, 4).text() or "戻" in review.list.item(0, 4).text()
    shot(dialog, "conflict_reversed")

    code = next(iter(needs))
    qtbot.keyClick(dialog, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    assert dialog.tabs.currentWidget() is dialog.source
    qtbot.keyClicks(dialog.source.code, code)
    qtbot.keyClick(dialog.source.code, Qt.Key.Key_Return)
    assert "小金井市社会福祉協議会 2号機" in dialog.source.answer.text()
    shot(dialog, "source")


def test_trusting_a_laptop_shows_its_fingerprint_first(qtbot, tmp_path, monkeypatch):
    from dvc.services.exchange.identity import write_identity

    here = laptop(tmp_path, "here")
    there = laptop(tmp_path, "there", council="chofu")
    try:
        ident_file = tmp_path / "chofu.dvcid"
        write_identity(there, out=ident_file)
        questions = []
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(ident_file), ""))
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (questions.append(a[2]),
                                                                      QMessageBox.StandardButton.Yes)[1])
        dialog = open_dialog(qtbot, here)
        qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
        assert dialog.tabs.currentWidget() is dialog.peers
        qtbot.keyClick(dialog.peers.trust_button, Qt.Key.Key_Space)
        assert own_identity(there).fingerprint in questions[0]
        assert dialog.peers.peers.rowCount() == 1
        with here.session() as s:
            assert s.exec(select(Peer)).one().council_code == "chofu"
        shot(dialog, "laptops")
    finally:
        here.close()
        there.close()


def _trusting(tmp_path, monkeypatch):
    from dvc.services.exchange.identity import write_identity

    here = laptop(tmp_path, "here")
    there = laptop(tmp_path, "there", council="chofu")
    ident_file = tmp_path / "chofu.dvcid"
    write_identity(there, out=ident_file)
    there.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(ident_file), ""))
    return here


def test_enter_on_the_trust_question_does_not_trust(qtbot, tmp_path, monkeypatch):
    """Issue 18: the question defaulted to はい, so an Enter (or a scanner's) trusted an unchecked laptop."""
    here = _trusting(tmp_path, monkeypatch)
    try:
        dialog = open_dialog(qtbot, here)
        press(Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
        asked = []
        when_shown(lambda: QApplication.activeModalWidget(),
                   lambda box: (asked.append(box.text()), press(Qt.Key.Key_Return)))
        give_up_after(5000, dialog)
        qtbot.keyClick(dialog.peers.trust_button, Qt.Key.Key_Space)
        assert asked and "フィンガープリント" in asked[0]
        assert dialog.peers.peers.rowCount() == 0
        with here.session() as s:
            assert s.exec(select(Peer)).first() is None
    finally:
        here.close()


def test_the_send_tab_stops_saying_trust_first_once_a_laptop_is_trusted(qtbot, tmp_path, monkeypatch):
    from dvc.services.exchange.identity import read_identity_file, trust_peer

    here = _trusting(tmp_path, monkeypatch)
    try:
        dialog = open_dialog(qtbot, here)
        assert dialog.tabs.currentWidget() is dialog.export
        assert "信頼" in dialog.export.result.text()
        press(Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
        trust_peer(here, identity=read_identity_file(tmp_path / "chofu.dvcid"))
        press(Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
        assert dialog.tabs.currentWidget() is dialog.export
        assert dialog.export.result.text() == ""
        assert dialog.export.export_button.isEnabled()
        shot(dialog, "send_after_trust")
    finally:
        here.close()


def test_times_are_shown_in_tokyo_whatever_the_laptop_clock_zone(qtbot, tmp_path, monkeypatch):
    """Issue 18: the exchange window showed UTC on a laptop whose system zone was not Tokyo."""
    import time

    from dvc.domain.timeutil import to_local
    from dvc.services.exchange.identity import list_peers, read_identity_file, trust_peer

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    here = _trusting(tmp_path, monkeypatch)
    try:
        trust_peer(here, identity=read_identity_file(tmp_path / "chofu.dvcid"))
        trusted = list_peers(here)[0].trusted_at
        dialog = open_dialog(qtbot, here)
        press(Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
        assert dialog.peers.peers.item(0, 3).text() == to_local(trusted).strftime("%Y-%m-%d %H:%M")
    finally:
        here.close()
        monkeypatch.delenv("TZ")
        time.tzset()
