"""A disk that fills up under check-in, an import, a bundle or the copy before a migration: a calm message, no
traceback, and a database that holds the whole change or none of it and opens again once there is room.

The disk is a real one: a tmpfs of a few megabytes in the test's own mount namespace, filled up but a few
kilobytes (see sandbox.py). Each case runs at several amounts of free space, so the write fails at different
points (opening the -wal, the before-import backup, the transaction, its commit).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from dvc import i18n
from dvc.services.core import storage_errors
from dvc.services.core.setup import create_database
from dvc.store import migrate
from dvc.store.database import make_engine
from tests.recovery.sandbox import needs_namespaces, run_inside
from tests.services.seed import seed

pytestmark = needs_namespaces
DISK_KB = 16384
# No room at all: an encrypted file's first read, which needs a -shm file, fails for the disk, not the key.
QUICK_FREE = (0, 48 * 1024)
VOLUNTEERS_BEFORE_UPDATE = 600
SLOW_FREE = (16 * 1024, 64 * 1024, 96 * 1024, 128 * 1024, 256 * 1024, 512 * 1024)


def calm_messages() -> list[re.Pattern]:
    i18n.install("ja")
    sources = [*storage_errors.MESSAGES.values(), *storage_errors.BEFORE_MIGRATION.values()]
    return [re.compile(re.escape(i18n.translate("errors", s)).replace(re.escape("{folder}"), ".+") + "$", re.S)
            for s in sources]


OPERATOR, DRILL_HEAD = "山田 花子", "訓練 管理者"  # who signs in: the staff list's name in each source database


@pytest.fixture(autouse=True)
def signed_in(monkeypatch):
    """Commands that change data sign in; the worker's dvc reads the name from DVC_OPERATOR, as a script would."""
    monkeypatch.setenv("DVC_OPERATOR", OPERATOR)


def _run(scenario: str, source: Path, tmp_path: Path, free: int, *args: str) -> dict:
    return run_inside(["tests.recovery.full_disk_worker", scenario, str(source), str(tmp_path / "disk"), str(free),
                       *args], tmpfs=tmp_path / "disk", size_kb=DISK_KB)


def _check(result: dict, changed: str, before: int) -> None:
    assert result["traceback"] == "", result["traceback"]
    assert result["rc"] in (0, 1), result
    if result["rc"] == 1:
        assert any(p.match(result["stderr"]) for p in calm_messages()), result["stderr"]
    after = result["after_command"]
    assert after["integrity"] == "ok" and after["leftovers"] == []
    assert after[changed] == (before if result["rc"] == 1 else after[changed]), "half a change"
    assert "reopen_error" not in result, result.get("reopen_error")
    assert result["reopened"]["revision"] == migrate.head_revision()


@pytest.fixture(scope="module")
def checkin_source(tmp_path_factory):
    folder = tmp_path_factory.mktemp("checkin-source")
    ws = create_database(folder / "center.db", council="koganei", operator_name=OPERATOR)
    seeded = seed(ws)
    code = seeded.volunteers["髙橋 美咲"].code  # registered, not here yet today
    ws.close()
    return folder, code


@pytest.mark.parametrize("free", QUICK_FREE)
def test_check_in_on_a_full_disk(checkin_source, tmp_path, free):
    source, code = checkin_source
    result = _run("checkin", source, tmp_path, free, code)
    _check(result, "attendance", 3)
    if free <= 48 * 1024:
        assert result["rc"] == 1  # the disk really was full


@pytest.fixture(scope="module")
def import_source(tmp_path_factory):
    folder = tmp_path_factory.mktemp("import-source")
    create_database(folder / "center.db", council="koganei", operator_name=OPERATOR).close()
    rows = ["氏名,ふりがな,生年月日,電話番号"]
    rows += [f"試験 太郎{n},しけん たろう,{1950 + n % 50}-{n % 12 + 1:02d}-{n % 28 + 1:02d},090-{1000 + n}-{n:04d}"
             for n in range(400)]
    (folder / "pre.csv").write_text("\n".join(rows), encoding="utf-8")
    return folder


@pytest.mark.parametrize("free", QUICK_FREE)
def test_volunteer_import_on_a_full_disk(import_source, tmp_path, free):
    result = _run("volunteers", import_source, tmp_path, free, str(import_source / "pre.csv"))
    _check(result, "volunteer", 0)
    assert result["after_command"]["volunteer"] in (0, 400)


@pytest.fixture(scope="module")
def bundle_source(tmp_path_factory):
    from dvc.services.exchange.bundle_export import export_bundle
    from dvc.domain.vocab import Role
    from dvc.services.staff.operators import add_operator
    from tests.exchange.helpers import befriend, laptop

    folder = tmp_path_factory.mktemp("bundle-source")
    sender, receiver = laptop(folder, "sender"), laptop(folder, "center", device=2)
    befriend(sender, receiver)
    add_operator(receiver, name=OPERATOR, role=Role.CENTER_HEAD)  # the receiver's staff list: who imports
    seed(sender)
    export_bundle(sender, peer="koganei", out=folder / "day.dvcx", full=True)
    sender.close()
    receiver.close()
    return folder


@pytest.mark.parametrize("free", QUICK_FREE)
def test_bundle_import_on_a_full_disk(bundle_source, tmp_path, free):
    result = _run("exchange", bundle_source, tmp_path, free, str(bundle_source / "day.dvcx"))
    _check(result, "exchange_bundle", 0)
    assert result["after_command"]["volunteer"] in (0, 5)


@pytest.fixture(scope="module")
def old_schema_source(tmp_path_factory):
    """A council's database as dvc at schema 0004 left it, with enough people that the update needs room."""
    from alembic import command

    from dvc.services.drill.scenario import DrillSpec, create_drill

    folder = tmp_path_factory.mktemp("old-schema-source")
    create_drill(folder / "center.db", DrillSpec(volunteers=VOLUNTEERS_BEFORE_UPDATE, needs=50, seed=3))
    shutil.rmtree(folder / "backups", ignore_errors=True)
    engine = make_engine(folder / "center.db")
    cfg = migrate.alembic_config()
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")  # the downgrade rebuilds tables others point at
        # The change feed's triggers are made at each open, not by a migration: a dvc of 0004 had none.
        for (name,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
        conn.commit()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
    engine.dispose()
    return folder


@pytest.mark.parametrize("free", QUICK_FREE)
def test_opening_an_older_database_on_a_full_disk(old_schema_source, tmp_path, free, monkeypatch):
    monkeypatch.setenv("DVC_OPERATOR", DRILL_HEAD)
    result = _run("open", old_schema_source, tmp_path, free)
    _check(result, "volunteer", VOLUNTEERS_BEFORE_UPDATE)
    assert result["after_command"]["revision"] in ("0004", migrate.head_revision())


@pytest.mark.slow
@pytest.mark.parametrize("free", SLOW_FREE)
@pytest.mark.parametrize("case", ["checkin", "volunteers", "exchange", "open"])
def test_every_case_at_more_amounts_of_free_space(case, free, request, tmp_path):
    test = {"checkin": test_check_in_on_a_full_disk, "volunteers": test_volunteer_import_on_a_full_disk,
            "exchange": test_bundle_import_on_a_full_disk, "open": test_opening_an_older_database_on_a_full_disk}[case]
    source = {"checkin": "checkin_source", "volunteers": "import_source", "exchange": "bundle_source",
              "open": "old_schema_source"}[case]
    if case == "open":
        test(request.getfixturevalue(source), tmp_path, free, request.getfixturevalue("monkeypatch"))
    else:
        test(request.getfixturevalue(source), tmp_path, free)
