"""A drill day for the matching desk: people checked in, needs waiting; made once, copied for each test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from dvc.services.drill.scenario import DrillSpec, create_drill
from tests.ui.conftest import show_window

SPEC = DrillSpec(volunteers=120, needs=60, checked_in=40, seed=7)  # groups, full teams, short needs


@pytest.fixture(scope="session")
def matching_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("matching") / "template.db"
    create_drill(path, SPEC)
    return path


@pytest.fixture
def matching_ws(matching_template: Path, tmp_path: Path):
    from dvc.services.core.workspace import open_workspace

    path = tmp_path / "drill.db"
    shutil.copy(matching_template, path)
    ws = open_workspace(path)
    yield ws
    ws.close()


@pytest.fixture
def matching_page(qtbot, matching_ws):
    """The real main window on the matching desk (F3), as staff reach it."""
    window = show_window(qtbot, matching_ws)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F3)
    page = window.page("matching")
    assert window.current_page() is page
    return page
