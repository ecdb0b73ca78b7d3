"""`dvc audit verify`: is the change log whole (every laptop's chain, every seal, every created record)?"""

from __future__ import annotations

import argparse
import sys

from dvc.cli.commands import db_path, emit
from dvc.cli.parser import add_json_flag, add_subcommands
from dvc.i18n import translate


def verify(args: argparse.Namespace) -> int:
    from dvc.services.core.workspace import open_workspace
    from dvc.services.exchange.audit_verify import problems, verify_audit

    with open_workspace(db_path(args)) as ws:
        result = verify_audit(ws)
    found = [p.message(translate) for p in problems(result)]
    data = result.as_dict()
    data["problems_text"] = found
    lines = [translate("cli", "Change log: {entries} entries; laptops: {laptops}.").format(
        entries=result.entries, laptops=len(result.chains))]
    if result.unchained:
        lines.append(translate("cli", "{count} entries were written before the chain existed (not covered by it).")
                     .format(count=result.unchained))
    if result.ok:
        lines.append(translate("cli", "No sign of tampering: every entry is in its place and unchanged."))
    else:
        lines += found
        lines.append(translate("cli", "The change log has been tampered with or damaged. Keep this laptop as it is, "
                                      "tell the center head, and compare with a backup or another laptop's copy."))
    if getattr(args, "json", False):
        emit(args, data, "")
    else:
        print("\n".join(lines), file=sys.stdout if result.ok else sys.stderr)
    return 0 if result.ok else 1


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("audit", help=translate("cli", "the change log (audit trail): check it"))
    cmds = add_subcommands(group)
    p = cmds.add_parser("verify", help=translate("cli", "check that no entry of the change log was removed or changed"),
                        description=translate("cli", "Walk every laptop's chain of the change log: entries removed, "
                                                     "changed or slipped in, seals not made by that laptop's key, "
                                                     "records removed from the file. Exit 0 when all is whole, "
                                                     "1 otherwise."))
    add_json_flag(p)
    p.set_defaults(handler=verify)
