"""The passphrase of an exported file that holds personal data, on the command line.

Encrypted unless the user says ``--no-encrypt`` (then a warning). The passphrase
is never a command-line argument (it would stay in the shell history and show
in the process list): DVC_EXPORT_PASSPHRASE for scripts, typed twice on a
terminal, or generated and shown once.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.i18n import translate
from dvc.services.safekeeping import protected_file

ENV_PASSPHRASE = "DVC_EXPORT_PASSPHRASE"


@dataclass(frozen=True)
class Protection:
    passphrase: str | None  # None: written unencrypted, as asked
    generated: bool = False


def add_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--no-encrypt", action="store_true",
                   help=translate("cli", "write the file unencrypted (it holds personal data: only for a file that "
                                         "stays on this laptop)"))


def choose(args: argparse.Namespace) -> Protection:
    if args.no_encrypt:
        print(translate("cli", "Warning: the file holds names and contact details and is written UNENCRYPTED. "
                               "Delete it when done; do not copy it to a stick or send it."), file=sys.stderr)
        return Protection(None)
    given = os.environ.get(ENV_PASSPHRASE)
    if given:
        return Protection(protected_file.clean_passphrase(given))
    if sys.stdin.isatty():
        first = getpass.getpass(translate("cli", "Passphrase for the file (empty: make one): "))
        if first:
            second = getpass.getpass(translate("cli", "The same passphrase again: "))
            if first != second:
                raise UserError(QT_TRANSLATE_NOOP("errors", "The two passphrases differ; nothing was written."))
            return Protection(protected_file.clean_passphrase(first))
    return Protection(protected_file.generate_passphrase(), generated=True)


def describe(protection: Protection, written: object, data: dict) -> str:
    """The lines telling what was written and how to open it; adds the generated passphrase to ``data``."""
    data["encrypted"] = protection.passphrase is not None
    if protection.passphrase is None:
        return translate("cli", "Written unencrypted: {path}").format(path=written)
    lines = [translate("cli", "Written as an AES-256 encrypted zip: {path} (open it with 7-Zip or another archiver; "
                              "Windows Explorer alone cannot)").format(path=written)]
    if protection.generated:
        data["passphrase"] = protection.passphrase
        lines.append(translate("cli", "Passphrase (shown only now, write it down; tell it to the recipient by phone, "
                                      "not in the same e-mail): {passphrase}").format(passphrase=protection.passphrase))
    return "\n".join(lines)


def for_pdf(args: argparse.Namespace, *, personal: bool, drill: bool) -> Protection | None:
    """How a printed form's PDF is written: None (plain, as always) when it names no one (blank sheets) or only
    the drill's invented people; else encrypted unless --no-encrypt, like every other export. Ask before the
    work starts, so a mistyped passphrase changes nothing."""
    if not personal or drill:
        return None
    return choose(args)


def write_pdf(protection: Protection | None, out: str | Path, data: bytes, report: dict) -> tuple[Path, str]:
    """Write the PDF ``data`` as ``protection`` says; returns the path written and, for a PDF naming people,
    the lines telling how to open it (``report`` gets "encrypted" and a made passphrase)."""
    written = protected_file.write_pdf(Path(out).expanduser(), data,
                                       passphrase=protection.passphrase if protection else None)
    if protection is None:
        report["encrypted"] = False
        return written, ""
    return written, describe(protection, written, report)
