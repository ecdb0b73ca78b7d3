"""`dvc checkin PAYLOAD` and `dvc checkout PAYLOAD`: the scan field's service, from a script or a terminal."""

from __future__ import annotations

import argparse
import json
import sys

from dvc.cli.commands import db_path
from dvc.cli.parser import add_json_flag
from dvc.cli.signin import add_operator_flag, sign_in
from dvc.i18n import translate


def _as_json(result) -> dict:  # noqa: ANN001  (a checkin.ScanResult)
    volunteer = result.volunteer
    return {
        "result": result.result,
        "volunteer": None if volunteer is None else {"id": str(volunteer.id), "code": volunteer.code,
                                                     "name": volunteer.name},
        "warnings": list(result.warnings),
        "message": result.text(translate),
    }


def _report(args: argparse.Namespace, result) -> int:  # noqa: ANN001
    if args.json:
        print(json.dumps(_as_json(result), ensure_ascii=False, indent=2))
    else:
        lines = [result.text(translate)]
        if result.volunteer is not None and result.volunteer.group_name:
            lines.append(translate("cli", "Group: {group}").format(group=result.volunteer.group_name))
        lines += [f"  ! {text}" for text in result.warning_texts(translate)]
        print("\n".join(lines), file=sys.stdout if result.ok else sys.stderr)
    return 0 if result.ok else 1


def _ask(result) -> bool:  # noqa: ANN001
    """Over the daily capacity on a terminal: ask, as the desk's dialog does."""
    if not sys.stdin.isatty():
        return False
    answer = input(f"{result.text(translate)} [y/N] ").strip().lower()
    return answer in ("y", "yes", "はい")


def check_in(args: argparse.Namespace) -> int:
    from dvc.services.reception import checkin
    from dvc.services.core.workspace import open_workspace

    with open_workspace(db_path(args)) as ws:
        sign_in(ws, args)
        result = checkin.check_in(ws, scanned=args.payload, confirm_over_capacity=args.yes)
        if result.result == checkin.OVER_CAPACITY and not args.json and _ask(result):
            result = checkin.check_in(ws, scanned=args.payload, confirm_over_capacity=True)
    return _report(args, result)


def check_out(args: argparse.Namespace) -> int:
    from dvc.services.reception import checkin
    from dvc.services.core.workspace import open_workspace

    with open_workspace(db_path(args)) as ws:
        sign_in(ws, args)
        result = checkin.check_out(ws, scanned=args.payload)
    return _report(args, result)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "checkin", help=translate("cli", "check a volunteer in for today (QR payload or volunteer code)"),
        description=translate(
            "cli", "Check a volunteer in for today, as the reception desk's scan field does.\n"
            "Exit status 0: checked in or already checked in; 1: anything else (see the message)."))
    p.add_argument("payload", metavar="PAYLOAD", help=translate("cli", "the QR code's text or the volunteer code"))
    p.add_argument("--yes", action="store_true",
                   help=translate("cli", "check in even when today's capacity is reached"))
    add_operator_flag(p)
    add_json_flag(p)
    p.set_defaults(handler=check_in)

    p = sub.add_parser(
        "checkout", help=translate("cli", "record that a volunteer went home (QR payload or volunteer code)"),
        description=translate(
            "cli", "Record a volunteer's check-out for today.\n"
            "Exit status 0: checked out (now or earlier); 1: anything else (see the message)."))
    p.add_argument("payload", metavar="PAYLOAD", help=translate("cli", "the QR code's text or the volunteer code"))
    add_operator_flag(p)
    add_json_flag(p)
    p.set_defaults(handler=check_out)
