"""Two councils and a second laptop of our own, trusting each other."""

from __future__ import annotations

import pytest

from tests.exchange.helpers import befriend, laptop


@pytest.fixture
def koganei(tmp_path):
    ws = laptop(tmp_path, "koganei1")
    yield ws
    ws.close()


@pytest.fixture
def koganei2(tmp_path):
    ws = laptop(tmp_path, "koganei2", device=2)
    yield ws
    ws.close()


@pytest.fixture
def mitaka(tmp_path):
    ws = laptop(tmp_path, "mitaka1", council="mitaka")
    yield ws
    ws.close()


@pytest.fixture
def friends(koganei, koganei2, mitaka):
    befriend(koganei, koganei2, mitaka)
    return koganei, koganei2, mitaka
