"""Key custody, conversion of plain databases, rekey with the backups, restore with the recovery passphrase."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from sqlmodel import select

from dvc.domain.messages import UserError
from dvc.services.core.setup import create_database
from dvc.services.core.workspace import open_workspace
from dvc.services.keys import custody, key_file, recovery
from dvc.services.safekeeping import backup
from dvc.services.safekeeping.recovery_sheet import new_recovery_key
from dvc.store import cipher
from dvc.store.tables import Setting, Volunteer
from tests.rawdb import raw_connect

NAME = "小金井 花子"


def add_volunteer(ws, name=NAME):  # noqa: ANN001, ANN201
    with ws.transaction() as s:
        (code,) = ws.new_codes(s, "V")
        s.add(Volunteer(code=code, name=name, kana="こがねい はなこ", phone="090-1234-5678"))
    return code


def as_head(ws):  # noqa: ANN001, ANN201
    ws.operator, ws.operator_role = "山田 花子", "center_head"
    return ws


def plain_council_database(path):  # noqa: ANN001
    """A council's database as a dvc before encryption left it: plain SQLite, with a plain backup beside it."""
    with create_database(path, council="koganei", drill=True, operator_name="山田 花子") as ws:
        add_volunteer(ws)
    con = sqlite3.connect(path)
    con.execute("UPDATE setting SET value = '0' WHERE key = 'drill'")
    con.commit()
    con.close()
    folder = path.parent / "backups"
    folder.mkdir(exist_ok=True)
    shutil.copy(path, folder / f"{path.stem}-auto-20261201T000000000000Z.db")


def test_a_plain_council_database_is_encrypted_on_first_open_and_no_plain_copy_is_left(tmp_path):
    path = tmp_path / "center.db"
    plain_council_database(path)
    assert NAME.encode() in path.read_bytes()
    with open_workspace(path) as ws:
        assert ws.db.encrypted
        with ws.session() as s:
            assert list(s.exec(select(Volunteer.name))) == [NAME]
    assert cipher.is_encrypted(path) and NAME.encode() not in path.read_bytes()
    copies = list((tmp_path / "backups").glob("*.db"))
    # The checked plain copy made for the conversion is gone; the older automatic one is encrypted in place.
    assert [c.name for c in copies] == ["center-auto-20261201T000000000000Z.db"]
    assert all(cipher.is_encrypted(c) and NAME.encode() not in c.read_bytes() for c in copies)
    assert key_file.key_file_path(path).exists()
    with open_workspace(path) as ws:  # the next start finds it encrypted and converts nothing
        assert ws.db.encrypted


def test_a_plain_copy_left_by_a_power_cut_is_encrypted_at_the_next_start(workspace, tmp_path):
    add_volunteer(workspace)
    path = workspace.path
    workspace.close()
    leftover = tmp_path / "backups" / f"{path.stem}-before-encryption-20261201T000000000000Z.db"
    leftover.parent.mkdir(exist_ok=True)
    con = raw_connect(path)
    con.execute("ATTACH DATABASE ? AS plain KEY ''", (str(leftover),))
    con.execute("SELECT sqlcipher_export('plain')")
    con.close()
    assert NAME.encode() in leftover.read_bytes()
    open_workspace(path).close()
    assert cipher.is_encrypted(leftover) and NAME.encode() not in leftover.read_bytes()


def test_the_drill_database_stays_plain(drill_db_path):
    assert drill_db_path.read_bytes()[:16] == cipher.PLAIN_HEADER
    with open_workspace(drill_db_path) as ws:
        assert not ws.db.encrypted


@pytest.fixture
def drill_db_path(tmp_path):  # noqa: ANN201
    path = tmp_path / "drill.db"
    with create_database(path, council="koganei", drill=True, operator_name="訓練 太郎"):
        pass
    return path


def test_without_the_key_the_file_is_refused_with_a_clear_message_and_left_alone(workspace, tmp_path, monkeypatch):
    add_volunteer(workspace)
    workspace.close()
    moved = tmp_path / "moved" / "dvc.db"
    moved.parent.mkdir()
    shutil.copy(workspace.path, moved)
    before = moved.read_bytes()
    cipher.forget(cipher.file_salt(moved))
    monkeypatch.delenv(custody.ENV_PASSPHRASE)
    with pytest.raises(custody.KeyNeeded) as need:
        open_workspace(moved)
    assert "回復シート" in need.value.message(_japanese())
    with pytest.raises(custody.WrongPassphrase):
        custody.unlock(moved, passphrase="not-the-passphrase")
    assert moved.read_bytes() == before


def _japanese():  # noqa: ANN202
    from dvc import i18n

    i18n.install("ja")
    return i18n.translate


def test_exchange_private_keys_are_not_readable_from_a_copied_file(workspace):
    from dvc.services.exchange.identity import KEY_SIGNING, ensure_keys

    ensure_keys(workspace)
    with workspace.session() as s:
        secret = s.exec(select(Setting.value).where(Setting.key == KEY_SIGNING)).one()
    workspace.close()
    copied = workspace.path.read_bytes() + (workspace.path.with_name(workspace.path.name + "-wal").read_bytes()
                                            if workspace.path.with_name(workspace.path.name + "-wal").exists() else b"")
    assert secret.encode() not in copied and KEY_SIGNING.encode() not in copied
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(workspace.path).execute("SELECT value FROM setting").fetchall()


def test_a_new_recovery_sheet_changes_the_key_of_the_database_and_of_its_backups(workspace, tmp_path):
    as_head(workspace)
    stick = tmp_path / "usb"
    stick.mkdir()
    backup.set_second_location(workspace, str(stick))
    add_volunteer(workspace)
    first = backup.make_backup(workspace)
    old = cipher.unlocked(cipher.file_salt(workspace.path))
    made = new_recovery_key(workspace)
    new = recovery.key_for_file(made.passphrase, workspace.path)
    assert made.backups_changed == 2 and made.backups_left == []
    for copy in (workspace.path, first.path, first.second_copy):
        assert cipher.opens(copy, new) and not cipher.opens(copy, old)
    add_volunteer(workspace, "貫井 太郎")  # the open database goes on working under the new key
    second = made_again = new_recovery_key(workspace)
    assert not cipher.opens(first.path, new)
    assert cipher.opens(first.path, recovery.key_for_file(made_again.passphrase, first.path))
    assert second.passphrase != made.passphrase
    with pytest.raises(UserError):
        workspace.operator_role = "staff"
        new_recovery_key(workspace)


def test_restore_of_a_foreign_backup_needs_the_recovery_passphrase(workspace, tmp_path, monkeypatch):
    as_head(workspace)
    code = add_volunteer(workspace)
    made = new_recovery_key(workspace)
    copy = backup.make_backup(workspace, out=tmp_path / "stick" / "center.db").path
    workspace.close()
    cipher.forget(cipher.file_salt(copy))  # as on another laptop
    target = tmp_path / "new-laptop" / "dvc.db"
    with pytest.raises(backup.BackupKeyNeeded):
        backup.restore(copy, target)
    with pytest.raises(UserError) as wrong:
        backup.restore(copy, target, passphrase=recovery.generate())
    assert "開けません" in wrong.value.message(_japanese())
    assert not target.exists()
    # Typed from the sheet as a person might: capitals, full-width, spaces instead of hyphens.
    typed = "　".join(made.passphrase.upper().split("-")).translate({ord(c): ord(c) + 0xFEE0 for c in "ABCDEFGH"})
    backup.restore(copy, target, passphrase=typed)
    cipher.forget(cipher.file_salt(target))
    with open_workspace(target) as ws:  # unlocked by the start-up passphrase the restore sealed the key with
        with ws.session() as s:
            assert s.exec(select(Volunteer.name).where(Volunteer.code == code)).one() == NAME


def test_recovery_passphrases_are_read_however_typed():
    made = recovery.generate()
    assert recovery.clean(made.upper().replace("-", " ")) == made
    assert recovery.clean(made.replace("-", "ー")) == made
    with pytest.raises(UserError):
        recovery.clean(made[:-1])
    with pytest.raises(UserError):
        recovery.clean(made.replace(made[0], "0"))


def test_purge_with_delete_backups_removes_the_encrypted_copies(workspace):
    from dvc.services.safekeeping.privacy import delete_backups

    backup.make_backup(workspace)
    backup.make_backup(workspace, reason=backup.AUTO_PREFIX)
    assert delete_backups(workspace.path) == 2
    assert not list(backup.backup_dir(workspace.path).glob("*.db"))


def test_an_encrypted_database_behind_head_migrates_after_an_encrypted_copy(tmp_path):
    from alembic import command

    from dvc.store import migrate
    from dvc.store.database import make_engine, open_database

    path = tmp_path / "old.db"
    key = cipher.new_key()
    cipher.remember(key)
    engine = make_engine(path, key)
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    assert cipher.is_encrypted(path)
    db = open_database(path)
    try:
        assert migrate.current_revision(db.engine) == migrate.SCHEMA_HEAD
        copy = db.migration_backup
        assert copy is not None and cipher.is_encrypted(copy) and cipher.opens(copy, key)
        con = cipher.connect(copy, key, readonly=True)
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        con.close()
    finally:
        db.close()


@pytest.mark.skipif(not __import__("sys").platform == "win32", reason="Windows DPAPI (the council's laptops)")
def test_dpapi_seals_the_key_for_this_windows_account(workspace):
    from dvc.services.keys import os_store

    key = cipher.unlocked(cipher.file_salt(workspace.path))
    entry = os_store.seal(os_store.DPAPI, key.to_bytes(), "probe")
    assert key.key not in __import__("base64").b64decode(entry["blob"])
    assert os_store.open_sealed(entry) == key.to_bytes()
    assert custody.describe(workspace.path)["held_by"] == ["dpapi"]


def test_every_connection_to_an_encrypted_file_keeps_the_larger_cache(workspace):
    """Decrypted pages are SQLite's own cache: a backup's check with SQLite's 2 MiB took 6x as long (41 s vs 7 s)."""
    assert workspace.db.encrypted
    with workspace.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -cipher.ENCRYPTED_CACHE_KIB
    # The one-off connections: backups, their integrity check, restores, conversion.
    key = cipher.key_for(workspace.path)
    con = cipher.connect(workspace.path, key, readonly=True)
    try:
        assert con.execute("PRAGMA cache_size").fetchone()[0] == -cipher.ENCRYPTED_CACHE_KIB
    finally:
        con.close()
