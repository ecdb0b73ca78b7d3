"""`dvc purge-personal`: remove personal data of a closed center, keep the figures."""

from __future__ import annotations

import argparse

from dvc.cli.commands import confirm, db_path, emit
from dvc.cli.parser import add_json_flag, iso_day
from dvc.cli.signin import add_operator_flag, sign_in
from dvc.i18n import translate


def purge(args: argparse.Namespace) -> int:
    from dvc.services.safekeeping.privacy import delete_backups, purge_personal
    from dvc.services.core.workspace import open_workspace

    with open_workspace(db_path(args)) as ws:
        sign_in(ws, args)
        confirm(translate("cli", "Remove the names, contacts and addresses of everyone registered before {day} "
                                 "(the figures stay)? This cannot be undone.").format(day=args.closed_before),
                assume_yes=args.yes)
        summary = purge_personal(ws, closed_before=args.closed_before)
    data = summary.as_dict()
    lines = [translate("cli", "Personal data removed: {volunteers} volunteers, {groups} groups, {needs} requests.").format(
        volunteers=summary.volunteers, groups=summary.groups, needs=summary.needs)]
    if summary.needs_left_open:
        lines.append(translate("cli", "{count} requests still have a team on site and were left as they are.").format(
            count=summary.needs_left_open))
    if args.delete_backups:
        data["backups_deleted"] = delete_backups(db_path(args))
        lines.append(translate("cli", "{count} backup copies deleted.").format(count=data["backups_deleted"]))
    elif summary.backups_still_holding_data:
        lines.append(translate("cli", "{count} backup copies in {folder} still hold personal data: delete them with "
                                      "--delete-backups or by hand.").format(
            count=summary.backups_still_holding_data, folder=summary.backups_folder))
    emit(args, data, "\n".join(lines))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("purge-personal", help=translate("cli", "remove personal data of a closed center, keep the figures"),
                       description=translate("cli", "Remove names, contacts, addresses and notes of volunteers, groups and "
                                                    "requesters registered before the closing day. Center head only."))
    p.add_argument("--closed-before", type=iso_day, required=True, metavar="YYYY-MM-DD",
                   help=translate("cli", "the day the center closed"))
    add_operator_flag(p)
    p.add_argument("--delete-backups", action="store_true",
                   help=translate("cli", "also delete the backup copies, which still hold the data"))
    p.add_argument("--yes", action="store_true", help=translate("cli", "do not ask for confirmation"))
    add_json_flag(p)
    p.set_defaults(handler=purge)
