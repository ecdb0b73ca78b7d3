"""`dvc key status` and `dvc key rekey`, and the passphrases of an encrypted database on the command line.

A passphrase is never a command-line argument (it would stay in the shell
history and show in the process list): DVC_PASSPHRASE (start-up) or
DVC_RECOVERY_PASSPHRASE for scripts, else typed on a terminal.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from dvc.cli.commands import db_path, emit
from dvc.cli.parser import add_json_flag
from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.i18n import translate

ENV_RECOVERY = "DVC_RECOVERY_PASSPHRASE"


def ask_on_terminal(path: Path) -> str | None:
    """The custody module's prompt: asked only on a terminal (a script gets the message instead)."""
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(translate("cli", "{path} is encrypted. Start-up passphrase (or the recovery passphrase "
                                            "from the sheet): ").format(path=path)) or None


def install_prompt() -> None:
    from dvc.services.keys import custody

    custody.ask_passphrase = ask_on_terminal


def new_start_passphrase() -> str | None:
    """For `dvc init` and `dvc restore` on a laptop with no user store: DVC_PASSPHRASE, or typed twice."""
    from dvc.services.keys import custody

    if not custody.needs_start_passphrase() or custody.current_start_passphrase():
        return None
    if not sys.stdin.isatty():
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "This laptop has no safe place for the database key (no Windows account store or keyring). "
                      "Set a start-up passphrase in DVC_PASSPHRASE, or run the command on a terminal to type one."))
    first = getpass.getpass(translate("cli", "Choose a start-up passphrase (asked when dvc starts on this laptop): "))
    custody.check_start_passphrase(first)
    if getpass.getpass(translate("cli", "The same passphrase again: ")) != first:
        raise UserError(QT_TRANSLATE_NOOP("errors", "The two passphrases differ; nothing was written."))
    custody.use_start_passphrase(first.strip())
    return first.strip()


def recovery_passphrase(path: Path) -> str | None:
    """For `dvc restore` of a backup this laptop holds no key for."""
    given = os.environ.get(ENV_RECOVERY)
    if given:
        return given
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(translate("cli", "{path} is encrypted. Recovery passphrase from the recovery sheet: ")
                           .format(path=path)) or None


def describe_key(status: dict) -> list[str]:
    """Lines for `dvc info` and `dvc key status`."""
    from dvc.services.safekeeping.recovery_sheet import made_at_text

    if not status["encrypted"]:
        return [translate("cli", "Encryption: none (a drill database holds made-up people and stays plain)")]
    names = {"dpapi": translate("cli", "the Windows account (DPAPI)"), "keyring": translate("cli", "the desktop keyring"),
             "passphrase": translate("cli", "the start-up passphrase")}
    held = ", ".join(names.get(h, h) for h in status["held_by"]) or translate(
        "cli", "nothing on this laptop (a passphrase is asked)")
    lines = [translate("cli", "Encryption: SQLCipher (AES-256); key kept by: {held}").format(held=held)]
    if status.get("made_at"):
        lines.append(translate("cli", "Recovery sheet: printed {when}").format(when=made_at_text(status["made_at"])))
    else:
        lines.append(translate("cli", "Recovery sheet: NOT printed yet. The center head prints it with "
                                      "'dvc key rekey --sheet FILE.pdf --operator NAME' and keeps it in the safe."))
    return lines


def status(args: argparse.Namespace) -> int:
    from dvc.services.core.workspace import open_workspace
    from dvc.services.safekeeping.recovery_sheet import key_status

    with open_workspace(db_path(args)) as ws:
        data = key_status(ws)
    emit(args, data, "\n".join(describe_key(data)))
    return 0


def rekey(args: argparse.Namespace) -> int:
    from dvc.services.core.workspace import open_workspace
    from dvc.services.safekeeping.recovery_sheet import new_recovery_key, print_sheet
    from dvc.services.staff.operators import sign_in_by_name

    out = Path(args.sheet)
    with open_workspace(db_path(args)) as ws:
        sign_in_by_name(ws, name=args.operator, pin=args.pin)
        made = new_recovery_key(ws)
        print_sheet(ws, made, out)
    data = {"sheet": str(out), "backups_changed": made.backups_changed, "backups_left": made.backups_left}
    lines = [translate("cli", "The key was changed and the recovery sheet written to {path}. Print it, keep it in the "
                              "safe, then delete the file: it opens the database.").format(path=out),
             translate("cli", "{count} backup copies changed to the new key.").format(count=made.backups_changed)]
    if made.backups_left:
        lines.append(translate("cli", "{count} older copies are under an earlier key (an earlier sheet opens them): "
                                      "{files}").format(count=len(made.backups_left), files=", ".join(made.backups_left)))
    emit(args, data, "\n".join(lines))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    from dvc.cli.parser import add_subcommands

    key = sub.add_parser("key", help=translate("cli", "the database's encryption key and recovery sheet"))
    key_sub = add_subcommands(key)
    p = key_sub.add_parser("status", help=translate("cli", "how the key is kept on this laptop; the recovery sheet"))
    add_json_flag(p)
    p.set_defaults(handler=status)

    p = key_sub.add_parser("rekey", help=translate("cli", "change the key and write a new recovery sheet (center head)"),
                           description=translate("cli", "Change the database's key and write the new recovery sheet "
                                                        "(PDF) to print. Earlier sheets no longer open the database "
                                                        "or its backups."))
    p.add_argument("--sheet", required=True, metavar="FILE.pdf", help=translate("cli", "where to write the sheet"))
    p.add_argument("--operator", required=True, metavar="NAME", help=translate("cli", "your name (a center head)"))
    p.add_argument("--pin", metavar="PIN", help=translate("cli", "your PIN, if you have one"))
    add_json_flag(p)
    p.set_defaults(handler=rekey)
