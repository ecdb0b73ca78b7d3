"""`dvc volunteers import FILE`: pre-registrations from a web form's CSV or Excel export.

Exit 0 when the file was read (bad rows are listed and left out, and go to
--errors); 1 when the file is refused whole (unreadable, wrong columns).
"""

from __future__ import annotations

import argparse

from dvc.cli import protection as protection_flags
from dvc.cli.commands import db_path, emit
from dvc.cli.parser import add_json_flag, add_subcommands
from dvc.cli.signin import add_operator_flag, sign_in
from dvc.i18n import translate

def _skip_reason(reason: str, other: str) -> str:
    texts = {
        "already_imported": translate("cli", "already imported as {other}"),
        "already_registered": translate("cli", "already registered as {other}"),
        "repeated_in_file": translate("cli", "the same person as row {other}"),
    }
    return texts.get(reason, reason).format(other=other)


def volunteers_import(args: argparse.Namespace) -> int:
    from dvc.services.reception.volunteer_import import import_volunteers, write_error_csv
    from dvc.services.core.workspace import open_workspace

    protection = protection_flags.choose(args) if args.errors else None
    with open_workspace(db_path(args)) as ws:
        if not args.dry_run:
            sign_in(ws, args)
        report = import_volunteers(ws, path=args.file, dry_run=args.dry_run)
    lines = [translate("cli", "{rows} rows: {new} to add, {skipped} already known, {bad} with errors.").format(
        rows=report.rows, new=len(report.new), skipped=len(report.skipped), bad=len(report.bad))]
    if report.new_groups:
        lines.append(translate("cli", "New groups: {names}").format(names="、".join(report.new_groups)))
    if report.ignored_columns:
        lines.append(translate("cli", "Columns not read: {names}").format(names="、".join(report.ignored_columns)))
    row = translate("cli", "row {line}")
    for bad in report.bad:
        column = f" [{bad.column}]" if bad.column else ""
        lines.append(f"  {row.format(line=bad.line)}{column}: {bad.error.message(translate)}")
    for skipped in report.skipped:
        lines.append(f"  {row.format(line=skipped.line)}: {_skip_reason(skipped.reason, skipped.other)}")
    for planned in report.new:
        notes = [f.message(translate) for f in planned.findings if f.severity != "info"]
        if planned.same_phone:
            notes.append(translate("cli", "same phone as {codes}").format(codes=", ".join(planned.same_phone)))
        if notes:
            lines.append(f"  {row.format(line=planned.line)}: {' / '.join(notes)}")
    data = report.as_dict(translate)
    if args.errors and report.bad:
        written = write_error_csv(report, args.errors, translate, passphrase=protection.passphrase)
        data["errors_file"] = str(written)
        lines.append(translate("cli", "{count} bad rows written to {path}.").format(count=len(report.bad), path=written))
        lines.append(protection_flags.describe(protection, written, data))
    if args.dry_run:
        lines.append(translate("cli", "Dry run: nothing was imported."))
    elif report.applied:
        lines.append(translate("cli", "Imported {count} volunteers.").format(count=len(report.added)))
    else:
        lines.append(translate("cli", "Nothing new to import."))
    emit(args, data, "\n".join(lines))
    return 0


def volunteers_insurer_list(args: argparse.Namespace) -> int:
    from dvc.services.head_office.insurer_list import on_site_enrolments, write_insurer_list
    from dvc.services.core.workspace import open_workspace

    protection = protection_flags.choose(args)
    with open_workspace(db_path(args)) as ws:
        listing = on_site_enrolments(ws, year=args.year)
    written = write_insurer_list(listing, args.out, passphrase=protection.passphrase)
    data = listing.as_dict() | {"path": str(written)}
    lines = [translate("cli", "FY{year}: {count} people enrolled here listed for the insurer.").format(
        year=listing.fiscal_year, count=len(listing.rows))]
    if listing.without_consent:
        lines.append(translate("cli", "Left out, no consent to pass their details to the insurer on record: {codes}").format(
            codes=", ".join(listing.without_consent)))
    lines.append(protection_flags.describe(protection, written, data))
    emit(args, data, "\n".join(lines))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    volunteers = sub.add_parser("volunteers", help=translate("cli", "volunteers: import pre-registrations"))
    volunteers_sub = add_subcommands(volunteers)
    p = volunteers_sub.add_parser(
        "import", help=translate("cli", "import pre-registered volunteers from a CSV or Excel file"),
        description=translate(
            "cli", "Import pre-registered volunteers (CSV in UTF-8 or Shift_JIS, or .xlsx). Rows already imported "
                   "or already registered are not added again; bad rows are listed with their row number and left "
                   "out. The columns are described in manual/import_volunteers.md."))
    p.add_argument("file", metavar="FILE", help=translate("cli", "the .csv or .xlsx file"))
    p.add_argument("--dry-run", action="store_true", help=translate("cli", "only show what would be imported"))
    p.add_argument("--errors", metavar="OUT.csv",
                   help=translate("cli", "write the bad rows with their reasons to this CSV file (UTF-8 with BOM)"))
    protection_flags.add_flag(p)
    add_operator_flag(p)
    add_json_flag(p)
    p.set_defaults(handler=volunteers_import)

    p = volunteers_sub.add_parser(
        "insurer-list", help=translate("cli", "the list of on-site insurance enrolments for the insurer"),
        description=translate("cli", "Write the people enrolled in volunteer activity insurance here (当日加入) who "
                                     "agreed to their details going to the insurer. Encrypted unless --no-encrypt."))
    p.add_argument("--out", required=True, metavar="FILE", help=translate("cli", "the file to write (.xlsx or .csv)"))
    p.add_argument("--year", type=int, metavar="YYYY", help=translate("cli", "the fiscal year (default: this one)"))
    protection_flags.add_flag(p)
    add_json_flag(p)
    p.set_defaults(handler=volunteers_insurer_list)
