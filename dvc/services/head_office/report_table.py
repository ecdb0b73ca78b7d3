"""The report's figures as a table with Japanese headers: one row per day, the same in Excel, CSV and PDF;
and the title, period and one-day summary sections that the Excel and PDF files both print.

Reports go to the city and the Tokyo council on Japanese paper and files, so
the headings are Japanese whatever language the screen uses (as the printed
forms are). Columns are either flows (what happened that day; the totals row
adds them up) or stocks (where things stood at the day's end; the totals row
repeats the last day's value).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dvc.domain.dates import wareki
from dvc.domain.timeutil import to_local
from dvc.services.head_office.report_figures import DayRow, Report

WEEKDAYS = "月火水木金土日"


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    stock: bool = False  # a value at the day's end: the totals row shows the last day's
    width: float = 9  # Excel column width, in characters


DAY_COLUMNS = (
    Column("date", "日付", width=12),
    Column("wareki", "和暦", width=17),
    Column("volunteers", "活動者数"),
    Column("first_time", "うち新規"),
    Column("repeat", "うちリピーター", width=10),
    Column("individual", "個人"),
    Column("in_group", "団体"),
    Column("volunteers_total", "延べ活動者数（累計）", stock=True, width=12),
    Column("people_total", "実人数（累計）", stock=True, width=10),
    Column("needs_received", "ニーズ受付"),
    Column("needs_surveyed", "現地調査"),
    Column("needs_active", "活動中（日末）", stock=True, width=10),
    Column("needs_completed", "完了"),
    Column("needs_continuing", "継続（日末）", stock=True, width=10),
    Column("needs_open", "未完了（日末）", stock=True, width=10),
    Column("person_days_needed", "必要人数（延べ人日）", stock=True, width=12),
    Column("teams_sent", "送り出しチーム"),
    Column("equipment_lent", "資機材貸出数", width=10),
)
NUMBER_KEYS = tuple(c.key for c in DAY_COLUMNS if c.key not in ("date", "wareki"))
TOTAL_LABEL = "合計"


def day_label(day: date) -> str:
    return f"{wareki(day)}（{WEEKDAYS[day.weekday()]}）"


def day_values(row: DayRow) -> dict:
    v, n = row.volunteers, row.needs
    return {
        "date": row.day.isoformat(), "wareki": day_label(row.day),
        "volunteers": v.checked_in, "first_time": v.first_time, "repeat": v.repeat, "individual": v.individual,
        "in_group": v.in_group, "volunteers_total": row.volunteers_total, "people_total": row.people_total,
        "needs_received": n.received, "needs_surveyed": n.surveyed, "needs_active": n.active,
        "needs_completed": n.completed, "needs_continuing": n.continuing, "needs_open": n.open,
        "person_days_needed": n.person_days_needed, "teams_sent": row.teams_sent, "equipment_lent": row.equipment_lent,
    }


def totals(rows: list[DayRow]) -> dict:
    values = [day_values(r) for r in rows]
    out = {"date": TOTAL_LABEL, "wareki": f"{len(rows)}日間"}
    for column in DAY_COLUMNS[2:]:
        out[column.key] = values[-1][column.key] if column.stock else sum(v[column.key] for v in values)
    return out


STOCK_NOTE = "（日末）・（累計）の列の合計欄は最終日の値です。"
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


def hours_note(row: DayRow) -> str:
    """What the hours figure leaves out, for the 特記事項 of the daily report ("" when nothing)."""
    left_out = row.volunteers.hours_left_out
    if not left_out:
        return ""
    return (f"※ 帰着時刻が受付時刻より前になっている記録が {left_out} 件あります（パソコンの時計の誤りなど）。"
            "この記録は「活動時間の合計」に含めていません。")


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
