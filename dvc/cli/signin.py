"""Signing in on the command line, as at a desk: a name on the staff list, and the PIN where one is set.

The PIN is never an argument (it would stay in the shell's history and show in the process list): it is
asked on the terminal, or read from the environment variable DVC_PIN in a script. The name comes from
--operator or DVC_OPERATOR.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.i18n import translate

ENV_OPERATOR = "DVC_OPERATOR"
ENV_PIN = "DVC_PIN"


def add_operator_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--operator", metavar="NAME",
                   help=translate("cli", "sign in as NAME from the staff list (or DVC_OPERATOR); the PIN is asked, "
                                         "or read from DVC_PIN"))


def operator_name(args: argparse.Namespace) -> str:
    name = (getattr(args, "operator", None) or os.environ.get(ENV_OPERATOR) or "").strip()
    if not name:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "Sign in first: every change is kept with the name of who made it. On the command line give "
                      "--operator NAME (or set DVC_OPERATOR)."))
    return name


def read_pin(name: str) -> str:
    pin = os.environ.get(ENV_PIN)
    if pin:
        return pin
    if not sys.stdin.isatty():
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "{name} signs in with a PIN. Type it when asked (in a terminal), or set DVC_PIN in a script."),
            name=name)
    return getpass.getpass(translate("cli", "PIN for {name}: ").format(name=name))


def sign_in(ws, args: argparse.Namespace) -> None:  # noqa: ANN001
    """Sign ``args``' operator in on ``ws``, asking the PIN where one is needed."""
    from dvc.services.staff import operators

    name = operator_name(args)
    pin = read_pin(name) if operators.needs_pin(ws, name) else None
    operators.sign_in_by_name(ws, name=name, pin=pin)


@contextmanager
def signed_in(args: argparse.Namespace) -> Iterator:
    """The workspace of ``args``' database with its operator signed in."""
    from dvc.cli.commands import db_path
    from dvc.services.core.workspace import open_workspace

    with open_workspace(db_path(args)) as ws:
        sign_in(ws, args)
        yield ws
