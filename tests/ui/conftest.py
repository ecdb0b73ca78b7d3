"""GUI test set-up: Japanese translations and font in the test QApplication, windows on small databases."""

from __future__ import annotations

from pathlib import Path

import pytest

from dvc.services.core.setup import create_database
from tests.services.seed import seed


@pytest.fixture(autouse=True)
def japanese_app(qapp):
    """The screens as the desks see them: Japanese text, a Japanese font."""
    from dvc import i18n
    from dvc.ui.fonts import apply_japanese_font

    i18n.install("ja")
    apply_japanese_font(qapp)
    return qapp


@pytest.fixture
def drill_db(tmp_path: Path) -> Path:
    """A small drill database with hand-made rows, closed so a test can open it."""
    path = tmp_path / "drill.db"
    with create_database(path, council="koganei", drill=True, operator_name="訓練 太郎") as ws:
        seed(ws)
    return path


@pytest.fixture
def drill_workspace(drill_db: Path):
    from dvc.services.core.workspace import open_workspace

    ws = open_workspace(drill_db)
    yield ws
    ws.close()


def show_active(qtbot, widget):
    """Show ``widget`` as its own window and wait until it has the keyboard, as a dialog opened by a person."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def show_window(qtbot, ws):
    from dvc.ui.main_window import MainWindow

    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def drill_window(qtbot, drill_workspace):
    return show_window(qtbot, drill_workspace)


@pytest.fixture
def real_window(qtbot, workspace):
    return show_window(qtbot, workspace)
