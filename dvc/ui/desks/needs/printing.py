"""Printing a need from the desk: the PDF is made in a temporary file and shown in the print preview."""

from __future__ import annotations

import shutil
import tempfile
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from dvc.services.needs import sheets as need_sheets
from dvc.ui.operations import run_operation
from dvc.ui.widgets.print_preview import show_pdf_preview


def make_pdf(parent: QWidget, ws, need_id: uuid.UUID, *, notice: bool) -> Path | None:  # noqa: ANN001
    folder = Path(tempfile.mkdtemp(prefix="dvc-need-"))
    path = folder / ("requester_notice.pdf" if notice else "need_sheet.pdf")
    done = run_operation(parent, lambda: need_sheets.print_needs(ws, need_ids=[need_id], out=path, notice=notice))
    return path if done else None


def print_need(page, need_id: uuid.UUID, *, notice: bool) -> None:  # noqa: ANN001
    path = make_pdf(page, page.ws, need_id, notice=notice)
    if path is not None:
        if notice:
            title = QCoreApplication.translate("NeedPrinting", "Requester notice")
        else:
            title = QCoreApplication.translate("NeedPrinting", "Need sheet")
        try:
            show_pdf_preview(page, path, title)
        finally:
            # The sheet names the requester: it must not stay behind in the temp folder once printed.
            shutil.rmtree(path.parent, ignore_errors=True)
