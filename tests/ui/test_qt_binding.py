"""The Qt binding itself: PySide6 6.12.0 on Python 3.11 drops a reference to True on every
Signal.emit, and a long day at a desk then dies with "bool_dealloc". pyproject excludes it;
this test fails loudly if such a build is installed again."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(int)


def test_emitting_signals_keeps_python_bools_alive():
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(1000):
        emitter.fired.emit(1)
    assert sys.getrefcount(True) - before > -100, "this PySide6 build leaks bool references: use another version"
