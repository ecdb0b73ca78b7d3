"""Two councils and a second laptop of our own, trusting each other.

Creating a database runs every migration (about a second); the three laptops
are made once per test session and each test gets fresh copies of the files.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dvc.services.core.workspace import open_workspace
from tests.exchange.helpers import act_as_center_head, befriend, laptop

LAPTOPS = {"koganei1": ("koganei", 1), "koganei2": ("koganei", 2), "mitaka1": ("mitaka", 1)}


@pytest.fixture(scope="session")
def laptop_templates(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("laptops")
    made = [laptop(folder, name, council=council, device=device) for name, (council, device) in LAPTOPS.items()]
    befriend(*made)
    for ws in made:
        ws.close()
    return folder


def fresh(templates: Path, tmp_path: Path, name: str):
    target = tmp_path / f"{name}.db"
    shutil.copyfile(templates / f"{name}.db", target)
    ws = open_workspace(target)
    act_as_center_head(ws, f"{name} 担当")
    return ws


@pytest.fixture
def koganei(laptop_templates, tmp_path):
    ws = fresh(laptop_templates, tmp_path, "koganei1")
    yield ws
    ws.close()


@pytest.fixture
def koganei2(laptop_templates, tmp_path):
    ws = fresh(laptop_templates, tmp_path, "koganei2")
    yield ws
    ws.close()


@pytest.fixture
def mitaka(laptop_templates, tmp_path):
    ws = fresh(laptop_templates, tmp_path, "mitaka1")
    yield ws
    ws.close()


@pytest.fixture
def friends(koganei, koganei2, mitaka):
    return koganei, koganei2, mitaka
