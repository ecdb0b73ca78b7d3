"""What each ``dvc`` subcommand does: parse, call a service, print."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.cli.parser import add_json_flag, add_subcommands, iso_day, positive_int
from dvc.i18n import translate
from dvc.folders import paths


def db_path(args: argparse.Namespace) -> Path:
    if args.db:
        return Path(args.db).expanduser()
    if getattr(args, "drill", False):
        return paths.drill_db_path()
    return paths.default_db_path()


def explicit_db(args: argparse.Namespace) -> bool:
    """True when the user named a database (--db or DVC_DB) rather than taking the default."""
    return bool(args.db) or bool(os.environ.get(paths.ENV_DB))


def emit(args: argparse.Namespace, data: dict, human: str) -> None:
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(human)


def confirm(question: str, *, assume_yes: bool) -> None:
    """Ask on a terminal; a script must say --yes."""
    if assume_yes:
        return
    if not sys.stdin.isatty():
        raise UserError(QT_TRANSLATE_NOOP("errors", "Not confirmed. Run again with --yes to go ahead."))
    answer = input(f"{question} [y/N] ").strip().lower()
    if answer not in ("y", "yes", "はい"):
        raise UserError(QT_TRANSLATE_NOOP("errors", "Cancelled; nothing was changed."))


def run_gui(args: argparse.Namespace) -> int:
    from dvc.ui.app import run

    return run(db_path=db_path(args), drill=args.drill, explicit_path=explicit_db(args))


def init(args: argparse.Namespace) -> int:
    from dvc.cli.keys import new_start_passphrase
    from dvc.services.core.setup import create_database
    from dvc.services.staff.operators import clean_pin, hash_pin

    pin = clean_pin(os.environ.get("DVC_PIN")) if args.operator else None
    start_passphrase = new_start_passphrase()
    with create_database(
        db_path(args),
        council=args.council,
        short=args.short,
        name=args.name,
        device_number=args.device,
        operator_name=args.operator,
        start_passphrase=start_passphrase,
        operator_pin_hash=hash_pin(pin) if pin else None,
    ) as ws:
        ident = ws.identity
        data = {"path": str(ws.path), "council": ident.council_code, "short": ident.council_short,
                "council_name": ident.council_name, "device": ident.device_number, "drill": ident.drill}
    emit(args, data, translate("cli", "Created {path} for {council} (laptop {device}).").format(
        path=data["path"], council=data["council_name"], device=data["device"]))
    return 0


def info(args: argparse.Namespace) -> int:
    from dvc.cli.keys import describe_key
    from dvc.services.core.overview import database_summary
    from dvc.services.core.workspace import open_workspace
    from dvc.services.safekeeping.recovery_sheet import key_status

    with open_workspace(db_path(args), read_only=True) as ws:
        data = database_summary(ws)
        data["encryption"] = key_status(ws)
    lines = [
        translate("cli", "Database: {path}").format(path=data["path"]),
        translate("cli", "Council: {name} ({code})").format(name=data["council_name"], code=data["council"]),
        translate("cli", "Laptop: {device}").format(device=data["device"]),
    ]
    if data["drill"]:
        lines.append(translate("cli", "This is a DRILL database."))
    lines += describe_key(data["encryption"])
    lines += [f"  {table}: {count}" for table, count in data["counts"].items()]
    emit(args, data, "\n".join(lines))
    return 0


def drill_new(args: argparse.Namespace) -> int:
    from dvc.services.drill.scenario import DrillSpec, create_drill
    from dvc.services.core.setup import is_drill_file

    target = args.db and Path(args.db).expanduser() or paths.drill_db_path()
    if target.exists() and is_drill_file(target):
        confirm(translate("cli", "Replace the drill database {path}?").format(path=target), assume_yes=args.yes)
    spec = DrillSpec(volunteers=args.volunteers, needs=args.needs, checked_in=args.checked_in,
                     seed=args.seed, council=args.council, day=args.day)
    summary = create_drill(target, spec, replace=True)
    data = summary.as_dict()
    emit(args, data, translate("cli", "Drill database {path}: {volunteers} volunteers, {needs} needs, {checked_in} checked in today.").format(
        path=data["path"], volunteers=data["volunteers"], needs=data["needs"], checked_in=data["checked_in"]))
    return 0


def screenshots(args: argparse.Namespace) -> int:
    from dvc.ui.screenshots import save_screenshots

    target = db_path(args)
    if not explicit_db(args) and not target.exists() and paths.drill_db_path().exists():
        # Right after `dvc drill new` on a laptop with no real database yet.
        target = paths.drill_db_path()
    files = save_screenshots(db_path=target, outdir=Path(args.outdir))
    emit(args, {"files": [str(f) for f in files]},
         "\n".join(str(f) for f in files))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help=translate("cli", "create a council's database"),
                       description=translate("cli", "Create a council's database on this laptop."))
    p.add_argument("--council", required=True, metavar="CODE",
                   help=translate("cli", "council code: koganei, mitaka, chofu, komae, fuchu, or a new one"))
    p.add_argument("--short", metavar="XY", help=translate("cli", "two-letter code used in record codes (new councils only)"))
    p.add_argument("--name", help=translate("cli", "the council's name (new councils only)"))
    p.add_argument("--device", type=positive_int, default=1, metavar="N",
                   help=translate("cli", "this laptop's number within the council, 1-99 (default 1)"))
    p.add_argument("--operator", default="", metavar="NAME",
                   help=translate("cli", "the center head's name: the first staff member, who then signs in to the "
                                         "commands that change data (a PIN from DVC_PIN is set too)"))
    add_json_flag(p)
    p.set_defaults(handler=init)

    p = sub.add_parser("info", help=translate("cli", "show the database's council, device and counts"))
    add_json_flag(p)
    p.set_defaults(handler=info)

    drill = sub.add_parser("drill", help=translate("cli", "drill (training) databases"))
    drill_sub = add_subcommands(drill)
    p = drill_sub.add_parser("new", help=translate("cli", "create a drill database with a realistic scenario"),
                             description=translate("cli", "Create a drill database. The same seed gives the same scenario."))
    p.add_argument("--volunteers", type=positive_int, default=300, metavar="N", help=translate("cli", "number of volunteers"))
    p.add_argument("--needs", type=positive_int, default=60, metavar="M", help=translate("cli", "number of requests for help"))
    p.add_argument("--checked-in", type=positive_int, default=None, metavar="K",
                   help=translate("cli", "volunteers checked in today (default: about a third)"))
    p.add_argument("--seed", type=int, default=1, metavar="S", help=translate("cli", "random seed"))
    p.add_argument("--council", default="koganei", metavar="CODE", help=translate("cli", "council code"))
    p.add_argument("--day", type=iso_day, metavar="YYYY-MM-DD",
                   help=translate("cli", "the drill's 'today' (default: today); with the seed it fixes the scenario"))
    p.add_argument("--yes", action="store_true", help=translate("cli", "replace an existing drill database without asking"))
    add_json_flag(p)
    p.set_defaults(handler=drill_new)

    p = sub.add_parser("screenshots", help=translate("cli", "save a picture of every desk screen"))
    p.add_argument("outdir", metavar="OUTDIR", help=translate("cli", "folder for the PNG files"))
    add_json_flag(p)
    p.set_defaults(handler=screenshots)
