"""Reading lists from outside: what a well-made one costs, and what a hostile one costs before it is refused.

Run: .venv/bin/python -m tests.bench hostile_tables

Each read runs in its own process (tests/fuzz/hostile_files.py), which prints its time and peak memory:

* a web form's CSV at the row limit (100,000 rows, ~9 MB) and an .xlsx of 20,000 rows: read whole;
* a 200 MB CSV: refused by its size (before: read whole, ~1.5 GB);
* an 8 MB .xlsx whose shared strings unpack to 2 GB: refused by its stated sizes (before: 3.6 GB, 104 s).

The files are made once in the temp folder and kept.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

FOLDER = Path(tempfile.gettempdir()) / "dvc-bench" / "hostile-tables"
HEADER = "氏名,ふりがな,生年月日,電話番号,住所\n"


def _csv(path: Path, rows: int, filler: int = 0) -> Path:
    if not path.exists():
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(HEADER)
            for n in range(rows):
                fh.write(f"試験 太郎{n},しけん たろう,1980-01-01,090-1111-{n % 10000:04d},小金井市本町{'x' * filler}\n")
    return path


def _xlsx(path: Path, rows: int) -> Path:
    if not path.exists():
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet()
        sheet.append(HEADER.strip().split(","))
        for n in range(rows):
            sheet.append([f"試験 太郎{n}", "しけん たろう", "1980-01-01", f"090-1111-{n % 10000:04d}", "小金井市本町"])
        book.save(path)
    return path


def _bomb(path: Path) -> Path:
    from tests.fuzz.hostile_files import workbook

    if not path.exists():
        workbook(path, strings=["氏名", "ふりがな"], rows=[[0, 1]], string_filler=("試験", 1024 * 1024 * 1024))
    return path


def main() -> None:
    from tests.fuzz.hostile_files import read_in_a_small_process

    FOLDER.mkdir(parents=True, exist_ok=True)
    cases = [
        ("CSV, 100,000 rows", _csv(FOLDER / "full.csv", 100_000)),
        (".xlsx, 20,000 rows", _xlsx(FOLDER / "form.xlsx", 20_000)),
        ("CSV of 200 MB", _csv(FOLDER / "huge.csv", 100_000, filler=2000)),
        (".xlsx unpacking to 2 GB", _bomb(FOLDER / "bomb.xlsx")),
    ]
    for label, path in cases:
        result = read_in_a_small_process(path, memory_mb=4096, timeout=600)
        outcome = f"read {result['read'].split()[0]} rows" if "read" in result else (
            "refused" if "refused" in result else result.get("out", "?"))
        print(f"   {label:26} {path.stat().st_size / 2**20:7.1f} MB file  {outcome:16} "
              f"{float(result['seconds']):6.2f} s  peak {result['peak_mb']} MB (imports {result['base_mb']} MB)",
              flush=True)
