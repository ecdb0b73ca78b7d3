"""Argument parsing, with help in the user's language."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
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


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("cli", "not a whole number: {text}").format(text=text)) from None
    if value < 0:
        raise argparse.ArgumentTypeError(translate("cli", "must not be negative: {text}").format(text=text))
    return value


def iso_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("cli", "not a date (YYYY-MM-DD): {text}").format(text=text)) from None


# Each module adds its own subcommands with ``register(subparsers)``: one line
# here per command group, so desks do not edit each other's argument code.
COMMAND_MODULES = (
    "dvc.cli.commands",
    "dvc.cli.volunteers",
    "dvc.cli.backup",
    "dvc.cli.keys",
    "dvc.cli.privacy",
    "dvc.cli.exchange",
    "dvc.cli.apart",
    "dvc.cli.checkin",
    "dvc.cli.printing",
    "dvc.cli.needs",
    "dvc.cli.reports",
    "dvc.cli.matching",
    "dvc.cli.dispatch",
    "dvc.cli.center",
    "dvc.cli.audit",
)


def add_json_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON"))


def add_command(cmds: argparse._SubParsersAction, name: str, handler: Callable[[argparse.Namespace], int],
                **parser_kwargs: object) -> argparse.ArgumentParser:
    """A subcommand that runs ``handler`` and prints its result for a person, or with --json for a script."""
    p = cmds.add_parser(name, **parser_kwargs)
    add_json_flag(p)
    p.set_defaults(handler=handler)
    return p


def add_subcommands(p: argparse.ArgumentParser, *, required: bool = True) -> argparse._SubParsersAction:
    """A group of subcommands (e.g. `dvc drill new`) with translated help."""
    return p.add_subparsers(title=translate("cli", "commands"), metavar="COMMAND", parser_class=_Parser, required=required)


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
    sub = add_subcommands(parser, required=False)

    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser
