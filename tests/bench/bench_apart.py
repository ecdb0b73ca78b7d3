"""The check for conflicts made apart at 100,000 volunteers: what it costs after each merge and after each change.

The center's replication pulls every ≤ 2 s and must run the check after each round it applies
(services/apart/watch.py); the desks run it a moment after their own changes. Figures, CPU time first:
- the first check on a database that never had one (a whole pass over every table it watches);
- a check with nothing new (the steady state between rounds), with no conflict open and with 40 open;
- a check after 50 check-ins made on this laptop;
- an incremental round of 50 changes from the other laptop: the whole import, and the check inside it.
The center's replication runs the same check (check_now) after each round it applies.

Run: .venv/bin/python -m tests.bench apart
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from sqlmodel import select, update

from dvc.services.drill.scenario import DrillSpec, create_drill

SPEC = DrillSpec(volunteers=100_000, needs=5_000, seed=3)
ROUNDS = 30
HEAD = "訓練 管理者"  # the drill's center head: trusting a laptop is the center head's


def _cpu_ms(call, rounds: int = ROUNDS) -> tuple[float, float]:
    """Median and worst CPU milliseconds of ``call`` over ``rounds``."""
    spent = []
    for _ in range(rounds):
        start = time.process_time()
        call()
        spent.append((time.process_time() - start) * 1000)
    return statistics.median(spent), max(spent)


def prepare(folder: Path) -> None:
    from dvc.services.core.setup import create_database
    from dvc.services.exchange.bundle_export import export_bundle
    from dvc.services.exchange.bundle_import import import_bundle
    from dvc.services.exchange.identity import own_identity, trust_peer
    from dvc.services.core.workspace import open_workspace
    from dvc.services.staff.operators import sign_in_by_name

    started = time.perf_counter()
    create_drill(folder / "one.db", SPEC)
    two = create_database(folder / "two.db", council="koganei", device_number=2, drill=True, operator_name=HEAD)
    sign_in_by_name(two, name=HEAD)
    with open_workspace(folder / "one.db") as one:
        sign_in_by_name(one, name=HEAD)
        trust_peer(one, identity=own_identity(two))
        trust_peer(two, identity=own_identity(one))
        export_bundle(one, peer="koganei", out=folder / "full.dvcx", full=True)
    import_bundle(two, path=folder / "full.dvcx")
    two.close()
    print(f"   drill made and copied to laptop 2 in {time.perf_counter() - started:.1f} s", flush=True)


def main() -> None:
    from dvc.services.apart import watch
    from dvc.services.core.workspace import open_workspace
    from dvc.services.exchange.bundle_export import export_bundle
    from dvc.services.exchange.bundle_import import import_bundle
    from dvc.services.reception import checkin
    from dvc.domain.codes import make_code
    from dvc.store.tables import ApartConflict, Attendance, Setting, Volunteer

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        prepare(folder)
        one = open_workspace(folder / "one.db")
        one.operator = "ベンチ"
        start = time.process_time()
        first = watch.check_now(one)
        print(f"   first check, every row (100,000 volunteers): {time.process_time() - start:.2f} s CPU, "
              f"{len(first.opened)} open", flush=True)
        median, worst = _cpu_ms(lambda: watch.check_now(one))
        print(f"   a check with nothing new: median {median:.2f} ms, worst {worst:.2f} ms CPU", flush=True)

        with one.session() as s:
            here = set(s.exec(select(Attendance.volunteer_id)).all())
            absent = [c for vid, c in s.exec(select(Volunteer.id, Volunteer.code).limit(20_000)).all()
                      if vid not in here]
        for code in absent[:50]:
            checkin.check_in(one, scanned=code)
        start = time.process_time()
        watch.check_now(one)
        print(f"   a check after 50 check-ins here: {(time.process_time() - start) * 1000:.2f} ms CPU", flush=True)

        two = open_workspace(folder / "two.db")
        two.operator = "ベンチ"
        for code in absent[50:100]:
            checkin.check_in(two, scanned=code)
        export_bundle(two, peer="koganei", out=folder / "round.dvcx")
        two.close()
        with one.session() as s:
            before = s.exec(select(Setting.value).where(Setting.key == watch.KEY_MARK)).one()
        wall, cpu = time.perf_counter(), time.process_time()
        summary = import_bundle(one, path=folder / "round.dvcx")
        print(f"   import of a round of 50 check-ins: {(time.perf_counter() - wall) * 1000:.0f} ms wall, "
              f"{(time.process_time() - cpu) * 1000:.0f} ms CPU (the check inside it below)", flush=True)
        written = sum(c.new + c.updated for c in summary.tables.values())

        def inside_an_import() -> None:
            with one.session() as s:  # the check as the import ran it: from the mark before the round
                s.exec(update(Setting).where(Setting.key == watch.KEY_MARK).values(value=before))
                watch.check_in_transaction(s, keep=False)
                s.rollback()

        median, worst = _cpu_ms(inside_an_import)
        print(f"   the check inside that import ({written} records): median {median:.2f} ms, "
              f"worst {worst:.2f} ms CPU", flush=True)

        # 40 open conflicts (a bad morning): 40 people registered again on laptop 2, every check asks each again.
        with one.transaction() as s:
            people = s.exec(select(Volunteer).where(Volunteer.birth_date.is_not(None)).limit(40)).all()
            for n, v in enumerate(people, start=1):
                s.add(Volunteer(code=make_code("V", "KG", 2, 90_000 + n), name=v.name, kana=v.kana,
                                birth_date=v.birth_date))
        opened = watch.check_now(one).opened
        with one.session() as s:
            still = len(s.exec(select(ApartConflict.key).where(ApartConflict.closed_at.is_(None))).all())
        print(f"   40 registrations made twice: {len(opened)} opened, {still} open", flush=True)
        median, worst = _cpu_ms(lambda: watch.check_now(one))
        print(f"   a check with nothing new and 40 conflicts open: median {median:.2f} ms, worst {worst:.2f} ms CPU",
              flush=True)
        one.close()


if __name__ == "__main__":
    main()
