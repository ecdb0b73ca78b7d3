"""`dvc needs …`: list the board, change a need's status, import needs collected elsewhere, the work-type list."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

from dvc.cli import protection as protection_flags
from dvc.cli.commands import db_path, emit
from dvc.cli.parser import add_json_flag, add_subcommands, iso_day, positive_int
from dvc.domain.need_status import STATUS_TEXT
from dvc.cli.signin import add_operator_flag, sign_in
from dvc.i18n import translate


def _status(key: str) -> str:
    text = STATUS_TEXT.get(key)
    return translate("vocab", text) if text else key


def needs_list(args: argparse.Namespace) -> int:
    from dvc.services.needs import board as needs_board
    from dvc.services.core.workspace import open_workspace

    board = needs_board.BoardFilter(
        statuses=tuple(args.status or ()), district=args.district or "", work_type=args.work or "",
        priority=args.priority or "", received_from=args.since, received_to=args.until, text=args.find or "")
    with open_workspace(db_path(args), read_only=True) as ws:
        total = needs_board.count_needs(ws, board=board)
        rows = needs_board.need_page(ws, board=board, sort=args.sort, limit=args.limit or max(total, 1))
    data = {"total": total, "needs": [
        {"id": str(r.id), "code": r.code, "received_at": r.received_at.isoformat(), "district": r.district,
         "site_address": r.site_address, "requester_name": r.requester_name, "work_types": list(r.work_types),
         "headcount": r.headcount, "priority": r.priority, "status": r.status} for r in rows]}
    lines = [f"{r.code}  {_status(r.status):<8}  {r.district:<5}  {r.headcount:>3}  {'、'.join(r.work_types)}  {r.site_address}"
             for r in rows]
    lines.append(translate("cli", "{shown} of {total} needs").format(shown=len(rows), total=total))
    emit(args, data, "\n".join(lines))
    return 0


def needs_status(args: argparse.Namespace) -> int:
    from dvc.services.needs import progress as need_progress
    from dvc.services.needs import intake as needs_intake
    from dvc.services.core.workspace import open_workspace

    with open_workspace(db_path(args)) as ws:
        sign_in(ws, args)
        need_id = needs_intake.find_need_id(ws, code=args.code)
        before = need_progress.need_story(ws, need_id=need_id).need.status
        after = need_progress.change_status(ws, need_id=need_id, to=args.to, reason=args.reason or "",
                                            remaining_work=args.remaining, headcount=args.people, days=args.days)
    emit(args, {"code": args.code, "from": before, "to": after},
         translate("cli", "{code}: {before} → {after}").format(code=args.code, before=_status(before), after=_status(after)))
    return 0


def needs_support(args: argparse.Namespace) -> int:
    from dvc.services.needs import intake as needs_intake
    from dvc.services.needs.support import request_support
    from dvc.services.core.workspace import open_workspace

    with open_workspace(db_path(args)) as ws:
        sign_in(ws, args)
        need_id = needs_intake.find_need_id(ws, code=args.code)
        state = request_support(ws, need_id=need_id, ask=not args.withdraw)
    data = {"code": state.code, "support_requested": state.requested,
            "at": state.at.isoformat() if state.at else None, "by": state.by}
    if state.requested:
        human = translate("cli", "{code}: support asked from the block by {by}; it goes to the other councils with "
                                 "the next bundle for each.").format(code=state.code, by=state.by)
    else:
        human = translate("cli", "{code}: no longer asked from the block; later changes stay here.").format(
            code=state.code)
    emit(args, data, human)
    return 0


def needs_import(args: argparse.Namespace) -> int:
    from dvc.services.needs.list_import import import_needs
    from dvc.services.core.workspace import open_workspace

    protection = protection_flags.choose(args) if args.errors else None
    with open_workspace(db_path(args)) as ws:
        if not args.dry_run:
            sign_in(ws, args)
        report = import_needs(ws, path=args.file, dry_run=args.dry_run)
    data = report.as_dict(translate)
    written_note = ""
    if args.errors and report.bad:
        # The volunteer import's error file: the row, the column, the reason, then the row as it was.
        from dvc.services.reception.volunteer_import import write_error_csv

        written = write_error_csv(report, args.errors, translate,  # type: ignore[arg-type]
                                  passphrase=protection.passphrase)
        data["errors_file"] = str(written)
        written_note = protection_flags.describe(protection, written, data)
    lines = [translate("cli", "{rows} rows: {new} new, {already} already imported, {repeated} repeated in the file, "
                              "{bad} with errors.").format(rows=report.rows, new=len(report.new),
                                                          already=len(report.already), repeated=len(report.repeated),
                                                          bad=len(report.bad))]
    if report.ignored_columns:
        lines.append(translate("cli", "Columns not read: {names}").format(names="、".join(report.ignored_columns)))
    for bad in report.bad:
        where = translate("cli", "line {line}").format(line=bad.line)
        lines.append(f"  {where} {bad.column}: {bad.error.message(translate)}")
    for planned in report.new:
        if planned.possible_duplicates:
            lines.append(translate("cli", "  line {line}: possibly the same request as {codes}").format(
                line=planned.line, codes=", ".join(planned.possible_duplicates)))
    if args.dry_run:
        lines.append(translate("cli", "Dry run: nothing was imported."))
    elif report.applied:
        lines.append(translate("cli", "Imported {count} needs.").format(count=len(report.added)))
    if written_note:
        lines.append(written_note)
    emit(args, data, "\n".join(lines))
    return 0


def needs_work_types(args: argparse.Namespace) -> int:
    from dvc.services.needs import intake as needs_intake
    from dvc.services.core.workspace import open_workspace

    with open_workspace(db_path(args)) as ws:
        if args.set:
            sign_in(ws, args)
        names = needs_intake.set_work_types(ws, names=args.set) if args.set else needs_intake.work_types(ws)
    emit(args, {"work_types": names}, "\n".join(names))
    return 0


def needs_print(args: argparse.Namespace) -> int:
    from dvc.services.needs import sheets as need_sheets
    from dvc.services.needs import intake as needs_intake
    from dvc.services.core.workspace import open_workspace
    from dvc.services.safekeeping.protected_file import check_folder

    check_folder(Path(args.out).expanduser())
    buffer = io.BytesIO()
    with open_workspace(db_path(args)) as ws:
        ids = [needs_intake.find_need_id(ws, code=code) for code in args.codes]
        # A need sheet and a notice carry the requester's name, address and phone.
        protection = protection_flags.for_pdf(args, personal=True, drill=ws.identity.drill)
        pages = need_sheets.print_needs(ws, need_ids=ids, out=buffer, notice=args.notice)
    data: dict = {"pages": pages}
    written, note = protection_flags.write_pdf(protection, args.out, buffer.getvalue(), data)
    data["path"] = str(written)
    lines = [translate("cli", "Wrote {pages} pages to {path}.").format(pages=pages, path=written)]
    emit(args, data, "\n".join(lines + [note] if note else lines))
    return 0


def needs_center_phone(args: argparse.Namespace) -> int:
    from dvc.services.needs import sheets as need_sheets
    from dvc.services.core.workspace import open_workspace

    with open_workspace(db_path(args)) as ws:
        if args.phone is not None:
            sign_in(ws, args)
        phone = need_sheets.set_center_phone(ws, phone=args.phone) if args.phone is not None else need_sheets.center_phone(ws)
    emit(args, {"center_phone": phone}, phone)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    needs = sub.add_parser("needs", help=translate("cli", "requests for help (ニーズ): list, status, import"))
    needs_sub = add_subcommands(needs)

    p = needs_sub.add_parser("list", help=translate("cli", "list the needs board"))
    p.add_argument("--status", action="append", metavar="STATUS",
                   help=translate("cli", "only this status (received, awaiting_survey, …); may be repeated"))
    p.add_argument("--district", metavar="TOWN", help=translate("cli", "only this district"))
    p.add_argument("--work", metavar="WORK", help=translate("cli", "only needs with this work type"))
    p.add_argument("--priority", choices=("high", "medium", "low"), help=translate("cli", "only this priority"))
    p.add_argument("--since", type=iso_day, metavar="YYYY-MM-DD", help=translate("cli", "received on or after this day"))
    p.add_argument("--until", type=iso_day, metavar="YYYY-MM-DD", help=translate("cli", "received on or before this day"))
    p.add_argument("--find", metavar="TEXT", help=translate("cli", "code, name, kana, phone or address containing TEXT"))
    p.add_argument("--sort", default="newest", choices=("newest", "oldest", "priority", "status", "district", "code"),
                   help=translate("cli", "order of the list (default: newest)"))
    p.add_argument("--limit", type=positive_int, default=0, metavar="N", help=translate("cli", "at most N needs (default: all)"))
    add_json_flag(p)
    p.set_defaults(handler=needs_list)

    p = needs_sub.add_parser("status", help=translate("cli", "change a need's status"),
                             description=translate("cli", "Move a need to another status. Changes the state machine "
                                                          "does not allow are refused."))
    p.add_argument("code", metavar="CODE", help=translate("cli", "the need's code, e.g. N-KG1-0042-7"))
    p.add_argument("--to", required=True, metavar="STATUS", help=translate("cli", "the new status (e.g. awaiting_match)"))
    p.add_argument("--reason", metavar="TEXT", help=translate("cli", "why (required for on hold, cancelled, continuing, reopening)"))
    p.add_argument("--remaining", metavar="TEXT", help=translate("cli", "continuing: the work left"))
    p.add_argument("--people", type=positive_int, metavar="N", help=translate("cli", "continuing: volunteers still needed"))
    p.add_argument("--days", type=positive_int, metavar="N", help=translate("cli", "continuing: days still needed"))
    add_operator_flag(p)
    add_json_flag(p)
    p.set_defaults(handler=needs_status)

    p = needs_sub.add_parser("support", help=translate("cli", "ask the block's councils for support with a need (応援要請)"),
                             description=translate("cli", "Ask the other councils of the block for support with a need: "
                                                          "it travels to them, requester and address included, with "
                                                          "the next bundle for each. Desk lead or center head."))
    p.add_argument("code", metavar="CODE", help=translate("cli", "the need's code, e.g. N-KG1-0042-7"))
    p.add_argument("--withdraw", action="store_true", help=translate("cli", "stop asking (what they have stays there)"))
    add_operator_flag(p)
    add_json_flag(p)
    p.set_defaults(handler=needs_support)

    p = needs_sub.add_parser("import", help=translate("cli", "import needs from a CSV or Excel file"),
                             description=translate("cli", "Import needs collected elsewhere. Rows already imported "
                                                          "are recognised and not added again."))
    p.add_argument("file", metavar="FILE", help=translate("cli", ".csv (UTF-8 or Shift_JIS) or .xlsx file"))
    p.add_argument("--dry-run", action="store_true", help=translate("cli", "only show what would be imported"))
    p.add_argument("--errors", metavar="CSV", help=translate("cli", "write the rows with errors to this CSV, to fix and import again"))
    protection_flags.add_flag(p)
    add_operator_flag(p)
    add_json_flag(p)
    p.set_defaults(handler=needs_import)

    p = needs_sub.add_parser("work-types", help=translate("cli", "show or set the council's list of work types"))
    p.add_argument("--set", nargs="+", metavar="WORK", help=translate("cli", "replace the list with these"))
    add_operator_flag(p)
    add_json_flag(p)
    p.set_defaults(handler=needs_work_types)

    p = needs_sub.add_parser("print", help=translate("cli", "print need sheets (ニーズ票) or requester notices as PDF"))
    p.add_argument("codes", nargs="+", metavar="CODE", help=translate("cli", "the needs' codes"))
    p.add_argument("--out", required=True, metavar="PDF", help=translate("cli", "the PDF file to write"))
    p.add_argument("--notice", action="store_true", help=translate("cli", "the notice for the requester instead of the sheet"))
    protection_flags.add_flag(p)
    add_json_flag(p)
    p.set_defaults(handler=needs_print)

    p = needs_sub.add_parser("center-phone", help=translate("cli", "show or set the center's phone number printed on notices"))
    p.add_argument("phone", nargs="?", metavar="NUMBER", help=translate("cli", "the new number"))
    add_operator_flag(p)
    add_json_flag(p)
    p.set_defaults(handler=needs_center_phone)
