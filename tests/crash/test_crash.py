"""Kill a working dvc process at random moments: the file stays sound, confirmed work stays, imports are all or nothing.

A handful of trials run by default; `bash scripts/test.sh -m slow tests/crash` runs 200 of each.
"""

from __future__ import annotations

import sqlite3

import pytest

from dvc.services.drill.scenario import DrillSpec, create_drill
from dvc.services.core.workspace import open_workspace
from dvc.services.keys import conversion
from dvc.store import cipher
from tests.crash.harness import kill_a_copy, time_full_run
from tests.exchange.helpers import befriend, laptop
from tests.rawdb import copy_with_key, raw_connect

QUICK, SLOW = 3, 200


# A few seeds in the default suite; the slow suite's seeds are others, so it tries 200 new moments.
SEEDS = [*range(QUICK), *(pytest.param(1000 + n, marks=pytest.mark.slow) for n in range(SLOW))]


@pytest.fixture(scope="module")
def bundle_case(tmp_path_factory):
    """A drill laptop's full bundle for a second laptop of the same council, and that empty laptop."""
    tmp = tmp_path_factory.mktemp("bundle")
    source = laptop(tmp, "source")
    target = laptop(tmp, "target", device=2)
    befriend(source, target)
    source_path = source.path
    source.close()
    create_drill(tmp / "drill.db", DrillSpec(volunteers=3000, needs=200, seed=5))
    from dvc.services.exchange.bundle_export import export_bundle

    # The drill's people copied into the trusted laptop, so there is something sizeable to import.
    source = open_workspace(source_path)
    _copy_rows(tmp / "drill.db", source)
    bundle = tmp / "day.dvcx"
    export_bundle(source, peer="koganei", out=bundle, full=True)
    expected = _count(source.path, "volunteer")
    source.close()
    empty = tmp / "target-empty.db"
    target_path = target.path
    target.close()
    copy_with_key(target_path, empty)
    assert cipher.is_encrypted(empty)
    scratch = tmp / "timing.db"
    copy_with_key(empty, scratch)
    seconds = time_full_run("bundle", scratch, bundle)
    return bundle, empty, expected, seconds


def _copy_rows(drill_db, ws) -> None:
    con = raw_connect(ws.path)
    con.execute("ATTACH ? AS d KEY ''", (str(drill_db),))  # the drill is plain: attached without a key
    for table in ("volunteer_group", "volunteer"):
        con.execute(f"INSERT INTO {table} SELECT * FROM d.{table}")
    con.commit()
    con.close()


def _count(db, table: str) -> int:
    con = raw_connect(db)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


@pytest.mark.parametrize("seed", SEEDS)
def test_bundle_import_is_all_or_nothing(bundle_case, tmp_path, seed):
    bundle, empty, expected, seconds = bundle_case
    db = tmp_path / "target.db"
    # Most kills land inside the import, a few just after it.
    trial = kill_a_copy("bundle", empty, bundle, copy=db, seed=seed, seconds=seconds)
    found = _count(db, "volunteer")
    if trial.confirmed:
        assert found == expected
    else:
        assert found in (0, expected), f"half an import: {found} of {expected}"
    open_workspace(db).close()  # reopens after the crash without questions


@pytest.fixture(scope="module")
def checkin_case(tmp_path_factory):
    """A morning queue: 300 registered volunteers, nobody checked in yet, their codes in scan order.

    The drill's people in a council's (encrypted) database: the kills land on SQLCipher's pages and WAL.
    """
    tmp = tmp_path_factory.mktemp("checkin")
    db = tmp / "queue.db"
    create_drill(db, DrillSpec(volunteers=300, needs=5, checked_in=0, seed=9))
    con = sqlite3.connect(db)
    con.execute("DELETE FROM attendance")  # earlier days' rows would make 'today' ambiguous for nobody
    con.execute("UPDATE setting SET value = '0' WHERE key = 'drill'")
    con.commit()
    codes = [row[0] for row in con.execute("SELECT code FROM volunteer ORDER BY code")]
    con.close()
    conversion.convert(db)
    assert cipher.is_encrypted(db)
    codes_file = tmp / "codes.txt"
    codes_file.write_text("\n".join(codes), encoding="utf-8")
    scratch = tmp / "timing.db"
    copy_with_key(db, scratch)
    return db, codes_file, time_full_run("checkin", scratch, codes_file)


@pytest.mark.parametrize("seed", SEEDS)
def test_confirmed_checkins_survive_a_kill(checkin_case, tmp_path, seed):
    fresh, codes_file, seconds = checkin_case
    db = tmp_path / "queue.db"
    trial = kill_a_copy("checkin", fresh, codes_file, copy=db, seed=seed, seconds=seconds)
    con = raw_connect(db)
    checked = {row[0] for row in con.execute(
        "SELECT v.code FROM attendance a JOIN volunteer v ON v.id = a.volunteer_id")}
    con.close()
    # Every check-in the screen confirmed is there; at most the one in flight is there unconfirmed.
    assert set(trial.confirmed) <= checked
    assert len(checked) - len(trial.confirmed) in (0, 1)
    open_workspace(db).close()


@pytest.fixture(scope="module")
def import_case(tmp_path_factory):
    """A pre-registration file of 1,500 people and an empty council database."""
    tmp = tmp_path_factory.mktemp("import")
    empty = laptop(tmp, "empty")
    empty_path = empty.path
    empty.close()
    rows = ["氏名,ふりがな,生年月日,電話番号"]
    rows += [f"試験 太郎{n},しけん たろう,{1950 + n % 50}-{n // 50 % 12 + 1:02d}-{n // 600 + 1:02d},090-{1000 + n}-{n:04d}"
             for n in range(1500)]
    source = tmp / "pre.csv"
    source.write_text("\n".join(rows), encoding="utf-8")
    scratch = tmp / "timing.db"
    copy_with_key(empty_path, scratch)
    seconds = time_full_run("volunteers", scratch, source)
    expected = _count(scratch, "volunteer")
    assert expected > 500
    return empty_path, source, expected, seconds


@pytest.mark.parametrize("seed", SEEDS)
def test_volunteer_import_is_all_or_nothing(import_case, tmp_path, seed):
    empty, source, expected, seconds = import_case
    db = tmp_path / "c.db"
    trial = kill_a_copy("volunteers", empty, source, copy=db, seed=seed, seconds=seconds)
    found = _count(db, "volunteer")
    assert found == expected if trial.confirmed else found in (0, expected)
    open_workspace(db).close()
