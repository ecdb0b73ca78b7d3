"""The open and save dialogs in Japanese: Qt's own translation lacks a few of their words (issue 18)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QTreeView

from dvc.ui.desks.reception.import_dialog import ImportDialog
from dvc.ui.events import EventBus
from tests.ui.conftest import show_active
from tests.ui.window_keys import give_up_after, press, when_shown

SHOTS = Path("/tmp/walkin/shots")


def test_the_file_dialog_speaks_japanese(qtbot, workspace, tmp_path, monkeypatch):
    (tmp_path / "名簿").mkdir()
    monkeypatch.setattr(Path, "home", lambda: tmp_path)
    dialog = show_active(qtbot, ImportDialog(workspace, EventBus()))
    seen: dict = {}

    def look(chooser: QFileDialog) -> None:
        chooser.setDirectory(str(tmp_path))
        view = chooser.findChild(QTreeView, "treeView")
        qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) > 0)
        model, root = view.model(), view.rootIndex()
        seen["labels"] = [w.text() for w in chooser.findChildren(QLabel) if w.isVisible()]
        seen["types"] = [model.index(r, 2, root).data() for r in range(model.rowCount(root))]
        SHOTS.mkdir(parents=True, exist_ok=True)
        chooser.grab().save(str(SHOTS / "file-dialog.png"))
        press(Qt.Key.Key_Escape)

    when_shown(lambda: next((w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)), None), look)
    give_up_after(8000, dialog)
    dialog.choose_file()
    english = [text for text in seen["labels"] if re.search(r"[A-Za-z]{3}", text.replace("&", ""))]
    assert english == []
    assert "場所(&L)：" in seen["labels"] and "ファイルの種類(&T)：" in seen["labels"]
    assert seen["types"] == ["フォルダ"]
