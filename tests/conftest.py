"""Shared test set-up: no display, no user folders, a fresh database file per test."""

from __future__ import annotations

import os

# Before anything imports Qt: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Center mode in tests: hubs listen on loopback only and nothing is announced on the LAN (processes the tests
# start inherit both).
os.environ.setdefault("DVC_DISCOVERY", "off")
os.environ.setdefault("DVC_HUB_LISTEN", "127.0.0.1:0")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep every test away from the real user data, config and language."""
    data = tmp_path / "data"
    monkeypatch.setenv("DVC_DATA_DIR", str(data))
    monkeypatch.setenv("DVC_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("DVC_DB", raising=False)
    monkeypatch.setenv("DVC_LANG", "ja")
    return data


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "center.db"


@pytest.fixture
def workspace(db_path: Path):
    """A fresh real (not drill) Koganei database, open for the test."""
    from dvc.services.core.setup import create_database

    ws = create_database(db_path, council="koganei", operator_name="山田 花子")
    ws.operator = "山田 花子"
    yield ws
    ws.close()
