"""`dvc report daily|range` (日報 and the per-day report) and `dvc certificate CODE` (活動証明書)."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

from dvc.cli import protection as protection_flags
from dvc.cli.commands import db_path, emit
from dvc.cli.parser import add_json_flag, add_subcommands, iso_day
from dvc.i18n import translate


def _report_json(report, path: Path) -> dict:  # noqa: ANN001  (a report_figures.Report)
    from dvc.services.head_office.report_table import day_values

    return {"file": str(path), "start": report.start.isoformat(), "end": report.end.isoformat(),
            "council": report.council_name, "drill": report.drill, "days": [day_values(r) for r in report.rows]}


def _write(args: argparse.Namespace, start, end) -> int:  # noqa: ANN001
    from dvc.services.head_office.report_export import write_report
    from dvc.services.head_office.report_figures import build_report
    from dvc.services.core.workspace import open_workspace

    with open_workspace(db_path(args), read_only=True) as ws:
        report = build_report(ws, start=start, end=end)
    path = write_report(report, Path(args.out).expanduser())
    emit(args, _report_json(report, path), _said(report, path))
    return 0


def _said(report, path: Path) -> str:  # noqa: ANN001  (a report_figures.Report)
    """One line for a person: the day's figures, or for a range what the days added up to and where it ended."""
    from dvc.services.head_office.report_table import totals

    last = report.last
    if report.start == report.end:
        return translate(
            "cli", "Wrote {path}: {volunteers} volunteers on {day} ({first} first time), {open} needs open, "
                   "{needed} volunteer-days still needed.").format(
            path=path, volunteers=last.volunteers.checked_in, day=last.day.isoformat(),
            first=last.volunteers.first_time, open=last.needs.open, needed=last.needs.person_days_needed)
    sums = totals(report.rows)
    return translate(
        "cli", "Wrote {path}: {days} days from {start} to {end}, {volunteers} volunteer-days ({first} first time), "
               "{received} needs received, {completed} completed; at the end {open} needs open, "
               "{needed} volunteer-days still needed.").format(
        path=path, days=len(report.rows), start=report.start.isoformat(), end=report.end.isoformat(),
        volunteers=sums["volunteers"], first=sums["first_time"], received=sums["needs_received"],
        completed=sums["needs_completed"], open=sums["needs_open"], needed=sums["person_days_needed"])


def daily(args: argparse.Namespace) -> int:
    from dvc.domain.timeutil import local_day

    day = args.date or local_day()
    return _write(args, day, day)


def cumulative(args: argparse.Namespace) -> int:
    return _write(args, args.start, args.end)


def certificate(args: argparse.Namespace) -> int:
    from dvc.services.reception.certificate import check_certificate_file, print_certificate
    from dvc.services.core.workspace import open_workspace

    out = Path(args.out).expanduser()
    check_certificate_file(out)
    buffer = io.BytesIO()
    with open_workspace(db_path(args), read_only=True) as ws:
        protection = protection_flags.for_pdf(args, personal=True, drill=ws.identity.drill)
        cert = print_certificate(ws, code=args.code, out=buffer, start=args.start, end=args.end)
    hours = round(cert.hours, 2)
    data = {"code": cert.code, "name": cert.name, "days": len(cert.days), "hours": hours,
            "days_without_checkout": cert.days_without_checkout}
    written, note = protection_flags.write_pdf(protection, out, buffer.getvalue(), data)
    data["file"] = str(written)
    lines = [translate("cli", "Wrote {path}: {name}, {days} days, {hours} hours.").format(
        path=written, name=cert.name, days=len(cert.days), hours=hours)]
    emit(args, data, "\n".join(lines + [note] if note else lines))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    report = sub.add_parser("report", help=translate("cli", "daily report (日報) and per-day report as .xlsx, .pdf or .csv"))
    report_sub = add_subcommands(report)
    p = report_sub.add_parser(
        "daily", help=translate("cli", "the day's report"),
        description=translate("cli", "Write the daily report (日報). The file name's ending chooses the format: "
                                     ".xlsx (Excel), .pdf or .csv (UTF-8 with BOM)."))
    p.add_argument("--date", type=iso_day, metavar="YYYY-MM-DD", help=translate("cli", "the day (default: today)"))
    p.add_argument("--out", required=True, metavar="FILE", help=translate("cli", "the file to write (.xlsx, .pdf or .csv)"))
    add_json_flag(p)
    p.set_defaults(handler=daily)

    p = report_sub.add_parser(
        "range", help=translate("cli", "figures for each day of a range, with totals"),
        description=translate("cli", "Write the per-day report for upward reporting: volunteers, needs received, "
                                     "surveyed, in progress, completed and continuing, volunteer-days still needed."))
    p.add_argument("--from", dest="start", type=iso_day, required=True, metavar="YYYY-MM-DD",
                   help=translate("cli", "first day"))
    p.add_argument("--to", dest="end", type=iso_day, required=True, metavar="YYYY-MM-DD", help=translate("cli", "last day"))
    p.add_argument("--out", required=True, metavar="FILE", help=translate("cli", "the file to write (.xlsx, .pdf or .csv)"))
    add_json_flag(p)
    p.set_defaults(handler=cumulative)

    p = sub.add_parser("certificate", help=translate("cli", "a volunteer's activity certificate (活動証明書) as PDF"),
                       description=translate("cli", "Write the ボランティア活動証明書 of a volunteer: the days worked "
                                                    "here and the hours between check-in and check-out."))
    p.add_argument("code", metavar="CODE", help=translate("cli", "the volunteer's code, e.g. V-KG1-0042-7"))
    p.add_argument("--out", required=True, metavar="FILE.pdf", help=translate("cli", "the PDF file to write"))
    p.add_argument("--from", dest="start", type=iso_day, metavar="YYYY-MM-DD",
                   help=translate("cli", "count only from this day"))
    p.add_argument("--to", dest="end", type=iso_day, metavar="YYYY-MM-DD", help=translate("cli", "count only to this day"))
    protection_flags.add_flag(p)
    add_json_flag(p)
    p.set_defaults(handler=certificate)
