"""`dvc apart …`: what the laptops did apart that a desk must decide (services/apart); the desks decide on screen."""

from __future__ import annotations

import argparse

from dvc.cli.commands import db_path, emit
from dvc.cli.parser import add_command, add_subcommands
from dvc.i18n import translate

DESKS = ("reception", "needs", "matching", "equipment")


def _open(args: argparse.Namespace):  # noqa: ANN202
    from dvc.services.core.workspace import open_workspace

    return open_workspace(db_path(args))


def listing(args: argparse.Namespace) -> int:
    """Check first (this laptop's own changes since the last check), then list what is still to decide."""
    from dvc.services.apart import watch

    with _open(args) as ws:
        watch.check_now(ws)
        found = watch.open_conflicts(ws, desk=args.desk)
    data = {"conflicts": [{
        "key": c.key, "kind": c.kind, "desk": c.desk, "title": c.title.text(translate),
        "details": [line.text(translate) for line in c.lines],
        "choices": [{"id": ch.id, "text": ch.wording.text(translate), "enabled": ch.enabled,
                     "why_not": ch.why_not.text(translate) if ch.why_not else "",
                     "limits": list(ch.limits) if ch.limits else None} for ch in c.choices],
        "detected_at": c.detected_at.isoformat() if c.detected_at else None} for c in found]}
    desk_names = {"reception": translate("desks", "Reception"), "needs": translate("desks", "Needs"),
                  "matching": translate("desks", "Matching"), "equipment": translate("desks", "Equipment")}
    lines = [f"[{desk_names.get(c.desk, c.desk)}] {c.title.text(translate)}" for c in found]
    emit(args, data, "\n".join(lines) or translate("cli", "Nothing the laptops did apart is waiting for a decision."))
    return 0


def check(args: argparse.Namespace) -> int:
    from dvc.services.apart import watch

    with _open(args) as ws:
        result = watch.check_now(ws)
    data = {"opened": result.opened, "closed": result.closed, "open_by_desk": result.open_by_desk}
    emit(args, data, translate("cli", "{opened} opened, {closed} settled, {open} still to decide.").format(
        opened=len(result.opened), closed=len(result.closed), open=sum(result.open_by_desk.values())))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("apart", help=translate("cli", "what the laptops did apart that a desk must decide"))
    cmds = add_subcommands(group)

    p = add_command(cmds, "list", listing,
                    help=translate("cli", "list what is waiting for a desk's decision (F8 at the desk)"))
    p.add_argument("--desk", choices=DESKS, help=translate("cli", "only this desk's"))
    add_command(cmds, "check", check, help=translate("cli", "look for new ones now (an import does it by itself)"))
