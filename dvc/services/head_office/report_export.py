"""Writing a report as a file for people: Excel laid out to hand over as is, CSV that Excel opens, PDF from forms/.

The daily report (one day) has a summary sheet (今日の数字 in sections with a
totals row) and the day's row of the per-day table; a report over a range has
the per-day table with a totals row. CSV is the per-day table in UTF-8 with a
BOM, so Excel on a Japanese Windows reads it without garbling.
"""

from __future__ import annotations

from pathlib import Path

from dvc.domain.dates import wareki
from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.domain.timeutil import to_local
from dvc.printing.render import render_pdf
from dvc.services.core import table_writer
from dvc.services.head_office.report_figures import DayRow, Report
from dvc.services.head_office.report_table import DAY_COLUMNS, day_label, day_values, totals

FORMATS = ("xlsx", "pdf", "csv")
DAILY_FORM = "daily_report"
RANGE_FORM = "cumulative_report"
DAYS_PER_PDF_PAGE = 20
DRILL_NOTE = "【訓練】訓練用のデータによる報告です。実際の報告には使えません。"


def title(report: Report) -> str:
    return "災害ボランティアセンター日報" if report.start == report.end else "災害ボランティアセンター活動状況（日別）"


def period(report: Report) -> str:
    if report.start == report.end:
        return day_label(report.start)
    return f"{day_label(report.start)}〜{day_label(report.end)}"


def made_at(report: Report) -> str:
    local = to_local(report.made_at)
    return f"{wareki(local.date())} {local:%H:%M} 作成"


def summary_sections(row: DayRow) -> list[tuple[str, list[str], list[list], list | None]]:
    """(heading, column headers, rows, totals row) for the one-day summary."""
    v, n = row.volunteers, row.needs
    return [
        ("ボランティア（本日の活動者）", ["区分", "新規", "リピーター", "計"],
         [["個人", v.first_individual, v.repeat_individual, v.individual],
          ["団体", v.first_in_group, v.repeat_in_group, v.in_group]],
         ["合計", v.first_time, v.repeat, v.checked_in]),
        ("ボランティア（累計ほか）", ["項目", "人数・時間"],
         [["帰着済", v.checked_out], ["活動時間の合計（時間）", round(v.hours, 1)],
          ["延べ活動者数（開設からの累計）", row.volunteers_total], ["実人数（開設からの累計）", row.people_total]], None),
        ("ニーズ", ["項目", "件数"],
         [["受付（本日）", n.received], ["現地調査（本日）", n.surveyed], ["完了（本日）", n.completed],
          ["活動中（日末）", n.active], ["継続（日末）", n.continuing], ["未完了（日末）", n.open],
          ["受付の累計", n.received_total], ["完了の累計", n.completed_total],
          ["必要人数（延べ人日・日末）", n.person_days_needed]], None),
        ("送り出し・資機材", ["項目", "数"],
         [["送り出したチーム（本日）", row.teams_sent], ["資機材の貸出数（本日・点）", row.equipment_lent]], None),
    ]


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
        page = dict(head)
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
