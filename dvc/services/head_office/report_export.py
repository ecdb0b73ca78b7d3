"""Writing a report as a file for people: Excel laid out to hand over as is, CSV that Excel opens, PDF from forms/.

The daily report (one day) has a summary sheet (今日の数字 in sections with a
totals row) and the day's row of the per-day table; a report over a range has
the per-day table with a totals row. CSV is the per-day table in UTF-8 with a
BOM, so Excel on a Japanese Windows reads it without garbling.
"""

from __future__ import annotations

from pathlib import Path

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.printing.render import render_pdf
from dvc.services.core import table_writer
from dvc.services.head_office.report_figures import Report
from dvc.services.head_office.report_table import DAY_COLUMNS, day_values, hours_note, made_at
from dvc.services.head_office.report_table import period, summary_sections, title, totals

FORMATS = ("xlsx", "pdf", "csv")
DAILY_FORM = "daily_report"
RANGE_FORM = "cumulative_report"
DAYS_PER_PDF_PAGE = 20


def write_csv(report: Report, path: Path) -> None:
    rows = [[c.header for c in DAY_COLUMNS]]
    rows += [[values[c.key] for c in DAY_COLUMNS] for values in map(day_values, report.rows)]
    if len(report.rows) > 1:
        values = totals(report.rows)
        rows.append([values[c.key] for c in DAY_COLUMNS])
    table_writer.write_csv(path, rows)


def _pdf_pages(report: Report) -> tuple[str, list[dict]]:
    head = {"title": title(report), "council": report.council_name, "period": period(report), "made": made_at(report)}
    if report.start == report.end:
        sections = summary_sections(report.last)
        page = dict(head, hours_note=hours_note(report.last))
        for key, (_heading, headers, rows, total) in zip(("people", "totals", "needs", "teams"), sections):
            lines = [dict(zip(("label", "a", "b", "c"), r)) for r in rows]
            if total:
                lines.append(dict(zip(("label", "a", "b", "c"), total)))
            page[key] = lines
        return DAILY_FORM, [page]
    rows = [day_values(r) for r in report.rows] + [totals(report.rows)]
    pages = []
    for start in range(0, len(rows), DAYS_PER_PDF_PAGE):
        pages.append({**head, "days": rows[start:start + DAYS_PER_PDF_PAGE]})
    return RANGE_FORM, pages


def write_pdf(report: Report, path: Path) -> int:
    form, pages = _pdf_pages(report)
    return render_pdf(form, pages, path, drill=report.drill)


def write_report(report: Report, out: Path | str) -> Path:
    """Write ``report`` in the format the file name says (.xlsx, .pdf or .csv)."""
    # openpyxl is loaded only when an Excel file is written, not with every screen that can write a report.
    from dvc.services.head_office.report_excel import write_xlsx

    path = Path(out)
    kind = path.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Name the report file .xlsx, .pdf or .csv (not “{name}”)."),
                        name=path.name)
    if not path.parent.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."), folder=str(path.parent))
    try:
        if kind == "xlsx":
            write_xlsx(report, path)
        elif kind == "csv":
            write_csv(report, path)
        else:
            write_pdf(report, path)
    except PermissionError:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{path} cannot be written (is it open in Excel?)."),
                        path=str(path)) from None
    return path
