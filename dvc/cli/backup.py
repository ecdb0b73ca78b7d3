"""`dvc backup` and `dvc restore`."""

from __future__ import annotations

import argparse
from pathlib import Path

from dvc.cli.commands import confirm, db_path, emit
from dvc.cli.parser import add_json_flag
from dvc.cli.signin import add_operator_flag
from dvc.i18n import translate


def backup_now(args: argparse.Namespace) -> int:
    from dvc.services.safekeeping.backup import make_backup
    from dvc.services.core.workspace import open_workspace

    with open_workspace(db_path(args)) as ws:
        result = make_backup(ws, out=Path(args.out) if args.out else None)
    lines = [translate("cli", "Backup written and checked: {path}").format(path=result.path)]
    if result.second_copy:
        lines.append(translate("cli", "Second copy: {path}").format(path=result.second_copy))
    if result.second_copy_error:
        lines.append(translate("cli", "The second copy failed: {error}").format(error=result.second_copy_error))
    emit(args, result.as_dict(), "\n".join(lines))
    return 0


def restore_from(args: argparse.Namespace) -> int:
    from dvc.cli.keys import new_start_passphrase, recovery_passphrase
    from dvc.cli.signin import operator_name, read_pin
    from dvc.services.safekeeping.backup import BackupKeyNeeded, backup_key, check_restorable, restore
    from dvc.services.safekeeping.restore_check import authorise_restore, record_restore

    source, target = Path(args.file), db_path(args)
    passphrase = None
    try:
        check_restorable(source)
    except BackupKeyNeeded:
        # A backup from another laptop (or from before a rekey): the recovery sheet opens it.
        passphrase = recovery_passphrase(source)
        if not passphrase:
            raise
        check_restorable(source, passphrase)
    # The center head, signed in (the PIN asked only if that name has one or the council requires them).
    name = operator_name(args)
    operator = authorise_restore(target, source, name=name, ask_pin=lambda: read_pin(name),
                                 key=backup_key(source, passphrase))
    start_passphrase = new_start_passphrase() if passphrase else None
    confirm(translate("cli", "Replace {target} with the backup {source}? The current database is kept aside.").format(
        target=target, source=source), assume_yes=args.yes)
    aside = restore(source, target, passphrase=passphrase, start_passphrase=start_passphrase)
    record_restore(target, operator=operator, source=source, kept_aside=aside)
    emit(args, {"restored": str(target), "from": str(source), "kept_aside": str(aside) if aside else None},
         translate("cli", "Restored {target} from {source}.").format(target=target, source=source)
         + ("\n" + translate("cli", "The previous database was kept as {path}.").format(path=aside) if aside else ""))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help=translate("cli", "copy the database now (checked), into backups/ or --out"))
    p.add_argument("--out", metavar="FILE", help=translate("cli", "where to write the copy"))
    add_json_flag(p)
    p.set_defaults(handler=backup_now)

    p = sub.add_parser("restore", help=translate("cli", "put a backup in place of the database (the current one is kept aside)"))
    p.add_argument("file", metavar="FILE", help=translate("cli", "the backup file"))
    p.add_argument("--yes", action="store_true", help=translate("cli", "do not ask for confirmation"))
    add_operator_flag(p)
    add_json_flag(p)
    p.set_defaults(handler=restore_from)
