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


def test_dispatch_sheet_and_closing_list_pdfs_are_gone_after_the_preview(qtbot, workspace, monkeypatch):
    """Both name people (members with phones, who is not back): neither stays in the temp folder."""
    from dvc.ui.desks.dispatch import closing_dialog, flows
    from tests.ui.dispatch.conftest import make_day

    day = make_day(workspace)
    shown = []

    def look(_parent, path, _title=None, **_kw):  # noqa: ANN001, ANN202
        shown.append((path, path.exists(), path.stat().st_size))

    monkeypatch.setattr(flows, "show_pdf_preview", look)
    monkeypatch.setattr(closing_dialog, "show_pdf_preview", look)
    flows.print_sheet(None, workspace, day.teams[0])
    dialog = closing_dialog.ClosingDialog(workspace, None)
    qtbot.addWidget(dialog)
    dialog.print_list()
    assert len(shown) == 2
    for path, existed, size in shown:
        assert existed and size > 1000
        assert not path.exists() and not path.parent.exists()
