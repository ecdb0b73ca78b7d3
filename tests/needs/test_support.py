"""Issue 15 item 11: the needs desk asks the block for support (応援要請) — who asked and when are kept — and the
need then travels to the block's councils. Before, nothing outside the drill generator ever set the flag."""

from __future__ import annotations

import os
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from sqlmodel import select

from dvc.cli import main
from dvc.domain.messages import UserError
from dvc.domain.need_intake import NeedDraft
from dvc.domain.vocab import Role
from dvc.services.needs import intake as needs_intake
from dvc.services.needs.support import request_support
from dvc.services.staff import operators
from dvc.store.tables import AuditEvent, Need
from dvc.ui.desks.needs.page import NeedsPage
from dvc.ui.events import EventBus

SHOTS = Path(os.environ.get("DVC_SHOTS", "")) if os.environ.get("DVC_SHOTS") else None


def a_need(ws) -> needs_intake.SavedNeed:
    return needs_intake.take_need(ws, draft=NeedDraft(
        received_at=datetime.now(timezone.utc) - timedelta(hours=2), requester_name="小金井 一郎",
        site_address="本町1-2-3", work_types=("泥出し",), requester_phone="042-383-1111", district="本町"))


def test_the_needs_desk_asks_the_block_by_keyboard_and_shows_who_and_when(qtbot, workspace, monkeypatch):
    saved = a_need(workspace)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (asked.append(a[2]), QMessageBox.StandardButton.Yes)[1])
    page = NeedsPage(workspace, EventBus())
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    assert page.select_code(saved.code)
    QTest.keyClick(page, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # 「ブロックに応援要請(B)…」, on the window
    qtbot.waitUntil(lambda: bool(asked))  # a mnemonic clicks after a short animation
    assert saved.code in asked[0] and "住所" in asked[0]  # it says what leaves the council
    with workspace.session() as s:
        need = s.get(Need, saved.id)
        trail = s.exec(select(AuditEvent).where(AuditEvent.record_id == saved.id, AuditEvent.action == "update")).all()
    assert need.shared_with_block and need.support_requested_by == "山田 花子"
    assert datetime.now(timezone.utc) - need.support_requested_at < timedelta(minutes=1)
    assert any(e.after.get("shared_with_block") is True and e.operator_name == "山田 花子" for e in trail)
    qtbot.waitUntil(lambda: "応援要請中" in page.detail.plain_text())
    assert "山田 花子" in page.detail.plain_text()
    assert "取り下げる" in page.detail.buttons["support"].text()
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.grab().save(str(SHOTS / "needs-support-asked.png"))
    # The same key stops asking.
    QTest.keyClick(page, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(asked) == 2)
    with workspace.session() as s:
        assert s.get(Need, saved.id).shared_with_block is False


def test_staff_cannot_send_a_residents_details_to_the_block(workspace, db_path, capsys):
    saved = a_need(workspace)
    operators.add_operator(workspace, name="佐藤 次郎", role=Role.STAFF)
    operators.add_operator(workspace, name="鈴木 班長", role=Role.DESK_LEAD)
    operators.sign_in_by_name(workspace, name="佐藤 次郎")
    with pytest.raises(UserError, match="desk lead"):
        request_support(workspace, need_id=saved.id)
    workspace.close()
    assert main(["--db", str(db_path), "needs", "support", saved.code, "--operator", "佐藤 次郎"]) == 1
    assert "班長" in capsys.readouterr().err
    assert main(["--db", str(db_path), "needs", "support", saved.code, "--operator", "鈴木 班長", "--json"]) == 0
    assert '"support_requested": true' in capsys.readouterr().out


def test_a_need_asked_for_support_travels_to_the_block(tmp_path):
    from tests.exchange.helpers import befriend, laptop
    from dvc.services.exchange.bundle_export import export_bundle

    koganei, mitaka = laptop(tmp_path, "koganei"), laptop(tmp_path, "mitaka", council="mitaka")
    try:
        befriend(koganei, mitaka)
        saved = a_need(koganei)
        request_support(koganei, need_id=saved.id)
        out = tmp_path / "to-mitaka.dvcx"
        export_bundle(koganei, peer="mitaka", out=out, encrypt=False)
        with zipfile.ZipFile(out) as z:
            assert saved.code.encode() in z.read("data/need.ndjson")
        # Another council's need is not ours to offer.
        from dvc.services.exchange.bundle_import import import_bundle

        import_bundle(mitaka, path=out)
        with pytest.raises(UserError, match="another council"):
            request_support(mitaka, need_id=saved.id, ask=False)
    finally:
        koganei.close()
        mitaka.close()
