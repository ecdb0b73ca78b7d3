"""Regenerate every screenshot the manual uses: manual/images/ (Japanese) and manual/images/en/ (English).

    .venv/bin/python scripts/manual_screenshots.py          # or scripts/manual_screenshots.sh / .ps1

The same pictures every time on the same machine: a drill database with a fixed seed and day, and the
clock stopped at 10:30 that morning (Tokyo) while the drill is made and photographed (moved on a minute
between scenes, so what they change sorts the same way every run), so the dates,
the "today" lists and the status line's clock do not depend on when this runs. The drill lives in
a folder of its own under the system's temporary folder; no real database is opened.
PNGs are reduced to 256 colours: a screen of flat colours and text loses nothing visible, and the
manual stays a few MB.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = 7
DAY = date(2026, 7, 12)  # a Sunday in the rainy season; FY2026
CLOCK = time(10, 30)
VOLUNTEERS, NEEDS, CHECKED_IN = 300, 60, 120
LANGUAGES = {"ja": ROOT / "manual" / "images", "en": ROOT / "manual" / "images" / "en"}


def shrink(png: Path) -> None:
    from PIL import Image

    with Image.open(png) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    small.save(png, optimize=True)


def make_all(languages: list[str]) -> list[Path]:
    import time_machine

    from dvc import i18n
    from dvc.domain.matching import propose

    # Matching polishes its teams for at most a fraction of a CPU second, so a busy machine proposes other
    # teams; here only the step count may bound it, and the pictures do not depend on the machine's speed.
    propose.MAX_SECONDS = 60.0
    from dvc.domain.timeutil import TOKYO
    from dvc.services.drill.scenario import DrillSpec, create_drill

    # A fixed place, so the first-start dialog shows the same path every run.
    data = Path(tempfile.gettempdir()) / "dvc-manual"
    shutil.rmtree(data, ignore_errors=True)
    os.environ["DVC_DATA_DIR"] = str(data)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    written: list[Path] = []
    with time_machine.travel(datetime.combine(DAY, CLOCK, tzinfo=TOKYO), tick=False) as clock:
        db = data / "drill.db"
        create_drill(db, DrillSpec(volunteers=VOLUNTEERS, needs=NEEDS, checked_in=CHECKED_IN, seed=SEED, day=DAY),
                     replace=True)
        from dvc.ui.screenshots import save_screenshots

        for language in languages:
            outdir = LANGUAGES[language]
            outdir.mkdir(parents=True, exist_ok=True)
            for old in outdir.glob("*.png"):
                old.unlink()
            i18n.install(language)
            start = datetime.now(TOKYO)
            for png in save_screenshots(db_path=db, outdir=outdir, pause=lambda: clock.shift(timedelta(minutes=1))):
                shrink(png)
                written.append(png)
            clock.move_to(start)  # the English pictures show the same times
    shutil.rmtree(data, ignore_errors=True)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="manual_screenshots", description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=sorted(LANGUAGES), action="append",
                        help="only this language (repeatable); default both")
    args = parser.parse_args(argv)
    written = make_all(args.lang or list(LANGUAGES))
    total = sum(p.stat().st_size for p in written)
    for p in written:
        print(f"{p.relative_to(ROOT)}  {p.stat().st_size // 1024} KB")
    print(f"{len(written)} files, {total / 1_000_000:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
