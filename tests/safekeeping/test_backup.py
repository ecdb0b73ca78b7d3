from tests.rawdb import raw_connect
from datetime import timedelta

import pytest
from sqlmodel import select

from dvc.domain.messages import UserError
from dvc.domain.timeutil import utcnow
from dvc.services.safekeeping import backup
from dvc.services.core.workspace import open_workspace
from dvc.store.tables import Volunteer


@pytest.fixture(autouse=True)
def signed_in(monkeypatch):
    """Commands that change data sign in; scripts name their operator in DVC_OPERATOR."""
    monkeypatch.setenv("DVC_OPERATOR", "山田 花子")


def add_volunteer(ws, name="小金井 花子"):
    with ws.transaction() as s:
        (code,) = ws.new_codes(s, "V")
        s.add(Volunteer(code=code, name=name, kana="こがねい はなこ"))
    return code


def test_backup_is_a_checked_self_contained_copy_with_uncheckpointed_changes(workspace):
    code = add_volunteer(workspace)
    result = backup.make_backup(workspace)
    assert result.path.parent == workspace.path.parent / "backups"
    con = raw_connect(result.path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT code FROM volunteer").fetchall() == [(code,)]
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    con.close()
    assert not list(result.path.parent.glob("*.partial"))


def test_automatic_backups_rotate(workspace):
    for _ in range(5):
        backup.make_backup(workspace, reason=backup.AUTO_PREFIX)
    removed = backup.rotate(backup.backup_dir(workspace.path), workspace.path.stem, keep=2)
    assert len(removed) == 3
    assert len(list(backup.backup_dir(workspace.path).glob("*-auto-*.db"))) == 2


def test_second_location_gets_a_copy_and_a_missing_stick_is_not_fatal(workspace, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    backup.set_second_location(workspace, str(stick))
    result = backup.make_backup(workspace)
    assert result.second_copy is not None and result.second_copy.exists()
    backup.set_second_location(workspace, str(tmp_path / "pulled-out"))
    result = backup.make_backup(workspace)
    assert result.path.exists() and result.second_copy is None and result.second_copy_error


def test_last_backup_and_staleness(workspace):
    assert backup.last_backup(workspace.path) is None
    assert backup.backup_is_stale(workspace.path)
    backup.make_backup(workspace)
    assert not backup.backup_is_stale(workspace.path)
    assert backup.backup_is_stale(workspace.path, now=utcnow() + timedelta(hours=2))


def test_restore_puts_the_backup_back_and_keeps_the_current_aside(workspace):
    first = add_volunteer(workspace, "最初の人")
    saved = backup.make_backup(workspace).path
    add_volunteer(workspace, "後の人")
    path = workspace.path
    workspace.close()
    aside = backup.restore(saved, path)
    with open_workspace(path) as ws, ws.session() as s:
        assert [v.code for v in s.exec(select(Volunteer)).all()] == [first]
    con = raw_connect(aside)
    assert len(con.execute("SELECT * FROM volunteer").fetchall()) == 2
    con.close()


def test_restore_refuses_while_the_database_is_open(workspace):
    saved = backup.make_backup(workspace).path
    with pytest.raises(UserError) as err:
        backup.restore(saved, workspace.path)
    assert "another dvc" in str(err.value)


@pytest.mark.parametrize("content", [b"", b"hello, not a database", b"SQLite format 3\x00" + b"\x00" * 100])
def test_restore_refuses_what_is_not_a_dvc_database(workspace, tmp_path, content):
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(content)
    path = workspace.path
    before = path.read_bytes()
    workspace.close()
    with pytest.raises(UserError):
        backup.restore(bogus, path)
    assert path.read_bytes() == before


def test_restore_refuses_a_database_from_a_newer_dvc(workspace, tmp_path):
    saved = backup.make_backup(workspace).path
    con = raw_connect(saved)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    workspace.close()
    with pytest.raises(UserError) as err:
        backup.restore(saved, workspace.path)
    assert "newer" in str(err.value)


def test_a_plain_sqlite_file_is_not_a_dvc_database(workspace, tmp_path):
    other = tmp_path / "other.db"
    con = raw_connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    workspace.close()
    with pytest.raises(UserError):
        backup.restore(other, workspace.path)


def test_cli_backup_and_restore(workspace, tmp_path, capsys):
    import json

    from dvc.cli import main

    path = workspace.path
    code = add_volunteer(workspace)
    workspace.close()
    out = tmp_path / "copy.db"
    assert main(["--db", str(path), "backup", "--out", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["path"] == str(out)
    assert main(["--db", str(path), "restore", str(out)]) == 1  # no terminal: must say --yes
    assert "--yes" in capsys.readouterr().err
    assert main(["--db", str(path), "restore", str(out), "--yes", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["kept_aside"]
    with open_workspace(path) as ws, ws.session() as s:
        assert [v.code for v in s.exec(select(Volunteer)).all()] == [code]
