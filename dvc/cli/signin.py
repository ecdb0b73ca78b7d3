"""Signing in on the command line: the name as an option, the PIN from DVC_PIN or a hidden prompt, never an
argument (an argument shows in the shell's history and in the list of processes)."""

from __future__ import annotations

import getpass
import os
import sys

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.i18n import translate

ENV_PIN = "DVC_PIN"


def sign_in(ws, name: str | None) -> None:  # noqa: ANN001
    from dvc.services.staff.operators import list_operators, pin_required, sign_in_by_name

    if not name:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Sign in with --operator NAME (your name on the staff list)."))
    pin = os.environ.get(ENV_PIN)
    if pin is None and sys.stdin.isatty():
        wanted = " ".join(name.split())
        row = next((r for r in list_operators(ws) if r.name == wanted), None)
        if row is not None and (row.has_pin or pin_required(ws)):
            pin = getpass.getpass(translate("cli", "PIN for {name}: ").format(name=wanted))
    sign_in_by_name(ws, name=name, pin=pin)
