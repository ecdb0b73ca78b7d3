"""Run benchmarks and print their figures.

    python -m tests.bench              every bench_*.py here
    python -m tests.bench cold_start   only bench_cold_start.py

Benchmarks are not tests: they print numbers for a person to read and compare
with the goals in the issues; nothing here passes or fails on timing.
"""

from __future__ import annotations

import importlib
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent


def available() -> list[str]:
    return sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    names = argv or available()
    unknown = [n for n in names if n not in available()]
    if unknown:
        print(f"unknown bench: {', '.join(unknown)}; available: {', '.join(available())}", file=sys.stderr)
        return 2
    for name in names:
        print(f"== {name}", flush=True)
        start = time.perf_counter()
        importlib.import_module(f"tests.bench.bench_{name}").main()
        print(f"   ({time.perf_counter() - start:.1f} s in all)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
