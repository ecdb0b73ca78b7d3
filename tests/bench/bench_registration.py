"""Registration on a center with 100,000 volunteers: the duplicate check while typing, saving, a big import.

Run: .venv/bin/python -m tests.bench registration

* find_duplicates (runs after each pause in typing): p50/p99 for people typed
  with the family name spaced, without a space, with only an age, and by phone.
* register_individual: p50/p99 of one save.
* import of a 10,000-row CSV (Shift_JIS): preview, apply, and the same file again.

The drill database is kept in the temp folder and reused; every run copies it
first so the import starts from the same 100,000 volunteers.
"""

from __future__ import annotations

import csv
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

BASE = Path(tempfile.gettempdir()) / "dvc-bench" / "registration-100k.db"
VOLUNTEERS = 100_000
LOOKUPS = 300
SAVES = 100
IMPORT_ROWS = 10_000


def _ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return f"p50 {statistics.median(ordered) * 1000:6.2f} ms   p99 {p99 * 1000:6.2f} ms"


def _base() -> Path:
    from dvc.services.drill.scenario import DrillSpec, create_drill

    if not BASE.exists():
        BASE.parent.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        create_drill(BASE, DrillSpec(volunteers=VOLUNTEERS, needs=300, seed=11), replace=True)
        print(f"drill database of {VOLUNTEERS:,} volunteers made in {time.perf_counter() - started:.1f} s")
    return BASE


def _import_file(folder: Path, rng: random.Random) -> Path:
    path = folder / "pre.csv"
    with open(path, "w", encoding="cp932", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["氏名", "ふりがな", "生年月日", "電話番号", "団体名", "保険"])
        for i in range(IMPORT_ROWS):
            group = f"ベンチ会{i // 20}" if i % 4 == 0 else ""
            writer.writerow([f"取込 {i}", "とりこみ " + "".join(chr(0x3042 + int(d)) for d in str(i)), f"{1950 + i % 50}/{1 + i % 12}/{1 + i % 28}",
                             f"080-{rng.randrange(1000, 9999)}-{i:04d}"[:13], group, "加入済" if i % 3 else ""])
    return path


def main() -> None:
    from sqlmodel import select

    from dvc.domain.volunteer_input import VolunteerInput
    from dvc.services.reception.duplicates import find_duplicates
    from dvc.services.reception.registration import register_individual
    from dvc.services.reception.volunteer_import import import_volunteers, preview_import
    from dvc.services.core.workspace import open_workspace
    from dvc.store.tables import Volunteer

    base = _base()
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "center.db"
        shutil.copy(base, work)
        with open_workspace(work) as ws:
            with ws.session() as s:
                people = s.exec(select(Volunteer.kana, Volunteer.birth_date, Volunteer.age, Volunteer.phone)).all()
            sample = rng.sample(people, LOOKUPS)
            cases = {
                "kana as stored + birth date": lambda p: dict(kana=p[0], birth_date=p[1], age=p[2]),
                "kana without space + birth date": lambda p: dict(kana=p[0].replace(" ", ""), birth_date=p[1], age=p[2]),
                "kana + age only": lambda p: dict(kana=p[0], age=p[2] or 40),
                "phone only": lambda p: dict(phone=p[3] or "090-1234-5678"),
                "all three (the dialog)": lambda p: dict(kana=p[0], birth_date=p[1], age=p[2], phone=p[3]),
            }
            print(f"find_duplicates on {len(people):,} volunteers ({LOOKUPS} lookups each):")
            for label, make in cases.items():
                times, found = [], 0
                for person in sample:
                    started = time.perf_counter()
                    found += bool(find_duplicates(ws, **make(person)))
                    times.append(time.perf_counter() - started)
                print(f"  {label:34s} {_ms(times)}   found {found}/{LOOKUPS}")
            times = []
            for i in range(SAVES):
                given = "".join(chr(0x3042 + int(d)) for d in str(i))  # あいう… for the digits of i
                data = VolunteerInput(name=f"計測 {i}", kana=f"けいそく {given}", age="30", phone=f"070-9{i:03d}-{i:04d}")
                started = time.perf_counter()
                register_individual(ws, data=data)
                times.append(time.perf_counter() - started)
            print(f"register_individual ({SAVES} saves):           {_ms(times)}")

            path = _import_file(Path(tmp), rng)
            started = time.perf_counter()
            report = preview_import(ws, path=path)
            print(f"import preview of {IMPORT_ROWS:,} rows (Shift_JIS CSV): {time.perf_counter() - started:.2f} s "
                  f"({len(report.new):,} new, {len(report.bad)} bad, {len(report.new_groups)} new groups)")
            started = time.perf_counter()
            report = import_volunteers(ws, path=path)
            print(f"import apply (preview again + insert):    {time.perf_counter() - started:.2f} s "
                  f"({len(report.added):,} added)")
            started = time.perf_counter()
            again = import_volunteers(ws, path=path)
            print(f"the same file again:                      {time.perf_counter() - started:.2f} s "
                  f"({len(again.added)} added, {len(again.skipped):,} skipped)")


if __name__ == "__main__":
    main()
