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

    def look(_p, path, _t, **_kw) -> None:  # noqa: ANN001
        doc = pdfium.PdfDocument(str(path))
        previews.append((Path(path), doc[0].get_textpage().get_text_range()))
        doc.close()

    monkeypatch.setattr("dvc.ui.desks.head_office.report_dialog.show_pdf_preview", look)

    def pdf(dialog) -> None:  # noqa: ANN001
        dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
        dialog.write()

    in_dialog(qtbot, pdf)
    board.report_button.click()
    assert previews and "災害ボランティアセンター日報" in previews[0][1]
    assert not previews[0][0].exists()  # made for the preview only: gone when it closed


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


def test_daily_report_never_sums_a_check_out_before_its_check_in(qtbot, workspace, monkeypatch, tmp_path):
    """Issue 18, item 9: drill check-ins later than the laptop's clock gave 活動時間の合計 −23.9 時間."""
    from datetime import datetime, time, timedelta

    from dvc.domain.timeutil import TOKYO
    from dvc.services.head_office.report_figures import daily_report
    from dvc.services.reception import checkin
    from tests.ui.window_keys import press, when_shown

    today = local_day()
    seeded = seed(workspace)
    at = lambda hour: datetime.combine(today, time(), tzinfo=TOKYO) + timedelta(hours=hour)  # noqa: E731
    worked, backwards = seeded.volunteers["髙橋 美咲"], seeded.volunteers["田中 健"]
    checkin.check_in(workspace, scanned=worked.code, at=at(9))
    checkin.check_out(workspace, scanned=worked.code, at=at(12.5))
    checkin.check_in(workspace, scanned=backwards.code, at=at(23.95))  # a drill time ahead of the clock
    checkin.check_out(workspace, scanned=backwards.code, at=at(0.05))

    previews = []
    monkeypatch.setattr("dvc.ui.desks.head_office.report_dialog.show_pdf_preview",
                        lambda _p, path, _t, **_kw: previews.append(Path(shutil.copy(path, tmp_path / "nippo.pdf"))))
    window = show_window(qtbot, workspace)
    press(Qt.Key.Key_F6)

    def write_pdf(dialog) -> None:  # noqa: ANN001
        press(Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # 形式
        press(Qt.Key.Key_Down)  # Excel → PDF
        assert dialog.format.currentData() == "pdf"
        press(Qt.Key.Key_Return)  # 書き出す

    when_shown(QApplication.activeModalWidget, write_pdf)
    press(Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # 報告…
    qtbot.waitUntil(lambda: bool(previews), timeout=5000)
    page = pdfium.PdfDocument(str(previews[0]))[0]
    text = page.get_textpage().get_text_range()
    hours_line = next(line for line in text.splitlines() if "活動時間の合計" in line and "時間）" in line)
    assert "-" not in hours_line and "−" not in hours_line, hours_line
    assert "帰着時刻が受付時刻より前になっている記録が 1 件" in text
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.render(scale=1.5).to_pil().save(str(SHOTS / "daily-report-hours-left-out.png"))
    window.grab().save(str(SHOTS / "head-office-after-report.png"))
    figures = daily_report(workspace, day=today).last.volunteers
    assert figures.hours_left_out == 1 and figures.hours >= 3.5
    from dvc.services.head_office.report_export import write_report

    book = load_workbook(write_report(daily_report(workspace, day=today), tmp_path / "nippo.xlsx"))["日報"]
    cells = [c for row in book.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert any("記録が 1 件" in c for c in cells)
    hours = next(row[1] for row in book.iter_rows(values_only=True) if row[0] == "活動時間の合計（時間）")
    assert hours >= 3.5
