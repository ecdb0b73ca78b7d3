"""総務: the list of on-site insurance enrolments for the insurer, saved encrypted (it names people)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from dvc.i18n import translate
from dvc.services.head_office.insurer_list import on_site_enrolments, write_insurer_list
from dvc.services.core.workspace import Workspace
from dvc.ui.dialogs.export_protection import ask_protection, save_name, tell_written
from dvc.ui.operations import run_operation


def save_insurer_list(parent: QWidget, ws: Workspace) -> Path | None:
    listing = run_operation(parent, lambda: on_site_enrolments(ws))
    if listing is None:
        return None
    protection = ask_protection(parent)
    if protection is None:
        return None
    suggested = save_name(Path.home() / f"当日加入者名簿_{listing.fiscal_year}年度.xlsx", protection)
    chosen, _ = QFileDialog.getSaveFileName(parent, translate("InsurerList", "Save the insurer's list"), suggested,
                                            translate("InsurerList", "Encrypted zip (*.zip)"))
    if not chosen:
        return None
    inner = chosen[:-4] if chosen.lower().endswith(".zip") else chosen
    if not inner.lower().endswith((".xlsx", ".csv")):
        inner += ".xlsx"
    written = run_operation(parent, lambda: write_insurer_list(listing, inner, passphrase=protection.passphrase))
    if written is None:
        return None
    summary = translate("InsurerList", "FY{year}: {count} people enrolled here are on the list.").format(
        year=listing.fiscal_year, count=len(listing.rows))
    if listing.without_consent:
        summary += "\n" + translate(
            "InsurerList", "Not on it, no consent to pass their details to the insurer on record (ask them): "
                           "{codes}").format(codes=", ".join(listing.without_consent))
    tell_written(parent, protection, written, summary=summary)
    return written
