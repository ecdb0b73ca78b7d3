"""Issue 15 item 2: the audit trail is evidence — append-only across exchange, one hash chain per laptop that
no other laptop can extend, and `dvc audit verify` finds entries removed or changed straight in the file."""

from __future__ import annotations

import json

import pytest
from sqlmodel import select

from dvc.cli import main
from dvc.services.exchange.bundle_export import export_bundle
from dvc.services.exchange.bundle_import import import_bundle
from dvc.services.exchange.audit_verify import problems, verify_audit
from dvc.store.audit_chain import ChainWriter, Entry, head
from dvc.store.tables import AuditEvent, Need, Volunteer
from tests.exchange.conftest import friends, koganei, koganei2, laptop_templates, mitaka  # noqa: F401 (fixtures)
from tests.exchange.helpers import befriend, laptop, send
from tests.rawdb import raw_connect
from tests.services.seed import seed


def raw(ws):
    """A connection to the file as a database tool would open it (with the key: someone who has it edits the file)."""
    ws.db.engine.dispose()
    return raw_connect(ws.path)


def test_an_entry_changed_on_another_laptop_is_refused_not_merged(friends, tmp_path):
    koganei, koganei2, _ = friends
    seed(koganei)
    send(koganei, koganei2, tmp_path)
    with koganei.session() as s:
        entry = s.exec(select(AuditEvent).where(AuditEvent.table_name == "volunteer")).first()
    # Laptop 2 rewrites laptop 1's entry (who, what, a tombstone) with a newer stamp, as newest-wins would take it.
    with koganei2.transaction() as s:
        conn = s.connection().connection.driver_connection
        conn.execute("UPDATE audit_event SET operator_name = 'センター長', after = '{}', deleted = 1, updated_at = ? "
                     "WHERE id = ?", (str(koganei2.db.clock.now()), entry.id.hex))
    out = tmp_path / "rewritten.dvcx"
    export_bundle(koganei2, peer="koganei", out=out, full=True)
    result = import_bundle(koganei, path=out)
    assert result.tables["audit_event"].updated == 0
    assert [c.reason for c in result.refusals] == ["audit_changed"]
    with koganei.session() as s:
        kept = s.get(AuditEvent, entry.id)
    assert (kept.operator_name, kept.deleted, kept.after) == (entry.operator_name, False, entry.after)


def test_a_laptop_cannot_extend_another_laptops_chain(friends, tmp_path):
    koganei, koganei2, _ = friends
    third = laptop(tmp_path, "koganei3", device=3)
    try:
        befriend(koganei, koganei2, third)
        seed(third)
        send(third, koganei2, tmp_path)  # laptop 2 now holds laptop 3's entries, sealed by laptop 3
        node = third.db.clock.node
        # Laptop 2 makes up entries of laptop 3 that continue its chain hash for hash, and seals them with
        # its own key (it has no other).
        with koganei2.transaction() as s:
            conn = s.connection().connection.driver_connection
            writer = ChainWriter(conn, device_id=node, origin="koganei", device_number=3, stamp=koganei2.db.clock.now)
            writer.append([Entry(action="update", operator_name="センター長", operator_id=None, table_name="need",
                                 after={"status": "cancelled"})])
        from dvc.services.exchange import audit_seal

        seq, hash_ = head(raw(koganei2), node)
        with koganei2.transaction() as s:
            conn = s.connection().connection.driver_connection
            keys = audit_seal.ensure_keys(koganei2)
            ChainWriter(conn, device_id=node, origin="koganei", device_number=3, stamp=koganei2.db.clock.now).append(
                [Entry(action="seal", operator_name="", operator_id=None, after={
                    "seq": seq, "hash": hash_, "key": keys.public_signing(),
                    "signature": audit_seal.b64(keys.signing.sign(audit_seal.seal_message(node, seq, hash_))),
                })])
        out = tmp_path / "relayed.dvcx"
        export_bundle(koganei2, peer="koganei", out=out, full=True)
        result = import_bundle(koganei, path=out)
        assert [(c.reason, c.detail) for c in result.refusals] == [("audit_chain", "seal")]
        with koganei.session() as s:
            theirs = s.exec(select(AuditEvent).where(AuditEvent.device_id == node)).all()
        assert theirs and not any(e.operator_name == "センター長" for e in theirs)  # the real ones came in
        assert verify_audit(koganei).ok
    finally:
        third.close()


def test_entries_claiming_to_be_the_receivers_own_are_refused(friends, tmp_path):
    koganei, koganei2, _ = friends
    seed(koganei)
    send(koganei, koganei2, tmp_path)
    with koganei2.transaction() as s:
        conn = s.connection().connection.driver_connection
        ChainWriter(conn, device_id=koganei.db.clock.node, origin="koganei", device_number=1,
                    stamp=koganei2.db.clock.now).append([Entry(action="delete", operator_name="センター長",
                                                               operator_id=None, table_name="volunteer")])
    out = tmp_path / "claims.dvcx"
    export_bundle(koganei2, peer="koganei", out=out, full=True)
    assert [c.reason for c in import_bundle(koganei, path=out).refusals] == ["audit_ours"]


@pytest.mark.parametrize("tamper,problem", [
    ("DELETE FROM audit_event WHERE seq = 3", "gap"),
    ("UPDATE audit_event SET operator_name = 'センター長' WHERE seq = 2", "hash"),
    ("UPDATE audit_event SET after = json_set(after, '$.name', '別人') WHERE seq = 4", "content"),
])
def test_verify_finds_entries_removed_or_changed_in_the_file(workspace, tmp_path, capsys, tamper, problem):
    seed(workspace)
    assert verify_audit(workspace).ok
    con = raw(workspace)
    with con:
        con.execute(tamper)
    con.close()
    result = verify_audit(workspace)
    assert not result.ok
    assert problem in [b.problem for c in result.chains for b in c.breaks]
    path = workspace.path
    workspace.close()
    assert main(["--db", str(path), "audit", "verify"]) == 1
    err = capsys.readouterr().err
    assert "操作の記録" in err and "Traceback" not in err


def test_verify_finds_a_record_deleted_straight_from_the_file(workspace, capsys):
    people = seed(workspace).volunteers
    con = raw(workspace)
    with con:
        con.execute("DELETE FROM attendance WHERE volunteer_id = ?", (people["鈴木 花子"].id.hex,))
        con.execute("DELETE FROM volunteer WHERE id = ?", (people["鈴木 花子"].id.hex,))
    con.close()
    result = verify_audit(workspace)
    assert result.missing == {"attendance": 1, "volunteer": 1}
    path = workspace.path
    workspace.close()
    assert main(["--db", str(path), "audit", "verify"]) == 1
    assert "ボランティア" in capsys.readouterr().err


def test_a_whole_trail_verifies_and_the_cli_says_so(workspace, capsys):
    seed(workspace)
    with workspace.transaction() as s:
        need = s.exec(select(Need)).first()
        need.headcount = 9
        s.add(need)
    result = verify_audit(workspace)
    assert result.ok and problems(result) == [] and result.chains[0].entries > 10
    path = workspace.path
    workspace.close()
    assert main(["--db", str(path), "audit", "verify", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True


def test_every_entry_names_the_signed_in_operator_and_purge_keeps_the_chain(workspace):
    people = seed(workspace).volunteers
    with workspace.session() as s:
        entries = s.exec(select(AuditEvent).where(AuditEvent.table_name == "volunteer")).all()
    assert entries and {(e.operator_name, e.operator_id) for e in entries} == {("山田 花子", workspace.operator_id)}
    # The purge empties the values of the entries (personal data); the chain still holds.
    con = raw(workspace)
    with con:
        con.execute("UPDATE audit_event SET before = NULL, after = NULL WHERE record_id = ?",
                    (people["山田 太郎"].id.hex,))
    con.close()
    result = verify_audit(workspace)
    assert result.ok and result.chains[0].redacted >= 1
    with workspace.session() as s:
        assert s.get(Volunteer, people["山田 太郎"].id) is not None


def test_the_head_office_screen_shows_the_check_and_checks_a_long_trail_on_request(qtbot, workspace, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from dvc.i18n import install
    from dvc.ui.desks.head_office import audit_check
    from dvc.ui.desks.head_office.page import HeadOfficePage
    from dvc.ui.events import EventBus

    install("ja")
    seed(workspace)
    monkeypatch.setattr(audit_check, "AUTO_CHECK_ENTRIES", 0)  # as if the trail were months long
    page = HeadOfficePage(workspace, EventBus())
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    assert "長いため" in page.audit.status.text()
    QTest.keyClick(page, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # 「操作の記録を検証(L)」
    qtbot.waitUntil(lambda: "削除や書き換えはありません" in page.audit.status.text())
