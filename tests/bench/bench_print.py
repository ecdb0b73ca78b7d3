"""100 intake sheets through the real print path (the print preview's print_to after the print dialog).

Run: .venv/bin/python -m tests.bench print
     DVC_BENCH_SHEETS=N for another count; DVC_BENCH_PATHS=file,raster,dvc-raw,dvc-pdf (the default) or fewer.

Figures, each the bytes that leave dvc for the printer and the seconds until they have:
- dvc's own PDF, the file the preview shows (what the rest is compared with);
- the print dialog's "print to file" (a PDF-output QPrinter);
- the page-image path, into a PDF-output QPrinter (what a Windows printer gets);
- a CUPS queue (a private cupsd on a unix socket, tests/printing/cups_server.py), when cupsd is installed:
  a raw queue, whose spool file is what a PDF-capable printer receives, and with printer-driver-cups-pdf a
  cups-pdf queue (a PDF printer), timed until the job is completed.
Each print runs in a process of its own (tests/printing/print_job.py), as libcups keeps its first server.

Measured 2026-12-06 on 2 shared cores (load average 7-12), 100 sheets, dvc's PDF 0.43 MB:
  before (page images at the QPrinter's 1,200 dpi): print to file 646.5 MB in 1,520 s; CUPS raw queue
  396.3 MB spooled in 779 s; cups-pdf, 10 sheets: 64.7 MB spooled in 74 s, done 264 s later, 9.6 MB out.
  after: print to file 0.33 MB (the encrypted zip of the PDF) in 0.2 s; CUPS raw queue 0.43 MB in 0.08 s;
  cups-pdf 0.43 MB in 0.15 s, done 215 s later (16 s for 10 sheets), 15.7 MB out; page images (Windows
  path) 7.0 MB in 24 s.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHEETS = int(os.environ.get("DVC_BENCH_SHEETS", "100"))
PATHS = os.environ.get("DVC_BENCH_PATHS", "file,raster,dvc-raw,dvc-pdf").split(",")
CUPS_PDF_PPD = "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"


def _mb(size: int) -> str:
    return f"{size / 1e6:.2f} MB"


def _print_job(pdf: Path, *args: str, env: dict | None = None) -> dict:
    done = subprocess.run([sys.executable, "-m", "tests.printing.print_job", str(pdf), *args], env=env,
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _written(path: Path) -> Path:
    """What "print to file" left: the file asked for, or its encrypted .zip."""
    return path if path.exists() else path.with_name(path.name + ".zip")


def main() -> None:
    from dvc.services.core.workspace import open_workspace
    from dvc.services.drill.scenario import DrillSpec, create_drill
    from dvc.services.reception import intake_print
    from tests.printing import cups_server

    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; {SHEETS} intake sheets")
    with tempfile.TemporaryDirectory(prefix="dvcb-") as tmp:
        folder = Path(tmp)
        create_drill(folder / "drill.db", DrillSpec(volunteers=SHEETS, needs=5, checked_in=0, seed=4))
        sheets = folder / "sheets.pdf"
        with open_workspace(folder / "drill.db") as ws:
            started = time.perf_counter()
            printed = intake_print.print_intake(ws, out=sheets, all_volunteers=True)
            made = time.perf_counter() - started
        print(f"dvc's own PDF: {printed.pages} pages, {_mb(sheets.stat().st_size)}, made in {made:.2f} s")

        if "file" in PATHS:
            job = _print_job(sheets, "--file", str(folder / "to-file.pdf"))
            out = _written(folder / "to-file.pdf")
            print(f"print dialog, print to file: {_mb(out.stat().st_size)} ({out.name}) in {job['seconds']:.2f} s")
        if "raster" in PATHS:
            job = _print_job(sheets, "--file", str(folder / "raster.pdf"), "--raster", "--not-personal")
            out = _written(folder / "raster.pdf")
            print(f"page images into a PDF-output QPrinter: {_mb(out.stat().st_size)} in {job['seconds']:.2f} s")

        why = cups_server.missing()
        if why:
            print(f"CUPS: not measured ({why})")
            return
        with cups_server.CupsServer() as cups:
            queues = []
            if "dvc-raw" in PATHS:
                cups.add_queue("dvc-raw")
                queues.append("dvc-raw")
            if "dvc-pdf" in PATHS and Path(CUPS_PDF_PPD).is_file():
                cups.add_queue("dvc-pdf", ppd=CUPS_PDF_PPD, device="cups-pdf:/")
                queues.append("dvc-pdf")
            elif "dvc-pdf" in PATHS:
                print("CUPS with cups-pdf: not measured (apt-get install printer-driver-cups-pdf)")
            for queue in queues:
                pdf_folder = Path.home() / "PDF"
                before = set(pdf_folder.glob("*.pdf")) if pdf_folder.is_dir() else set()
                job = _print_job(sheets, "--printer", queue, env=cups.env)
                finished = cups.wait_until_done(timeout=7200)
                spool = cups.job_files()[-1]
                line = (f"CUPS queue {queue}: {_mb(spool.stat().st_size)} spooled in {job['seconds']:.2f} s, "
                        f"job completed {finished:.2f} s later")
                if queue == "dvc-pdf":
                    new = sorted(set(pdf_folder.glob("*.pdf")) - before)
                    if new:
                        line += f"; cups-pdf wrote {_mb(new[-1].stat().st_size)}"
                        for path in new:
                            path.unlink()  # the benchmark's own drill sheets
                print(line)


if __name__ == "__main__":
    main()
