"""A drill day made once per test run and copied for each test (a 400-person drill takes a few seconds)."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from dvc.services.drill.scenario import DrillSpec, create_drill
from dvc.services.core.workspace import open_workspace

DAY = date(2025, 7, 10)


@pytest.fixture(scope="session")
def drill_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("drill") / "drill.db"
    create_drill(path, DrillSpec(volunteers=400, needs=120, checked_in=150, seed=3, day=DAY))
    return path


@pytest.fixture
def drill_path(drill_template, tmp_path):
    path = tmp_path / "drill.db"
    shutil.copy(drill_template, path)
    return path


@pytest.fixture
def drill_ws(drill_path):
    ws = open_workspace(drill_path)
    ws.operator = "訓練 管理者"
    yield ws
    ws.close()


@pytest.fixture
def ja():
    from dvc import i18n

    i18n.install("ja")
    return i18n.translate
