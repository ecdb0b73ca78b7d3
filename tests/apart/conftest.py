"""Three laptops of one council (Koganei 1, 2 and 3) that trust each other, for conflicts made apart.

The laptops are made once per session (each database runs every migration) and every test gets fresh
copies. They exchange real signed, encrypted bundles with the export and import services, as a second
reception desk does with `--peer koganei`; the center's replication applies rows through the same import.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.exchange.conftest import fresh
from tests.exchange.helpers import befriend, laptop

LAPTOPS = ("koganei1", "koganei2", "koganei3")


@pytest.fixture(scope="session")
def apart_templates(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("apart-laptops")
    made = [laptop(folder, name, council="koganei", device=n) for n, name in enumerate(LAPTOPS, start=1)]
    befriend(*made)
    for ws in made:
        ws.close()
    return folder


def _fresh(templates: Path, tmp_path: Path, name: str):
    ws = fresh(templates, tmp_path, name)
    ws.operator = f"{name[-1]}号機 担当"
    return ws


@pytest.fixture
def desks(apart_templates, tmp_path):
    """Laptops 1 and 2."""
    made = [_fresh(apart_templates, tmp_path, name) for name in LAPTOPS[:2]]
    yield made
    for ws in made:
        ws.close()


@pytest.fixture
def third(apart_templates, tmp_path):
    ws = _fresh(apart_templates, tmp_path, LAPTOPS[2])
    yield ws
    ws.close()
