"""Shared test set-up: no display, no user folders, a fresh database file per test."""

from __future__ import annotations

import os

# Before anything imports Qt: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# This Linux has no desktop keyring: a council's database key is kept under a start-up passphrase
# (session fixtures, made before any monkeypatch, need it too).
TEST_START_PASSPHRASE = "test-start-passphrase"
os.environ["DVC_PASSPHRASE"] = TEST_START_PASSPHRASE
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
    monkeypatch.setenv("DVC_PASSPHRASE", TEST_START_PASSPHRASE)
    return data


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "center.db"


@pytest.fixture
def workspace(db_path: Path):
    """A fresh real (not drill) Koganei database, open for the test."""
    from dvc.services.core.setup import create_database

    from dvc.services.staff.operators import sign_in_by_name

    ws = create_database(db_path, council="koganei", operator_name="山田 花子")
    sign_in_by_name(ws, name="山田 花子")  # the center head, as the first-run dialog leaves it
    yield ws
    ws.close()
