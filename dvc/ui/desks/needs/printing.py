"""Printing a need from the desk: the PDF is made in the private preview folder, shown, and removed."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from dvc.services.needs import sheets as need_sheets
from dvc.ui.operations import run_operation
from dvc.ui.widgets.print_preview import show_pdf_preview, temporary_pdf


def make_pdf(parent: QWidget, ws, need_id: uuid.UUID, path: Path, *, notice: bool) -> Path | None:  # noqa: ANN001
    done = run_operation(parent, lambda: need_sheets.print_needs(ws, need_ids=[need_id], out=path, notice=notice))
    return path if done else None


def print_need(page, need_id: uuid.UUID, *, notice: bool) -> None:  # noqa: ANN001
    # The sheet names the requester: it must not stay behind once printed (temporary_pdf removes it).
    with temporary_pdf(page.ws, "requester_notice.pdf" if notice else "need_sheet.pdf") as path:
        if make_pdf(page, page.ws, need_id, path, notice=notice) is not None:
            if notice:
                title = QCoreApplication.translate("NeedPrinting", "Requester notice")
            else:
                title = QCoreApplication.translate("NeedPrinting", "Need sheet")
            show_pdf_preview(page, path, title)
