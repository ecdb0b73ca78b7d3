"""The report files as the city receives them: Excel opened with openpyxl, CSV as Excel reads it, PDF looked at."""

from __future__ import annotations

import csv
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook

from dvc.domain.messages import UserError
from dvc.services.head_office.report_export import write_report
from dvc.services.head_office.report_figures import build_report, daily_report
from tests.head_office.scenario import DAY, DAYS, build

SHOTS = Path("/tmp/eq/shots")


@pytest.fixture
def scenario(workspace):
    return build(workspace)


def _cells(sheet) -> dict[str, object]:  # noqa: ANN001
    """Label in column A -> the row's values, for the summary sheet."""
    return {row[0]: row[1:] for row in sheet.iter_rows(values_only=True) if row and isinstance(row[0], str)}


def test_daily_excel_is_laid_out_for_people(workspace, scenario, tmp_path):
    out = write_report(daily_report(workspace, day=DAY), tmp_path / "nippo.xlsx")
    book = load_workbook(out)
    assert book.sheetnames == ["日報", "日別"]
    sheet = book["日報"]
    assert sheet["A1"].value == "災害ボランティアセンター日報" and sheet["A1"].font.b
    assert sheet["A2"].value == "小金井市社会福祉協議会"
    assert sheet["A3"].value == "令和8年11月27日（金）" and sheet["D3"].value == "2026-11-27"
    want = scenario.volunteers[DAY]
    rows = _cells(sheet)
    first_individual = want["first_time"] - want["first_in_group"]
    individual = want["checked_in"] - want["in_group"]
    assert rows["区分"][:3] == ("新規", "リピーター", "計")
    assert rows["個人"][:3] == (first_individual, individual - first_individual, individual)
    assert rows["団体"][:3] == (want["first_in_group"], want["in_group"] - want["first_in_group"], want["in_group"])
    assert rows["合計"][:3] == (want["first_time"], want["repeat"], want["checked_in"])
    total_row = next(r for r in sheet.iter_rows() if r[0].value == "合計")
    assert all(c.font.b for c in total_row[:4]) and total_row[1].border.top.style == "double"
    assert total_row[3].number_format == "#,##0"
    assert rows["延べ活動者数（開設からの累計）"][0] == want["volunteers_total"]
    assert rows["実人数（開設からの累計）"][0] == want["people_total"]
    assert rows["活動時間の合計（時間）"][0] == pytest.approx(round(want["hours"], 1))
    needs = scenario.needs[DAY]
    assert rows["受付（本日）"][0] == needs["received"] and rows["完了（本日）"][0] == needs["completed"]
    assert rows["継続（日末）"][0] == needs["continuing"] and rows["未完了（日末）"][0] == needs["open"]
    assert rows["必要人数（延べ人日・日末）"][0] == needs["person_days"]
    assert rows["送り出したチーム（本日）"][0] == scenario.teams_sent[DAY]
    assert sheet.column_dimensions["A"].width >= 30 and int(sheet.page_setup.paperSize) == int(sheet.PAPERSIZE_A4)
    assert "特記事項" in rows

    days = book["日別"]
    header = [c.value for c in next(r for r in days.iter_rows() if r[0].value == "日付")]
    assert header[:4] == ["日付", "和暦", "活動者数", "うち新規"]
    [line] = [r for r in days.iter_rows(values_only=True) if r[0] == "2026-11-27"]
    assert line[1] == "令和8年11月27日（金）" and line[2] == want["checked_in"] and line[3] == want["first_time"]


def test_cumulative_excel_has_a_totals_row_of_the_days(workspace, scenario, tmp_path):
    out = write_report(build_report(workspace, start=DAYS[0], end=DAYS[-1]), tmp_path / "range.xlsx")
    sheet = load_workbook(out)["日別"]
    assert sheet["A1"].value == "災害ボランティアセンター活動状況（日別）"
    assert sheet["A3"].value == "令和8年11月25日（水）〜令和8年11月27日（金）"
    values = list(sheet.iter_rows(values_only=True))
    header = next(v for v in values if v[0] == "日付")
    assert "延べ活動者数\n（累計）" in header  # two short lines, not a word broken anywhere
    col = {name.replace("\n", ""): i for i, name in enumerate(header)}
    days = [v for v in values if v[0] in {d.isoformat() for d in DAYS}]
    assert [v[col["活動者数"]] for v in days] == [scenario.volunteers[d]["checked_in"] for d in DAYS]
    assert [v[col["ニーズ受付"]] for v in days] == [scenario.needs[d]["received"] for d in DAYS]
    [total] = [v for v in values if v[0] == "合計"]
    assert total[1] == "3日間"
    assert total[col["活動者数"]] == sum(scenario.volunteers[d]["checked_in"] for d in DAYS)
    assert total[col["完了"]] == sum(scenario.needs[d]["completed"] for d in DAYS)
    # Stocks are not added up: the total shows where things stood at the end.
    assert total[col["未完了（日末）"]] == scenario.needs[DAYS[-1]]["open"]
    assert total[col["延べ活動者数（累計）"]] == scenario.volunteers[DAYS[-1]]["volunteers_total"]
    assert sheet.freeze_panes == "C7"  # the header row (6) stays on screen


def test_csv_opens_in_excel_as_utf8_with_bom(workspace, scenario, tmp_path):
    out = write_report(build_report(workspace, start=DAYS[0], end=DAYS[-1]), tmp_path / "range.csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:3] == ["日付", "和暦", "活動者数"]
    assert [int(r[2]) for r in rows[1:4]] == [scenario.volunteers[d]["checked_in"] for d in DAYS]
    assert rows[4][0] == "合計" and int(rows[4][2]) == sum(scenario.volunteers[d]["checked_in"] for d in DAYS)
    one_day = write_report(daily_report(workspace, day=DAY), tmp_path / "day.csv")
    assert len(list(csv.reader(one_day.read_text(encoding="utf-8-sig").splitlines()))) == 2


def _pdf(path: Path, name: str) -> str:
    doc = pdfium.PdfDocument(str(path))
    SHOTS.mkdir(parents=True, exist_ok=True)
    for number, page in enumerate(doc, start=1):
        page.render(scale=110 / 72).to_pil().save(SHOTS / f"{name}-{number}.png")
    return "\n".join(page.get_textpage().get_text_range() for page in doc)


def test_pdf_reports_from_forms(workspace, scenario, tmp_path):
    text = _pdf(write_report(daily_report(workspace, day=DAY), tmp_path / "nippo.pdf"), "report-daily")
    want = scenario.volunteers[DAY]
    assert "災害ボランティアセンター日報" in text and "令和8年11月27日（金）" in text
    words = text.split()
    at = words.index("合計")
    assert words[at + 1:at + 4] == [str(want["first_time"]), str(want["repeat"]), str(want["checked_in"])]
    assert "必要人数（延べ人日・日末）" in text and "特記事項" in text
    text = _pdf(write_report(build_report(workspace, start=DAYS[0], end=DAYS[-1]), tmp_path / "range.pdf"), "report-range")
    assert "令和8年11月25日（水）" in text and "3日間" in text


def test_bad_file_names_are_refused(workspace, tmp_path):
    report = daily_report(workspace, day=DAY)
    with pytest.raises(UserError):
        write_report(report, tmp_path / "nippo.docx")
    with pytest.raises(UserError):
        write_report(report, tmp_path / "missing" / "nippo.xlsx")
