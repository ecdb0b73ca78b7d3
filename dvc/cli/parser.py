"""Argument parsing, with help in the user's language."""

from __future__ import annotations

import argparse
from datetime import date

from dvc.i18n import translate


class _Formatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):  # noqa: ANN001, ANN201
        # argparse passes prefix="" when it builds a subcommand's prog: keep that empty.
        return super().add_usage(usage, actions, groups, translate("cli", "usage: ") if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._optionals.title = translate("cli", "options")
        self._positionals.title = translate("cli", "arguments")
        self.add_argument("-h", "--help", action="help", help=translate("cli", "show this help and exit"))

    def error(self, message: str) -> None:  # noqa: D401
        self.print_usage()
        self.exit(2, translate("cli", "{prog}: error: {message}\n").format(prog=self.prog, message=message))


def early_language(argv: list[str]) -> str | None:
    """The --lang value, read before the parser exists (help text depends on it)."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("cli", "not a whole number: {text}").format(text=text)) from None
    if value < 0:
        raise argparse.ArgumentTypeError(translate("cli", "must not be negative: {text}").format(text=text))
    return value


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("cli", "not a date (YYYY-MM-DD): {text}").format(text=text)) from None


def build_parser() -> argparse.ArgumentParser:
    from dvc.cli import commands

    parser = _Parser(
        prog="dvc",
        description=translate(
            "cli",
            "dvc: desk software for a disaster volunteer center.\n"
            "Without a command, the application window opens.",
        ),
    )
    parser.add_argument("--db", metavar="PATH", help=translate("cli", "database file to use (default: DVC_DB or the user data folder)"))
    parser.add_argument("--drill", action="store_true", help=translate("cli", "open the drill database (made on first use)"))
    parser.add_argument("--lang", choices=("ja", "en"), help=translate("cli", "language of messages and screens"))
    parser.set_defaults(handler=commands.run_gui)
    sub = parser.add_subparsers(title=translate("cli", "commands"), metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("init", help=translate("cli", "create a council's database"),
                       description=translate("cli", "Create a council's database on this laptop."))
    p.add_argument("--council", required=True, metavar="CODE",
                   help=translate("cli", "council code: koganei, mitaka, chofu, komae, fuchu, or a new one"))
    p.add_argument("--short", metavar="XY", help=translate("cli", "two-letter code used in record codes (new councils only)"))
    p.add_argument("--name", help=translate("cli", "the council's name (new councils only)"))
    p.add_argument("--device", type=_positive, default=1, metavar="N",
                   help=translate("cli", "this laptop's number within the council, 1-99 (default 1)"))
    p.add_argument("--operator", default="", metavar="NAME", help=translate("cli", "name of the first staff member"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON"))
    p.set_defaults(handler=commands.init)

    p = sub.add_parser("info", help=translate("cli", "show the database's council, device and counts"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON"))
    p.set_defaults(handler=commands.info)

    drill = sub.add_parser("drill", help=translate("cli", "drill (training) databases"))
    drill_sub = drill.add_subparsers(title=translate("cli", "commands"), metavar="COMMAND", parser_class=_Parser, required=True)
    p = drill_sub.add_parser("new", help=translate("cli", "create a drill database with a realistic scenario"),
                             description=translate("cli", "Create a drill database. The same seed gives the same scenario."))
    p.add_argument("--volunteers", type=_positive, default=300, metavar="N", help=translate("cli", "number of volunteers"))
    p.add_argument("--needs", type=_positive, default=60, metavar="M", help=translate("cli", "number of requests for help"))
    p.add_argument("--checked-in", type=_positive, default=None, metavar="K",
                   help=translate("cli", "volunteers checked in today (default: about a third)"))
    p.add_argument("--seed", type=int, default=1, metavar="S", help=translate("cli", "random seed"))
    p.add_argument("--council", default="koganei", metavar="CODE", help=translate("cli", "council code"))
    p.add_argument("--day", type=_day, metavar="YYYY-MM-DD",
                   help=translate("cli", "the drill's 'today' (default: today); with the seed it fixes the scenario"))
    p.add_argument("--yes", action="store_true", help=translate("cli", "replace an existing drill database without asking"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON"))
    p.set_defaults(handler=commands.drill_new)

    p = sub.add_parser("screenshots", help=translate("cli", "save a picture of every desk screen"))
    p.add_argument("outdir", metavar="OUTDIR", help=translate("cli", "folder for the PNG files"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON"))
    p.set_defaults(handler=commands.screenshots)
    return parser
