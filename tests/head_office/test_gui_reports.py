"""Reports from the GUI: the 日報 from head office's dialog, the certificate from reception's chosen volunteer."""

from __future__ import annotations

import shutil
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dvc.domain.dates import wareki
from dvc.domain.timeutil import local_day
from tests.equipment.test_equipment_desk import in_dialog
from tests.services.seed import seed
from tests.ui.conftest import japanese_app, show_window  # noqa: F401  (the fixture, imported to be used here)

SHOTS = Path("/tmp/eq/shots")


@pytest.fixture
def window(qtbot, workspace):  # noqa: ANN001, ANN201
    seed(workspace)
    return show_window(qtbot, workspace)


def test_daily_report_from_head_office(qtbot, window, monkeypatch, tmp_path):
    target = tmp_path / "日報.xlsx"
    monkeypatch.setattr("dvc.ui.desks.head_office.report_dialog.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    told = []
    monkeypatch.setattr("dvc.ui.desks.head_office.report_dialog.QMessageBox.information",
                        lambda _p, _t, text: told.append(text))
    qtbot.keyClick(window, Qt.Key.Key_F6)
    board = window.page("head_office")

    def write(dialog) -> None:  # noqa: ANN001
        assert dialog.daily.isChecked() and dialog.format.currentData() == "xlsx"
        assert dialog.file_name() == f"日報_{local_day().isoformat()}.xlsx"
        dialog.write()

    in_dialog(qtbot, write, "report-dialog.png")
    board.report_button.click()
    sheet = load_workbook(target)["日報"]
    assert sheet["A3"].value.startswith(wareki(local_day()))
    rows = {r[0]: r[1:] for r in sheet.iter_rows(values_only=True) if r and r[0]}
    assert rows["合計"][2] == 3  # the seed checks in three people today
    assert told and str(target) in told[0]

    previews = []
    monkeypatch.setattr("dvc.ui.desks.head_office.report_dialog.show_pdf_preview",
                        lambda _p, path, _t, **_kw: previews.append(Path(path)))

    def pdf(dialog) -> None:  # noqa: ANN001
        dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
        dialog.write()

    in_dialog(qtbot, pdf)
    board.report_button.click()
    assert previews and "災害ボランティアセンター日報" in pdfium.PdfDocument(str(previews[0]))[0].get_textpage().get_text_range()


def test_certificate_from_the_chosen_volunteer(qtbot, window, monkeypatch, tmp_path):
    kept = []

    def keep(_parent, path, _title, **_kw) -> None:  # noqa: ANN001
        kept.append(Path(shutil.copy(path, tmp_path / "certificate.pdf")))

    monkeypatch.setattr("dvc.ui.widgets.print_preview.show_pdf_preview", keep)
    reception = window.page("reception")
    qtbot.waitUntil(reception.search_field.hasFocus)
    reception.search_field.insert("やまだ")
    qtbot.keyClick(reception.search_field, Qt.Key.Key_Return)
    qtbot.keyClick(reception.search_field, Qt.Key.Key_Down)
    assert reception.chosen_code() is not None
    window.grab().save(str(SHOTS / "reception-certificate-button.png"))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert kept, "Ctrl+Shift+P made no certificate"
    text = pdfium.PdfDocument(str(kept[0]))[0].get_textpage().get_text_range()
    assert "ボランティア活動証明書" in text and "山田 太郎" in text and "1日" in text
