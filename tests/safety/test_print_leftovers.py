"""Printing is not an export: the temporary PDF of a need sheet (the requester's name and phone) goes with the preview."""

from __future__ import annotations

from types import SimpleNamespace

from dvc.ui.desks.needs import printing
from tests.needs.test_sheets import _need


def test_the_need_sheet_pdf_is_gone_after_the_preview(qtbot, workspace, monkeypatch):
    need = _need(workspace)
    shown = []
    monkeypatch.setattr(printing, "show_pdf_preview",
                        lambda _page, path, _title, **_kw: shown.append((path, path.exists(), path.stat().st_size)))
    printing.print_need(SimpleNamespace(ws=workspace), need.id, notice=False)
    (path, existed, size), = shown
    assert existed and size > 1000  # the preview had the sheet to print…
    assert not path.exists() and not path.parent.exists()  # …and nothing is left behind
