"""What encryption at rest costs, encrypted and plain side by side in one run (issue 16).

Run: .venv/bin/python -m tests.bench encryption
Goal: check-in p50/p99 at 100,000 volunteers at most 15 % slower encrypted. Also: cold start, the daily
report, a checked backup, and a bundle import (20,000 volunteers).

Both files have the same history: the check-in bench's drill (100,000 volunteers) is copied, one copy encrypted
the way a council's database is on first open, and then 1,000,000 attendance rows over past days are added to
each alike, so their pages are laid out alike and what differs is the encryption. Two more pairs tell apart
what comes with it: a grown plain file just converted against the same file compacted (converting rewrites a
file as VACUUM does, packing its indexes full, so the first weeks' check-ins split pages), and the plain file
opened with SQLCipher's build of SQLite. Measurements alternate between the files, so the machine's other work
falls on all alike. The start-up passphrase (this Linux has no desktop keyring) costs one key derivation per
process, in the cold start; on Windows DPAPI takes its place.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

FOLDER = Path(tempfile.gettempdir()) / "dvc-bench-encryption"
SCANS = 1000  # p99 is then the 10th slowest: with 400 it was the 4th, and moved by a few ms between runs
PAGE_SCANS = 30
RUNS = 5
STARTS = 3
BUNDLE_VOLUNTEERS = 20_000
PASSPHRASE = "bench-start-passphrase"
DRILL_HEAD = "訓練 管理者"  # the drill's center head
# Check-in figures set side by side: (the file, the file it is compared with, the goal in % slower or 0).
COMPARED = [
    ("encrypted", "plain", 15),
    ("plain through sqlcipher3", "plain", 0),
    ("plain, compacted", "plain", 0),
    ("encrypted, just converted", "plain, compacted", 15),
]


def _percentiles(seconds: list[float]) -> tuple[float, float]:
    ms = sorted(s * 1000 for s in seconds)
    return statistics.median(ms), ms[min(len(ms) - 1, round(0.99 * (len(ms) - 1)))]


def _side_by_side(label: str, plain: list[float], encrypted: list[float], goal_pct: float = 0.0,
                  names: tuple[str, str] = ("plain", "encrypted")) -> None:
    p50p, p99p = _percentiles(plain)
    p50e, p99e = _percentiles(encrypted)
    slower = (p50e / p50p - 1) * 100, (p99e / p99p - 1) * 100
    goal = ""
    if goal_pct:
        goal = f" ({'meets' if max(slower) <= goal_pct else 'MISSES'} the goal of ≤ {goal_pct:.0f} % slower)"
    print(f"{label}: {names[0]} p50 {p50p:.2f} ms p99 {p99p:.1f} ms | {names[1]} p50 {p50e:.2f} ms p99 {p99e:.1f} ms"
          f" | {names[1]} {slower[0]:+.0f} % at p50, {slower[1]:+.0f} % at p99{goal}", flush=True)


def _as_council(path: Path) -> None:
    """Mark a drill file as a council's database, so it is converted like one."""
    con = sqlite3.connect(path)
    con.execute("UPDATE setting SET value = '0' WHERE key = 'drill'")
    con.commit()
    con.close()


def encrypted_copy(plain: Path, target: Path) -> Path:
    """The plain file of this run, converted: made again every run, since every run checks people in on both."""
    from dvc.services.keys import conversion, key_file

    for leftover in (target, key_file.key_file_path(target), Path(f"{target}-wal"), Path(f"{target}-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copy(plain, target)
    _as_council(target)
    started = time.perf_counter()
    conversion.convert(target)
    print(f"converted a copy to {target} in {time.perf_counter() - started:.1f} s")
    return target


def checkins(workspaces: dict) -> None:
    """Check-ins alternating between the files; each is compared with the plain one it is most like (COMPARED)."""
    from dvc.domain.qr import make_payload
    from dvc.services.reception import checkin
    from tests.bench.bench_checkin import _not_yet_here

    rng = random.Random()
    names = list(workspaces)
    queues = {name: _not_yet_here(ws, SCANS + PAGE_SCANS, rng) for name, ws in workspaces.items()}
    times: dict[str, list[float]] = {name: [] for name in names}
    for index in range(SCANS):
        for name in names if index % 2 else names[::-1]:
            ws = workspaces[name]
            payload = make_payload(ws.identity.council_short, "V", queues[name][index])
            started = time.perf_counter()
            result = checkin.check_in(ws, scanned=payload)
            times[name].append(time.perf_counter() - started)
            assert result.ok, result
    for name, base, goal in COMPARED:
        if name in times and base in times:
            _side_by_side(f"check-in through the service, {base} vs {name} (n={SCANS} each)",
                          times[base], times[name], goal, names=(base, name))
    for name, ws in workspaces.items():
        pages = pages_per_check_in(ws, queues[name][SCANS:])
        print(f"pages one check-in commits, {name} (n={len(pages)}): mean {statistics.mean(pages):.1f}, "
              f"{min(pages)}–{max(pages)}")


def pages_per_check_in(ws, people: list) -> list[int]:  # noqa: ANN001
    """Distinct pages each check-in writes (each one encrypted on an encrypted file): the WAL emptied before each."""
    from dvc.domain.qr import make_payload
    from dvc.services.reception import checkin
    from tests.wal_frames import checkpoint, wal_pages

    pages = []
    for person in people:
        checkpoint(ws.db.engine)
        assert checkin.check_in(ws, scanned=make_payload(ws.identity.council_short, "V", person)).ok
        pages.append(len(set(wal_pages(ws.path))))
    return pages


def grown_alike(folder: Path) -> tuple[Path, Path]:
    """A plain and an encrypted database with the same history: one drill, then the same past days added to both."""
    from dvc.services.keys import custody
    from tests.bench import bench_checkin

    drill = folder / "drill-100k.db"
    if not drill.exists():
        bench_checkin.make_drill(drill)
    plain, encrypted = folder / "plain.db", folder / "encrypted.db"
    for leftover in (plain, Path(f"{plain}-wal"), Path(f"{plain}-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copy(drill, plain)
    encrypted_copy(drill, encrypted)
    for made, connect in ((plain, sqlite3.connect), (encrypted, custody.connect)):
        started = time.perf_counter()
        bench_checkin._fill_past_days(made, connect=connect)
        print(f"added past days to {made.name} in {time.perf_counter() - started:.1f} s")
    return plain, encrypted


def plain_variants(plain: Path) -> tuple[Path, Path]:
    """Two more copies of the plain file: compacted (VACUUM, as conversion leaves a file) and as it is."""
    compacted, copy = plain.with_name("plain-compacted.db"), plain.with_name("plain-through-sqlcipher3.db")
    for made in (compacted, copy):
        for leftover in (made, Path(f"{made}-wal"), Path(f"{made}-shm")):
            leftover.unlink(missing_ok=True)
    con = sqlite3.connect(plain)
    con.execute("VACUUM INTO ?", (str(compacted),))
    con.close()
    shutil.copy(plain, copy)
    return compacted, copy


@contextmanager
def opened_through_sqlcipher(path: Path):  # noqa: ANN201
    """A plain file opened by SQLCipher's build of SQLite (no key), everything else as dvc opens it."""
    from dvc.services.core.workspace import open_workspace
    from dvc.store import cipher, database

    real = database.create_engine

    def with_sqlcipher(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        return real(*args, **{**kwargs, "module": cipher.sqlcipher3})

    database.create_engine = with_sqlcipher
    try:
        ws = open_workspace(path)
    finally:
        database.create_engine = real
    assert ws.db.engine.dialect.dbapi is cipher.sqlcipher3
    with ws:
        yield ws


def alternating(label: str, calls: dict, runs: int = RUNS) -> None:
    times: dict[str, list[float]] = {name: [] for name in calls}
    for run in range(runs):
        for name in (list(calls) if run % 2 else list(calls)[::-1]):
            started = time.perf_counter()
            calls[name]()
            times[name].append(time.perf_counter() - started)
    _side_by_side(f"{label} (n={runs} each)", times["plain"], times["encrypted"])


def cold_starts(plain: Path, encrypted: Path) -> None:
    from tests.bench.bench_cold_start import one_start

    times: dict[Path, list[float]] = {plain: [], encrypted: []}
    for run in range(STARTS):
        for db in (plain, encrypted) if run % 2 else (encrypted, plain):
            seconds, parts = one_start(db)
            times[db].append(seconds)
            print(f"   start {run + 1}, {'encrypted' if db == encrypted else 'plain'}: {seconds:.2f} s "
                  f"(open database {parts['open']:.2f} s, window {parts['window']:.2f} s)", flush=True)
    _side_by_side(f"cold start to the window shown (n={STARTS} each)", times[plain], times[encrypted])


def open_plain_council(path: Path):  # noqa: ANN201
    """A council's database left plain, opened as dvc did before encryption (open_workspace would convert it)."""
    from dvc.services.core.workspace import Workspace, read_identity
    from dvc.store.database import open_database

    db = open_database(path)
    with db.session() as s:
        identity = read_identity(s)
    db.bind_identity(device_id=identity.device_id, origin=identity.council_code)
    return Workspace(db, identity)


def bundle_imports(folder: Path) -> None:
    from dvc.services.core.setup import create_database
    from dvc.services.core.workspace import open_workspace
    from dvc.services.drill.scenario import DrillSpec, create_drill
    from dvc.services.exchange.bundle_export import export_bundle
    from dvc.services.exchange.bundle_import import import_bundle
    from dvc.services.exchange.identity import own_identity, trust_peer
    from dvc.services.keys import conversion
    from dvc.services.staff.operators import sign_in_by_name

    base = folder / "bundle"
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    # Made as drills (trusting each other), then marked as council databases: a drill's bundle goes only to a drill.
    create_drill(base / "one.db", DrillSpec(volunteers=BUNDLE_VOLUNTEERS, needs=1_000, seed=4))
    two = create_database(base / "two.db", council="koganei", device_number=2, drill=True, operator_name=DRILL_HEAD)
    with open_workspace(base / "one.db") as one:
        # Trusting another laptop is the center head's: both databases know the drill's head by name.
        sign_in_by_name(one, name=DRILL_HEAD)
        trust_peer(one, identity=own_identity(two))
        sign_in_by_name(two, name=DRILL_HEAD)
        trust_peer(two, identity=own_identity(one))
    two.close()
    for made in ("one.db", "two.db"):
        _as_council(base / made)
    with open_plain_council(base / "one.db") as one:
        sign_in_by_name(one, name=DRILL_HEAD)
        export_bundle(one, peer="koganei", out=base / "full.dvcx", full=True)
    pristine = base / "two-empty.db"
    shutil.copy(base / "two.db", pristine)
    times: dict[str, list[float]] = {"plain": [], "encrypted": []}
    for run in range(3):
        for kind in ("plain", "encrypted") if run % 2 else ("encrypted", "plain"):
            target = base / f"two-{kind}-{run}.db"
            shutil.copy(pristine, target)
            if kind == "encrypted":
                conversion.convert(target)
            with (open_workspace(target) if kind == "encrypted" else open_plain_council(target)) as ws:
                assert ws.db.encrypted == (kind == "encrypted")
                sign_in_by_name(ws, name=DRILL_HEAD)
                started = time.perf_counter()
                import_bundle(ws, path=base / "full.dvcx")
                times[kind].append(time.perf_counter() - started)
    _side_by_side(f"bundle import, {BUNDLE_VOLUNTEERS:,} volunteers into an empty laptop (n=3 each)",
                  times["plain"], times["encrypted"])


def main() -> None:
    import sys

    from dvc.domain.timeutil import local_day
    from dvc.services.core.workspace import open_workspace
    from dvc.services.head_office.report_figures import daily_report
    from dvc.services.safekeeping.backup import make_backup
    from dvc.store import cipher

    sys.stdout.reconfigure(line_buffering=True)
    os.environ.setdefault("DVC_PASSPHRASE", PASSPHRASE)
    FOLDER.mkdir(parents=True, exist_ok=True)
    plain, encrypted = grown_alike(FOLDER)
    print(f"SQLite {sqlite3.sqlite_version} (plain, standard library) vs SQLCipher "
          f"{cipher.sqlcipher3.connect(':memory:').execute('PRAGMA cipher_version').fetchone()[0]} on SQLite "
          f"{cipher.sqlcipher3.sqlite_version}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; "
          f"{plain.stat().st_size / 1e6:.0f} MB plain, {encrypted.stat().st_size / 1e6:.0f} MB encrypted")
    compacted, through_sqlcipher = plain_variants(plain)
    converted = encrypted_copy(plain, FOLDER / "just-converted.db")
    with open_workspace(plain) as plain_ws, open_workspace(encrypted) as encrypted_ws, \
            open_workspace(compacted) as compacted_ws, opened_through_sqlcipher(through_sqlcipher) as sqlcipher_ws, \
            open_workspace(converted) as converted_ws:
        assert not plain_ws.db.encrypted and encrypted_ws.db.encrypted and converted_ws.db.encrypted
        checkins({"plain": plain_ws, "encrypted": encrypted_ws, "plain, compacted": compacted_ws,
                  "plain through sqlcipher3": sqlcipher_ws, "encrypted, just converted": converted_ws})
        day = local_day()
        alternating("daily report figures", {"plain": lambda: daily_report(plain_ws, day=day),
                                             "encrypted": lambda: daily_report(encrypted_ws, day=day)})
        out = FOLDER / "copies"
        alternating("checked backup (backup API + integrity check)", {
            "plain": lambda: make_backup(plain_ws, out=out / "plain.db"),
            "encrypted": lambda: make_backup(encrypted_ws, out=out / "encrypted.db")}, runs=2)
    cold_starts(plain, encrypted)
    bundle_imports(FOLDER)


if __name__ == "__main__":
    main()
