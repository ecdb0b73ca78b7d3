"""Center mode on screen: real laptops of one center (database copies with their own numbers), a real hub process
on loopback, this test's MainWindow as one desk and, where a test needs it, another desk as its own process."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.center.laptops import HEAD, copy_as_laptop, dvc, start_hub


@dataclass
class Center:
    folder: Path
    one: Path  # laptop 1, the hub's laptop
    two: Path  # laptop 2, joined
    hub: dict  # what `dvc hub start --json` said


def make_laptops(folder: Path, volunteers: int = 120) -> tuple[Path, Path]:
    from dvc.services.drill.scenario import DrillSpec, create_drill

    one, two = folder / "desk1.db", folder / "desk2.db"
    create_drill(one, DrillSpec(volunteers=volunteers, needs=10, checked_in=5, seed=5), replace=True)
    copy_as_laptop(one, two, 2)
    return one, two


@pytest.fixture
def center(tmp_path):
    one, two = make_laptops(tmp_path)
    hub = start_hub(one)
    dvc("--db", str(two), "join", hub["address"], "--code", hub["join_code"], "--operator", HEAD, "--no-sync")
    yield Center(tmp_path, one, two, hub)
    dvc("--db", str(one), "hub", "stop", "--operator", HEAD, check=False)


def open_desk(path: Path, *, head: bool = True):  # noqa: ANN201
    """The desk's database as the app opens it, with the drill's center head (or nobody) signed in."""
    from dvc.services.core.workspace import open_workspace
    from dvc.services.staff import operators

    ws = open_workspace(path)
    if head:
        operators.sign_in_by_name(ws, name=HEAD)
    return ws


def shown(qtbot, widget: QWidget, size: tuple[int, int] | None = None) -> QWidget:
    """On screen and with the keyboard, as a window a person works in."""
    qtbot.addWidget(widget)
    if size:
        widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key where the keyboard is, as a person or a scanner presses it."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard"
    QTest.keyClick(widget, key, modifier)


def type_keys(text: str) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard"
    QTest.keyClicks(widget, text)


ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
