"""Starting dvc on a damaged database: it says so and offers the latest good backup, by keyboard."""

from __future__ import annotations

import hashlib
import os
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from dvc.services.core.setup import create_database
from dvc.services.safekeeping.backup import aside_copies, make_backup
from dvc.ui.dialogs.damaged_database import DamagedDatabaseDialog
from dvc.ui.startup import open_for_gui
from tests.recovery.wal import attendance
from tests.reception.test_dialogs import in_modal
from tests.services.seed import seed

SHOTS = os.environ.get("DVC_SHOTS", "/tmp/recover-shots")


@pytest.fixture
def damaged(tmp_path):
    db = tmp_path / "center.db"
    with create_database(db, council="koganei", operator_name="山田 花子") as ws:
        seed(ws)
        make_backup(ws, reason="auto")
    with open(db, "r+b") as fh:
        fh.seek(100)
        fh.write(os.urandom(3000))  # page 1 gone: the list of tables cannot be read
    return db


def _shot(dialog, name: str) -> None:
    os.makedirs(SHOTS, exist_ok=True)
    dialog.grab().save(os.path.join(SHOTS, name))


def test_enter_on_the_offer_puts_the_latest_good_backup_back(qtbot, damaged):
    before = hashlib.sha256(damaged.read_bytes()).hexdigest()

    def press_enter(dialog):
        assert isinstance(dialog, DamagedDatabaseDialog) and dialog.restore_button is not None
        assert "破損" in dialog.text()
        _shot(dialog, "damaged-database-offer.png")
        QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Return)  # the default button: restore

    done = in_modal(qtbot, press_enter)
    ws = open_for_gui(db_path=damaged, drill=False, explicit_path=True)
    assert done == [True]
    assert ws is not None
    try:
        assert ws.identity.council_code == "koganei"
    finally:
        ws.close()
    assert attendance(damaged) == 3
    (kept,) = aside_copies(damaged)
    assert hashlib.sha256(kept.read_bytes()).hexdigest() == before  # the damaged file, kept as it was


def test_without_a_good_backup_it_says_whom_to_ask_and_leaves_the_file(qtbot, damaged):
    shutil.rmtree(damaged.parent / "backups")
    before = hashlib.sha256(damaged.read_bytes()).hexdigest()

    def press_escape(dialog):
        assert isinstance(dialog, DamagedDatabaseDialog) and dialog.restore_button is None
        _shot(dialog, "damaged-database-no-backup.png")
        QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Escape)

    done = in_modal(qtbot, press_escape)
    assert open_for_gui(db_path=damaged, drill=False, explicit_path=True) is None
    assert done == [True]
    assert hashlib.sha256(damaged.read_bytes()).hexdigest() == before


def test_damage_found_while_working_says_to_restart_for_the_backup_not_to_go_on(qtbot, monkeypatch, damaged):
    """A page that turns out damaged mid-day: not "you can go on working", but what to do."""
    import sqlite3

    from PySide6.QtWidgets import QMessageBox
    from sqlalchemy.exc import DatabaseError

    from dvc import i18n
    from dvc.services.core import storage_errors
    from dvc.ui import crash

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a, **k: shown.append("CRASH " + text))
    try:
        sqlite3.connect(damaged).execute("SELECT * FROM volunteer").fetchall()
    except sqlite3.DatabaseError as exc:
        error = DatabaseError("SELECT * FROM volunteer", {}, exc)
    crash._hook(type(error), error, None)
    i18n.install("ja")
    assert shown == [i18n.translate("errors", storage_errors.MESSAGES[storage_errors.DAMAGED])]
