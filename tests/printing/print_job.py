"""Print a PDF through the print preview in a process of its own, as the 印刷 button does after the dialog.

    python -m tests.printing.print_job SHEETS.pdf --printer QUEUE        a print queue (CUPS_SERVER picks the cupsd)
    ... --pages 2-3 --copies 2                                           what the print dialog would set
    python -m tests.printing.print_job SHEETS.pdf --file OUT.pdf         the print dialog's "print to file"
    ... --raster                                                         the page-image path (what Windows gets)

A process of its own because libcups keeps the first print server it talks to for the life of the process.
The passphrase dialog of "print to file" answers "make one for me". Prints one JSON line:
{"ok": true, "seconds": 1.2, "passphrase": "..."}.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser()
    parser.add_argument("pdf")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--printer")
    where.add_argument("--file")
    parser.add_argument("--raster", action="store_true")
    parser.add_argument("--not-personal", action="store_true")
    parser.add_argument("--pages", metavar="FIRST-LAST", help="as chosen in the dialog's page range")
    parser.add_argument("--copies", type=int, default=1)
    args = parser.parse_args(argv)

    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from dvc.services.safekeeping.protected_file import generate_passphrase
    from dvc.ui.dialogs import export_protection
    from dvc.ui.widgets.print_preview import PrintPreview

    app = QApplication([])  # noqa: F841 (the widgets need it)
    made = export_protection.Protection(generate_passphrase(), generated=True)
    export_protection.ask_protection = lambda *_a, **_k: made
    export_protection.tell_written = lambda *_a, **_k: None
    preview = PrintPreview(args.pdf, personal=not args.not_personal)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if args.file:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(args.file)
    else:
        printer.setPrinterName(args.printer)
    if args.pages:
        first, last = (int(n) for n in args.pages.split("-"))
        printer.setFromTo(first, last)
    printer.setCopyCount(args.copies)
    started = time.perf_counter()
    # print_raster is the page-image path on its own; before it existed, print_to was nothing else.
    run = getattr(preview, "print_raster", preview.print_to) if args.raster else preview.print_to
    ok = run(printer)
    print(json.dumps({"ok": bool(ok), "seconds": time.perf_counter() - started, "passphrase": made.passphrase}))
    preview.reject()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
