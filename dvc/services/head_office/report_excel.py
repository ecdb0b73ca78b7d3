"""The report as an Excel workbook a center head can hand to the city without editing it.

Japanese headings, column widths that fit them, number formats with thousands
separators, a bold totals row, the date also in 和暦, A4 print settings, and a
訓練 note on drill data.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from dvc.services.core.table_writer import set_cell
from dvc.services.head_office.report_figures import Report
from dvc.services.head_office.report_table import DAY_COLUMNS, DRILL_NOTE, STOCK_NOTE, day_values
from dvc.services.head_office.report_table import hours_note, made_at, period, summary_sections, title, totals

FONT = "游ゴシック"  # Office's default Japanese font; Excel substitutes one where it is missing
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="DDE5F0")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
TOTAL_BORDER = Border(left=THIN, right=THIN, top=Side(style="double", color="404040"), bottom=THIN)
NUMBER = "#,##0"
HOURS = "#,##0.0"


def header_lines(text: str) -> str:
    """Two short lines instead of a word broken anywhere: 延べ活動者数 / （累計）, うち / リピーター."""
    if "（" in text and not text.startswith("（"):
        return text.replace("（", "\n（", 1)
    return text.replace("うち", "うち\n", 1) if text.startswith("うち") and len(text) > 5 else text


def header_width(text: str) -> float:
    """Excel's width unit is one narrow digit; a Japanese character takes two."""
    return max(sum(2 if ord(ch) > 0x2000 else 1 for ch in line) for line in text.split("\n")) + 2


def _font(**kwargs) -> Font:  # noqa: ANN003
    return Font(name=FONT, **kwargs)


def _heading(ws: Worksheet, report: Report, width: int) -> int:
    """Title, council, period and time made; returns the next free row."""
    set_cell(ws, 1, 1, title(report)).font = _font(size=16, bold=True)
    set_cell(ws, 2, 1, report.council_name).font = _font(size=11)  # a council's own name, as it was typed
    set_cell(ws, 3, 1, period(report)).font = _font(size=12, bold=True)
    iso = report.start.isoformat() if report.start == report.end else f"{report.start.isoformat()} – {report.end.isoformat()}"
    set_cell(ws, 3, width, iso).font = _font(size=9, color="555555")
    ws.cell(3, width).alignment = Alignment(horizontal="right")
    set_cell(ws, 4, 1, made_at(report)).font = _font(size=9, color="555555")
    row = 5
    if report.drill:
        set_cell(ws, row, 1, DRILL_NOTE).font = _font(size=11, bold=True, color="C05000")
        row += 1
    for merged in range(1, 3):
        ws.merge_cells(start_row=merged, start_column=1, end_row=merged, end_column=width)
    return row + 1


def _table(ws: Worksheet, top: int, headers: list[str], rows: list[list], total: list | None,
           formats: dict[int, str] | None = None) -> int:
    formats = formats or {}
    for col, text in enumerate(headers, start=1):
        cell = set_cell(ws, top, col, text)
        cell.font, cell.fill, cell.border = _font(bold=True), HEADER_FILL, BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    lines = [(r, False) for r in rows] + ([(total, True)] if total else [])
    for offset, (values, is_total) in enumerate(lines, start=1):
        for col, value in enumerate(values, start=1):
            cell = set_cell(ws, top + offset, col, value)
            cell.border = TOTAL_BORDER if is_total else BOX
            cell.font = _font(bold=is_total)
            if is_total:
                cell.fill = TOTAL_FILL
            if isinstance(value, (int, float)):
                cell.number_format = formats.get(col, HOURS if isinstance(value, float) else NUMBER)
                cell.alignment = Alignment(horizontal="right")
    return top + len(lines) + 1


def _print_setup(ws: Worksheet, *, landscape: bool, header_row: int | None = None) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    if header_row:
        ws.print_title_rows = f"{header_row}:{header_row}"


def _summary_sheet(ws: Worksheet, report: Report) -> None:
    ws.title = "日報"
    row = _heading(ws, report, 4)
    for heading, headers, rows, total in summary_sections(report.last):
        set_cell(ws, row, 1, f"■ {heading}").font = _font(size=12, bold=True)
        row = _table(ws, row + 1, headers, rows, total) + 1
    set_cell(ws, row, 1, "特記事項").font = _font(size=12, bold=True)
    ws.merge_cells(start_row=row + 1, start_column=1, end_row=row + 5, end_column=4)
    note = ws.cell(row + 1, 1, hours_note(report.last) or None)
    note.alignment = Alignment(wrap_text=True, vertical="top")
    for r in range(row + 1, row + 6):
        for c in range(1, 5):
            ws.cell(r, c).border = BOX
    for col, width in zip("ABCD", (34, 13, 13, 13)):
        ws.column_dimensions[col].width = width
    _print_setup(ws, landscape=False)


def _days_sheet(ws: Worksheet, report: Report) -> None:
    width = len(DAY_COLUMNS)
    top = _heading(ws, report, width)
    rows = [[day_values(r)[c.key] for c in DAY_COLUMNS] for r in report.rows]
    total = [totals(report.rows)[c.key] for c in DAY_COLUMNS] if len(report.rows) > 1 else None
    headers = [header_lines(c.header) for c in DAY_COLUMNS]
    end = _table(ws, top, headers, rows, total)
    ws.row_dimensions[top].height = 32
    if total:
        set_cell(ws, end, 1, STOCK_NOTE).font = _font(size=9, color="555555")
    for index, (column, header) in enumerate(zip(DAY_COLUMNS, headers), start=1):
        ws.column_dimensions[get_column_letter(index)].width = max(column.width, header_width(header))
    ws.freeze_panes = ws.cell(top + 1, 3)
    _print_setup(ws, landscape=True, header_row=top)


def write_xlsx(report: Report, path: Path) -> None:
    book = Workbook()
    if report.start == report.end:
        _summary_sheet(book.active, report)
        _days_sheet(book.create_sheet("日別"), report)
    else:
        book.active.title = "日別"
        _days_sheet(book.active, report)
    book.properties.title = title(report)
    book.properties.creator = "dvc"
    book.save(path)
