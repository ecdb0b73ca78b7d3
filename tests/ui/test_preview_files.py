"""Print previews never wait in the shared temp folder: each PDF made only to be shown and printed lives in the
database's private folder (0700), goes when the preview closes, and what a killed window left goes at the next start."""

from __future__ import annotations

import ast
import os
import stat
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from dvc.services.core import preview_files
from dvc.ui.widgets import print_preview

UI = Path(__file__).resolve().parents[2] / "dvc" / "ui"


@pytest.fixture
def previews(monkeypatch):  # noqa: ANN201
    """Every real preview opened: its file, then closed at once as a person would after printing."""
    seen = []

    def exec_(dialog) -> int:  # noqa: ANN001
        path = dialog.pdf_path
        seen.append(SimpleNamespace(path=path, size=path.stat().st_size, pages=dialog.page_count(),
                                    mode=stat.S_IMODE(path.parent.parent.stat().st_mode)))
        dialog.reject()
        return 0

    monkeypatch.setattr(print_preview.PrintPreview, "exec", exec_)

    def refused(*args, **_kw) -> None:  # noqa: ANN002
        raise AssertionError(f"a message instead of a preview: {args[2:]}")

    for kind in ("critical", "warning", "information"):  # a modal box would wait for a click forever
        monkeypatch.setattr(QMessageBox, kind, refused)
    return seen


def _blank_sheets(ws, monkeypatch) -> None:  # noqa: ANN001
    from dvc.ui.desks.reception.print_actions import PrintActions

    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (2, True))
    PrintActions(ws, lambda: None).print_blank()


def _certificate(ws, monkeypatch) -> None:  # noqa: ANN001
    from dvc.ui.desks.reception.certificate_action import CertificateAction
    from tests.apart.scenes import register

    from dvc.services.reception import checkin

    _id, code = register(ws)
    checkin.check_in(ws, scanned=code)
    CertificateAction(ws, lambda: code).print_certificate()


def _need_sheet(ws, monkeypatch) -> None:  # noqa: ANN001
    from dvc.ui.desks.needs import printing
    from tests.apart.scenes import need

    page = QWidget()  # the needs desk, as far as printing needs it
    page.ws = ws
    printing.print_need(page, need(ws), notice=False)


def _report(ws, monkeypatch) -> None:  # noqa: ANN001
    from dvc.ui.desks.head_office.report_dialog import ReportDialog

    dialog = ReportDialog(ws)
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    dialog.write()


def _labels(ws, monkeypatch) -> None:  # noqa: ANN001
    from dvc.services.equipment import items, stock
    from dvc.ui.desks.equipment.label_dialog import LabelDialog

    items.add_item(ws, draft=items.ItemDraft(name="一輪車", unit="台", owned=2))
    dialog = LabelDialog(None, ws, stock.stock_rows(ws))
    dialog.copies[0].setValue(2)
    dialog.preview()


def _closing_list(ws, monkeypatch) -> None:  # noqa: ANN001
    from dvc.ui.desks.dispatch.closing_dialog import ClosingDialog

    ClosingDialog(ws, None).print_list()


@pytest.mark.parametrize("make", [_blank_sheets, _certificate, _need_sheet, _report, _labels, _closing_list])
def test_a_preview_opened_and_closed_leaves_no_file(qtbot, workspace, previews, monkeypatch, make):  # noqa: ANN001
    make(workspace, monkeypatch)
    (shown,) = previews
    private = preview_files.folder_for(workspace.path)
    assert shown.size > 1000 and shown.pages >= 1  # the preview had the sheet to show and print…
    assert shown.path.parent.parent == private == workspace.path.with_name("center.db.previews")
    if os.name == "posix":
        assert shown.mode == 0o700  # …in a folder no other user of the laptop can open…
    assert not shown.path.exists() and not shown.path.parent.exists()  # …and nothing of it is left
    assert list(private.iterdir()) == []


def test_the_private_folder_is_closed_to_others_even_if_it_was_made_open(tmp_path):
    db = tmp_path / "dvc.db"
    preview_files.folder_for(db).mkdir(mode=0o777)
    os.chmod(preview_files.folder_for(db), 0o777)
    with preview_files.preview_file(db, "sheet.pdf") as path:
        path.write_bytes(b"%PDF")
        if os.name == "posix":
            assert stat.S_IMODE(path.parent.parent.stat().st_mode) == 0o700
            assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert list(preview_files.folder_for(db).iterdir()) == []


def test_the_file_goes_even_when_making_or_showing_it_fails(tmp_path):
    db = tmp_path / "dvc.db"
    with pytest.raises(RuntimeError), preview_files.preview_file(db, "sheet.pdf") as path:
        path.write_bytes(b"%PDF")
        raise RuntimeError("printer caught fire")
    assert list(preview_files.folder_for(db).iterdir()) == []


def test_leftovers_of_a_killed_window_are_removed_at_the_next_start(qtbot, db_path):
    from dvc.services.core.setup import create_database
    from dvc.ui.startup import open_for_gui

    council_db = db_path
    create_database(council_db, council="koganei", operator_name="山田 花子").close()
    private = preview_files.folder_for(council_db)
    private.mkdir(mode=0o700)
    (private / "preview-abc123").mkdir()
    (private / "preview-abc123" / "recovery_sheet.pdf").write_bytes(b"%PDF-1.7 the passphrase")
    (private / "stray.pdf").write_bytes(b"%PDF")
    ws = open_for_gui(db_path=council_db, drill=False, explicit_path=True)
    try:
        assert ws is not None
        assert list(private.iterdir()) == []
    finally:
        ws.close()


def _temp_calls(path: Path) -> list[str]:
    """The tempfile functions a module calls (tempfile.X(...) or a name imported from tempfile)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = {alias.asname or alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                and node.module == "tempfile" for alias in node.names}
    calls = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "tempfile":
                calls.append(func.attr)
            elif isinstance(func, ast.Name) and func.id in imported:
                calls.append(func.id)
    return calls


def test_no_screen_makes_its_own_temporary_files():
    """Previews go through print_preview.temporary_pdf. The one exception copies the database (encrypted, a
    checked backup) to photograph the screens from it, and writes no PDF."""
    allowed = {UI / "screenshots.py": ["TemporaryDirectory"]}
    found = {path: calls for path in sorted(UI.rglob("*.py")) if (calls := _temp_calls(path))}
    assert found == allowed
