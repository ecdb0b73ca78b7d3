"""Issue 15 items 2 and 3: every change is tied to someone signed in — at a desk and on the command line alike —
roles are checked by the services (so the GUI and the CLI refuse the same), and wrong PINs cost time.

Before: `--operator NAME` was free text that asked for no PIN, CLI check-in, import and `exchange trust`
recorded an empty operator, and trusting a peer, restoring and reversing needed no role at all.
"""

from __future__ import annotations


import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlmodel import select

from dvc.cli import main
from dvc.domain.messages import UserError
from dvc.domain.vocab import Role
from dvc.services.exchange.identity import own_identity, trust_peer, write_identity
from dvc.services.staff import operators
from dvc.store.tables import Peer, Setting
from tests.rawdb import raw_connect
from tests.services.seed import seed


def staff_db(workspace, *, require_pin: bool = False):
    """The center head 山田 花子 (PIN 482916 when PINs are required) and a staff member 佐藤 (PIN 1357)."""
    operators.add_operator(workspace, name="佐藤 次郎", role=Role.STAFF, pin="1357")
    if require_pin:
        with workspace.transaction() as s:
            head = s.exec(select(operators.Operator).where(operators.Operator.name == "山田 花子")).one()
            head.pin_hash = operators.hash_pin("482916")
            s.add(head)
            s.add(Setting(key=operators.KEY_REQUIRE_PIN, value="1"))
    code = seed(workspace).volunteers["髙橋 美咲"].code
    path = workspace.path
    workspace.close()
    return path, code


def operators_of(path, action: str = "insert", table: str = "attendance") -> list[str]:
    con = raw_connect(path)
    try:
        return [r[0] for r in con.execute("SELECT operator_name FROM audit_event WHERE table_name = ? AND action = ? "
                                          "ORDER BY rowid",
                                          (table, action))]
    finally:
        con.close()


def test_a_cli_change_without_a_sign_in_is_refused_and_changes_nothing(workspace, capsys, monkeypatch):
    path, code = staff_db(workspace)
    monkeypatch.delenv("DVC_OPERATOR", raising=False)
    before = len(operators_of(path))
    assert main(["--db", str(path), "checkin", code]) == 1
    assert "サインイン" in capsys.readouterr().err
    assert len(operators_of(path)) == before


def test_cli_check_in_names_who_did_it(workspace, monkeypatch):
    path, code = staff_db(workspace)
    monkeypatch.setenv("DVC_PIN", "1357")
    assert main(["--db", str(path), "checkin", code, "--operator", "佐藤 次郎"]) == 0
    assert operators_of(path)[-1] == "佐藤 次郎"


def test_a_name_not_on_the_staff_list_is_refused(workspace, capsys):
    path, code = staff_db(workspace)
    assert main(["--db", str(path), "checkin", code, "--operator", "センター長"]) == 1
    assert "名簿" in capsys.readouterr().err


def test_the_pin_is_never_an_argument_and_comes_from_a_prompt_or_dvc_pin(workspace, capsys, monkeypatch):
    path, code = staff_db(workspace, require_pin=True)
    with pytest.raises(SystemExit) as usage:
        main(["--db", str(path), "checkin", code, "--operator", "山田 花子", "--pin", "482916"])
    assert usage.value.code == 2
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["--db", str(path), "checkin", code, "--operator", "山田 花子"]) == 1
    assert "DVC_PIN" in capsys.readouterr().err
    monkeypatch.setenv("DVC_PIN", "000000")
    assert main(["--db", str(path), "checkin", code, "--operator", "山田 花子"]) == 1
    assert "暗証番号が違います" in capsys.readouterr().err
    # On a terminal the PIN is asked, not echoed.
    monkeypatch.delenv("DVC_PIN")
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    asked = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: (asked.append(prompt), "482916")[1])
    assert main(["--db", str(path), "checkin", code, "--operator", "山田 花子"]) == 0
    assert asked and "山田 花子" in asked[0]
    assert operators_of(path)[-1] == "山田 花子"


def test_wrong_pins_make_the_next_try_wait_longer(workspace, monkeypatch):
    operators.add_operator(workspace, name="佐藤 次郎", pin="1357")
    who = next(r for r in operators.list_operators(workspace) if r.name == "佐藤 次郎")
    clock = [1000.0]
    monkeypatch.setattr(operators, "_now", lambda: clock[0])
    for _ in range(operators.FREE_TRIES):
        with pytest.raises(UserError, match="Wrong PIN"):
            operators.sign_in(workspace, operator_id=who.id, pin="0000")
    # Even the right PIN waits now: guessing at a desk costs time.
    with pytest.raises(UserError, match="Try again in 5 seconds"):
        operators.sign_in(workspace, operator_id=who.id, pin="1357")
    clock[0] += 5
    with pytest.raises(UserError, match="Wrong PIN"):
        operators.sign_in(workspace, operator_id=who.id, pin="0000")
    with pytest.raises(UserError, match="Try again in 10 seconds"):
        operators.sign_in(workspace, operator_id=who.id, pin="1357")
    clock[0] += 10
    assert operators.sign_in(workspace, operator_id=who.id, pin="1357").name == "佐藤 次郎"
    assert operators.seconds_to_wait(workspace, who.id) == 0
    with workspace.session() as s:
        refused = s.exec(select(operators.AuditEvent).where(operators.AuditEvent.action == "sign_in_refused")).all()
    assert len(refused) == 4 and refused[-1].after["wrong_pins_in_a_row"] == 4


def test_longer_pins_are_offered(workspace):
    row = operators.add_operator(workspace, name="長い 暗証", pin="１２３４５６７８９０１２")  # full-width too
    assert row.has_pin and operators.sign_in(workspace, operator_id=row.id, pin="123456789012")


def test_nobody_signed_in_cannot_make_a_center_head(workspace):
    operators.sign_out(workspace)
    with pytest.raises(UserError, match="Only the center head"):
        operators.add_operator(workspace, name="勝手 長", role=Role.CENTER_HEAD)
    assert operators.add_operator(workspace, name="新人 一人").role == Role.STAFF


@pytest.fixture
def peer_identity(tmp_path):
    from tests.exchange.helpers import laptop

    other = laptop(tmp_path, "chofu", council="chofu")
    path = tmp_path / "chofu.dvcid"
    write_identity(other, out=path)
    ident = own_identity(other)
    other.close()
    return path, ident


def test_trusting_a_peer_is_for_the_center_head_in_the_service_and_the_cli(workspace, peer_identity, capsys):
    path, ident = peer_identity
    operators.add_operator(workspace, name="佐藤 次郎", role=Role.STAFF)
    operators.sign_in_by_name(workspace, name="佐藤 次郎")
    with pytest.raises(UserError, match="Only the center head"):
        trust_peer(workspace, identity=ident)
    db = workspace.path
    workspace.close()
    assert main(["--db", str(db), "exchange", "trust", str(path), "--yes", "--operator", "佐藤 次郎"]) == 1
    assert "センター長" in capsys.readouterr().err
    assert main(["--db", str(db), "exchange", "trust", str(path), "--yes", "--operator", "山田 花子"]) == 0
    con = raw_connect(db)
    assert con.execute("SELECT trusted_by FROM exchange_peer").fetchall() == [("山田 花子",)]
    assert operators_of(db, table="exchange_peer") == ["山田 花子"]


def test_trusting_a_peer_in_the_window_as_staff_is_refused_the_same_way(qtbot, workspace, peer_identity, monkeypatch):
    from dvc.i18n import install
    from dvc.ui.desks.head_office.exchange_page import ExchangeDialog
    from dvc.ui.events import EventBus

    install("ja")
    path, _ident = peer_identity
    operators.add_operator(workspace, name="佐藤 次郎", role=Role.STAFF)
    operators.sign_in_by_name(workspace, name="佐藤 次郎")
    warnings = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    dialog = ExchangeDialog(workspace, EventBus())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    from PySide6.QtTest import QTest

    QTest.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # the 交換先 tab, as a keyboard does
    assert dialog.tabs.currentWidget() is dialog.peers
    QTest.keyClick(dialog.peers.trust_button, Qt.Key.Key_Space)
    assert warnings and "センター長" in warnings[0]
    with workspace.session() as s:
        assert s.exec(select(Peer)).all() == []


def test_reversing_a_conflict_and_restoring_a_backup_need_their_roles(workspace, tmp_path, capsys):
    from dvc.services.exchange.conflicts import reverse_conflict
    from dvc.services.safekeeping.backup import make_backup

    import uuid

    operators.add_operator(workspace, name="佐藤 次郎", role=Role.STAFF)
    operators.sign_in_by_name(workspace, name="佐藤 次郎")
    with pytest.raises(UserError, match="desk lead"):
        reverse_conflict(workspace, conflict_id=uuid.uuid4())
    copy = make_backup(workspace, out=tmp_path / "copy.db").path
    db = workspace.path
    workspace.close()
    assert main(["--db", str(db), "restore", str(copy), "--yes", "--operator", "佐藤 次郎"]) == 1
    assert "センター長" in capsys.readouterr().err
    assert main(["--db", str(db), "restore", str(copy), "--yes"]) == 1
    assert "サインイン" in capsys.readouterr().err
    assert main(["--db", str(db), "restore", str(copy), "--yes", "--operator", "山田 花子"]) == 0
    assert operators_of(db, action="restore", table="") == ["山田 花子"]
