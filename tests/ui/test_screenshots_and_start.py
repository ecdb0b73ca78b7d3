"""Pictures of every screen, the drill made on first use, the Japanese font."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from dvc.printing.fonts import find_japanese_font
from dvc.services.drill.scenario import DrillSpec, create_drill
from dvc.services.core.workspace import open_workspace
from dvc.ui.desks import DESKS
from dvc.ui.fonts import apply_japanese_font
from dvc.ui.screenshots import save_screenshots


def test_a_screenshot_of_every_desk_and_dialog(tmp_path):
    drill_db = tmp_path / "drill.db"
    create_drill(drill_db, DrillSpec(volunteers=40, needs=12, seed=3))
    before = drill_db.read_bytes()
    files = save_screenshots(db_path=drill_db, outdir=tmp_path / "shots")
    names = [f.name for f in files]
    assert names[: len(DESKS)] == [f"{i:02d}-{d.key}.png" for i, d in enumerate(DESKS, start=1)]
    assert names[len(DESKS):len(DESKS) + 2] == ["07-settings.png", "08-first-run.png"]
    # The dialogs and answers the manual explains, each reached as staff reach it.
    for scene in ("sign-in", "reception-checked-in", "reception-check-out", "registration", "group-registration",
                  "needs-detail", "need-form", "need-survey", "matching-proposed", "equipment-lend", "equipment-return", "reports",
                  "exchange", "audit-log"):
        assert f"{scene}.png" in names, scene
    assert len(set(names)) == len(names)
    # The scenes checked someone in and lent tools on a copy: the database itself is as it was.
    assert drill_db.read_bytes() == before
    desk_picture = QImage(str(files[0]))
    assert (desk_picture.width(), desk_picture.height()) == (1366, 768)
    for f in files:
        assert not QImage(str(f)).isNull()
    # The database is closed again: another program may open it.
    open_workspace(drill_db).close()


def test_drill_is_made_on_first_use(qtbot, tmp_path):
    from dvc.ui.startup import open_for_gui

    path = tmp_path / "drill.db"
    ws = open_for_gui(db_path=path, drill=True, explicit_path=False)
    try:
        assert ws is not None and ws.identity.drill
        from dvc.services.reception.roster import count_volunteers

        assert count_volunteers(ws) == 300
    finally:
        ws.close()


def test_japanese_font_is_found_and_used():
    font = find_japanese_font()
    assert font is not None and font.path.is_file()
    family = apply_japanese_font(QApplication.instance())
    assert family and QApplication.font().family() == family


def test_font_override(monkeypatch, tmp_path):
    from dvc.printing import fonts

    custom = tmp_path / "mine.ttf"
    custom.write_bytes(b"")
    monkeypatch.setenv(fonts.ENV_FONT, str(custom))
    assert fonts.find_japanese_font().path == custom
    monkeypatch.setenv(fonts.ENV_FONT, str(tmp_path / "missing.ttf"))
    assert fonts.find_japanese_font().path != custom
