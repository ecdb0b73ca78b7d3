from dvc.services.safekeeping import backup
from dvc.store.tables import Volunteer
from dvc.ui.auto_backup import AutoBackup
from dvc.ui.widgets.status_line import StatusLine


def test_backs_up_only_when_something_changed_and_shows_it(qtbot, workspace):
    bar = StatusLine(workspace)
    qtbot.addWidget(bar)
    assert "なし" in bar.backup.text() or "none" in bar.backup.text()
    auto = AutoBackup(workspace)
    auto.done.connect(bar.show_backup)
    with qtbot.waitSignal(auto.done):
        assert auto.backup_if_changed()  # the first copy of the day
    assert not auto.backup_if_changed()  # nothing changed since
    with workspace.transaction() as s:
        (code,) = workspace.new_codes(s, "V")
        s.add(Volunteer(code=code, name="新しい 人", kana="あたらしい ひと"))
    assert auto.backup_if_changed()
    assert len(list(backup.backup_dir(workspace.path).glob("*-auto-*.db"))) == 2
    assert bar.backup.styleSheet() == ""


def test_a_failed_backup_shows_red_without_stopping_the_desk(qtbot, workspace, monkeypatch):
    bar = StatusLine(workspace)
    qtbot.addWidget(bar)
    auto = AutoBackup(workspace)
    auto.done.connect(bar.show_backup)
    monkeypatch.setattr(backup, "copy_database", lambda *a, **k: (_ for _ in ()).throw(OSError("disk full")))
    with qtbot.waitSignal(auto.done):
        assert not auto.backup_if_changed()
    assert "b00020" in bar.backup.styleSheet()
    assert "disk full" in bar.backup.toolTip()
