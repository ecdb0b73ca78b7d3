import sys

from PySide6.QtWidgets import QMessageBox

from dvc.services.core.logs import log_path
from dvc.ui import crash


def test_unexpected_error_is_logged_and_shown_in_japanese(qapp, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash.install()
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())
    assert "ZeroDivisionError: boom" in log_path().read_text(encoding="utf-8")
    assert "Traceback" in log_path().read_text(encoding="utf-8")
    ((title, text),) = shown
    assert "予期しない" in title
    assert "保存" in text and str(log_path()) in text
