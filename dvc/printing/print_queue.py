"""Handing a PDF dvc made to a CUPS print queue as it is: vector text and QR codes, fonts embedded.

On Linux (and macOS) every printer is a CUPS queue, and CUPS takes PDF: it passes it on to a printer that
reads PDF and converts it for one that does not. Qt's own CUPS printing sends a PDF too, but one of page
images: 100 intake sheets became hundreds of MB. Here the sheets' own PDF goes, with the choices made in
the print dialog as CUPS job options (the same ones Qt would send).

libcups is reached with ctypes: it is there wherever Qt lists CUPS printers (Qt's CUPS print plugin links
it), and cupsPrintFile reads the whole file into the job before it returns, so the caller may delete the
file at once. Nothing here imports Qt.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from dataclasses import dataclass
from pathlib import Path

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError

_library: ctypes.CDLL | None = None
_looked = False


@dataclass(frozen=True)
class JobOptions:
    """What the print dialog chose, in CUPS's words."""

    copies: int = 1
    collate: bool = True
    pages: tuple[int, int] | None = None  # first and last, counted from 1; None: every page
    sides: str = ""  # "one-sided", "two-sided-long-edge" or "two-sided-short-edge"; "" the printer's default
    media: str = ""  # e.g. "A4"; "" the printer's default
    monochrome: bool = False
    extra: tuple[tuple[str, str], ...] = ()  # the dialog's own CUPS options (page-ranges, number-up…)

    def as_cups(self) -> list[tuple[str, str]]:
        options = list(self.extra)
        names = {name for name, _ in options}
        if self.media and "media" not in names:
            options.append(("media", self.media))
        if self.copies > 1:
            options.append(("copies", str(self.copies)))
            if self.collate:
                options.append(("Collate", "True"))
        if self.sides:
            options.append(("sides", self.sides))
        if self.monochrome:
            options.append(("print-color-mode", "monochrome"))
        if self.pages and "page-ranges" not in names:
            options.append(("page-ranges", f"{self.pages[0]}-{self.pages[1]}"))
        return options


def _cups() -> ctypes.CDLL | None:
    global _library, _looked
    if not _looked:
        _looked = True
        if sys.platform != "win32":  # Windows printers are not CUPS queues
            name = ctypes.util.find_library("cups") or "libcups.so.2"
            try:
                _library = ctypes.CDLL(name)
            except OSError:
                _library = None
        if _library is not None:
            _library.cupsAddOption.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int,
                                               ctypes.POINTER(ctypes.c_void_p)]
            _library.cupsAddOption.restype = ctypes.c_int
            _library.cupsFreeOptions.argtypes = [ctypes.c_int, ctypes.c_void_p]
            _library.cupsFreeOptions.restype = None
            _library.cupsPrintFile.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int,
                                               ctypes.c_void_p]
            _library.cupsPrintFile.restype = ctypes.c_int
            _library.cupsLastErrorString.argtypes = []
            _library.cupsLastErrorString.restype = ctypes.c_char_p
    return _library


def available() -> bool:
    """True where printers are CUPS queues that dvc can hand a PDF to (Linux, macOS)."""
    return _cups() is not None


def submit_pdf(printer: str, pdf: Path | str, *, title: str, options: JobOptions) -> int:
    """Queue ``pdf`` on the CUPS queue ``printer``; returns the job's number. A refusal is a UserError."""
    cups = _cups()
    if cups is None:
        raise UserError(QT_TRANSLATE_NOOP("errors", "This computer has no CUPS printing system."))
    queue = printer.split("/")[0]  # "name/instance": CUPS wants the queue's own name
    array = ctypes.c_void_p()
    count = 0
    for name, value in options.as_cups():
        count = cups.cupsAddOption(name.encode(), value.encode(), count, ctypes.byref(array))
    try:
        job = cups.cupsPrintFile(queue.encode(), str(pdf).encode(), title.encode(), count, array)
    finally:
        cups.cupsFreeOptions(count, array)
    if job == 0:
        reason = (cups.cupsLastErrorString() or b"").decode(errors="replace")
        raise UserError(QT_TRANSLATE_NOOP("errors", "The printer {printer} did not take the job: {reason}"),
                        printer=queue, reason=reason or "-")
    return job
