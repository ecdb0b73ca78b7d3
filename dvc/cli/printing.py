"""`dvc print intake`, `dvc print badges` and `dvc print quick-cards`: reception's sheets, name badges, desk cards."""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from dvc.cli import protection as protection_flags
from dvc.cli.commands import db_path, emit
from dvc.cli.parser import add_json_flag, add_subcommands, positive_int
from dvc.i18n import translate
from dvc.services.drill.quick_cards import DESK_KEYS


def _progress(args: argparse.Namespace):  # noqa: ANN202
    """Pages written, on stderr for a person at a terminal (a long --all-registered run)."""
    if args.json or not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        end = "\n" if done == total else ""
        print(f"\r{done:,} / {total:,}", end=end, file=sys.stderr, flush=True)

    return show


def _print(args: argparse.Namespace, run, *, personal: bool, human: str) -> int:  # noqa: ANN001
    """Render with ``run(ws, buffer)`` and write the PDF: encrypted when it names people on the real database."""
    from dvc.services.core.workspace import open_workspace
    from dvc.services.safekeeping.protected_file import check_folder

    check_folder(Path(args.out).expanduser())
    buffer = io.BytesIO()
    with open_workspace(db_path(args)) as ws:
        protection = protection_flags.for_pdf(args, personal=personal, drill=ws.identity.drill)
        printed = run(ws, buffer)
    data = {"pages": printed.pages, "records": printed.records}
    written, note = protection_flags.write_pdf(protection, args.out, buffer.getvalue(), data)
    data["path"] = str(written)
    lines = [human.format(records=f"{printed.records:,}", path=written, pages=f"{printed.pages:,}")]
    emit(args, data, "\n".join(lines + [note] if note else lines))
    return 0


def print_intake(args: argparse.Namespace) -> int:
    from dvc.services.reception.intake_print import print_intake as run

    return _print(args, lambda ws, out: run(ws, out=out, blank=args.blank, codes=args.volunteer or (),
                                            all_volunteers=args.all_registered, progress=_progress(args)),
                  personal=args.blank is None,  # blank sheets name no one
                  human=translate("cli", "{records} intake sheets written to {path} ({pages} pages)."))


def print_badges(args: argparse.Namespace) -> int:
    from dvc.services.reception.intake_print import print_badges as run

    return _print(args, lambda ws, out: run(ws, out=out, codes=args.volunteer or (),
                                            checked_in_today=args.checked_in_today, progress=_progress(args)),
                  personal=True, human=translate("cli", "{records} name badges written to {path} ({pages} pages)."))


def print_quick_cards(args: argparse.Namespace) -> int:
    from dvc.services.drill.quick_cards import print_quick_cards as run

    printed = run(out_dir=args.out, desks=tuple(args.desk) if args.desk else DESK_KEYS)
    emit(args, {"folder": str(printed.folder), "files": [str(f) for f in printed.files]},
         translate("cli", "{count} quick cards written to {folder}.").format(count=len(printed.files),
                                                                             folder=printed.folder))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("print", help=translate("cli", "print reception's intake sheets and name badges as PDF"))
    print_sub = add_subcommands(group)

    p = print_sub.add_parser(
        "intake", help=translate("cli", "intake sheets with a QR code (registered volunteers or blank sheets)"),
        description=translate(
            "cli", "Intake sheets (ボランティア受付票) as one PDF: blank sheets with their own QR ids to fill in by hand,\n"
            "or the sheets of registered volunteers."))
    p.add_argument("--out", required=True, metavar="FILE", help=translate("cli", "the PDF file to write"))
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--blank", type=positive_int, metavar="N", help=translate("cli", "N blank sheets"))
    which.add_argument("--volunteer", nargs="+", metavar="CODE", help=translate("cli", "these volunteers' sheets"))
    which.add_argument("--all-registered", action="store_true",
                       help=translate("cli", "a sheet for every registered volunteer"))
    protection_flags.add_flag(p)
    add_json_flag(p)
    p.set_defaults(handler=print_intake)

    p = print_sub.add_parser("badges", help=translate("cli", "name badge labels, ten to an A4 page"))
    p.add_argument("--out", required=True, metavar="FILE", help=translate("cli", "the PDF file to write"))
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--volunteer", nargs="+", metavar="CODE", help=translate("cli", "these volunteers' badges"))
    which.add_argument("--checked-in-today", action="store_true",
                       help=translate("cli", "a badge for everyone checked in today"))
    protection_flags.add_flag(p)
    add_json_flag(p)
    p.set_defaults(handler=print_badges)

    p = print_sub.add_parser(
        "quick-cards", help=translate("cli", "one A4 page per desk for drill days (what to do, messages, keys)"),
        description=translate("cli", "A quick card per desk as a PDF each (quick_card_<desk>.pdf); no database is needed."))
    p.add_argument("--out", required=True, metavar="DIR", help=translate("cli", "the folder for the PDF files"))
    p.add_argument("--desk", action="append", choices=DESK_KEYS, help=translate("cli", "only this desk (repeatable)"))
    add_json_flag(p)
    p.set_defaults(handler=print_quick_cards)
