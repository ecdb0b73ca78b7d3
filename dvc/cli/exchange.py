"""`dvc exchange …`: identity files, trust, bundles out and in, conflicts, where a record came from."""

from __future__ import annotations

import argparse
import uuid
from pathlib import Path

from dvc.cli.commands import confirm, db_path, emit
from dvc.cli.parser import add_command, add_subcommands
from dvc.cli.signin import add_operator_flag, sign_in
from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.domain.record_labels import FIELDS, TABLES
from dvc.i18n import translate


def _table(name: str) -> str:
    """A table as people call it (ボランティア, 貸出), not as the database does (volunteer, loan)."""
    return translate("exchange", TABLES[name]) if name in TABLES else name


def _field(name: str) -> str:
    return translate("exchange", FIELDS[name]) if name in FIELDS else name


def _open(args: argparse.Namespace):  # noqa: ANN202
    from dvc.services.core.workspace import open_workspace

    return open_workspace(db_path(args))


def identity(args: argparse.Namespace) -> int:
    from dvc.services.exchange.identity import write_identity

    with _open(args) as ws:
        ident = write_identity(ws, out=Path(args.out))
    data = {"path": args.out, "council": ident.council, "device": ident.device_number, "fingerprint": ident.fingerprint}
    emit(args, data, translate("cli", "Wrote {path}. Fingerprint: {fingerprint}").format(**data))
    return 0


def trust(args: argparse.Namespace) -> int:
    from dvc.services.exchange.identity import check_trustable, read_identity_file, trust_peer

    with _open(args) as ws:
        sign_in(ws, args)
        ident = read_identity_file(Path(args.file))
        check_trustable(ws, ident)
        if not args.json or not args.yes:
            print(translate("cli", "{name} ({council}), laptop {device}\nFingerprint: {fingerprint}\n"
                                   "Read the fingerprint aloud with the other council's staff (e.g. by phone); "
                                   "trust only if every digit matches.").format(
                name=ident.name, council=ident.council, device=ident.device_number, fingerprint=ident.fingerprint))
        confirm(translate("cli", "Trust this laptop?"), assume_yes=args.yes)
        peer = trust_peer(ws, identity=ident)
    data = {"council": peer.council_code, "device": peer.device_number, "fingerprint": peer.fingerprint,
            "same_council": peer.same_council}
    emit(args, data, translate("cli", "Trusted {council} laptop {device}.").format(**data))
    return 0


def peers(args: argparse.Namespace) -> int:
    from dvc.services.exchange.identity import list_peers

    with _open(args) as ws:
        rows = list_peers(ws)
    data = {"peers": [{"council": p.council_code, "name": p.council_name, "device": p.device_number,
                       "fingerprint": p.fingerprint, "trusted_at": p.trusted_at.isoformat()} for p in rows]}
    human = "\n".join(f"{p.council_code}\t{p.device_number}\t{p.fingerprint}\t{p.council_name}" for p in rows)
    emit(args, data, human or translate("cli", "No trusted laptops yet."))
    return 0


def export(args: argparse.Namespace) -> int:
    from dvc.services.exchange.bundle_export import export_bundle

    with _open(args) as ws:
        sign_in(ws, args)
        summary = export_bundle(ws, peer=args.peer, out=Path(args.out), full=args.full, encrypt=not args.no_encrypt)
    data = summary.as_dict()
    kind = translate("cli", "full") if summary.full else translate("cli", "changes only")
    emit(args, data, translate("cli", "Wrote {path} for {peer} ({kind}): {rows} records.").format(
        path=data["path"], peer=data["peer"], kind=kind, rows=data["rows"]))
    return 0


def import_(args: argparse.Namespace) -> int:
    from dvc.services.exchange.bundle_import import import_bundle

    with _open(args) as ws:
        if not args.dry_run:
            sign_in(ws, args)
        summary = import_bundle(ws, path=Path(args.file), dry_run=args.dry_run)
    data = summary.as_dict()
    lines = [translate("cli", "Bundle from {name} laptop {device}:").format(name=summary.source_name,
                                                                          device=summary.source_device)]
    header = translate("cli", "table\tnew\tupdated\tunchanged\tconflicts")
    lines.append(header)
    for table, c in summary.tables.items():
        lines.append(f"{_table(table)}\t{c.new}\t{c.updated}\t{c.unchanged}\t{c.conflicts}")
    waiting = sum(summary.apart.open_by_desk.values())
    if summary.apart.opened or waiting:
        lines.append(translate("cli", "The laptops disagree on {opened} new and {waiting} in all; "
                                      "the desks decide (dvc apart list).").format(
            opened=len(summary.apart.opened), waiting=waiting))
    if summary.unprintable:
        lines.append(translate("cli", "Names the printed forms cannot show (printed as 〓), to check with the "
                                      "people or their council: {codes}").format(codes="、".join(summary.unprintable)))
    if args.dry_run:
        lines.append(translate("cli", "Preview only: nothing was changed."))
    elif summary.already_imported:
        lines.append(translate("cli", "This bundle had been imported before."))
    emit(args, data, "\n".join(lines))
    return 0


def conflicts(args: argparse.Namespace) -> int:
    from dvc.services.exchange.conflicts import list_conflicts

    with _open(args) as ws:
        rows = list_conflicts(ws)
    data = {"conflicts": [{"id": str(c.id), "table": c.table, "code": c.label, "record_id": str(c.record_id),
                           "at": c.at.isoformat(), "kept": c.winner, "reversed": c.reversed_at is not None,
                           "differences": [{"field": f, "kept": a, "other": b} for f, a, b in c.differences]}
                          for c in rows]}
    human = "\n".join(f"{c.id}\t{_table(c.table)}\t{c.label}\t{'、'.join(_field(f) for f, _a, _b in c.differences)}"
                      + ("\t" + translate("cli", "reversed") if c.reversed_at else "") for c in rows)
    emit(args, data, human or translate("cli", "No conflicts."))
    return 0


def reverse(args: argparse.Namespace) -> int:
    from dvc.services.exchange.conflicts import reverse_conflict

    try:
        conflict_id = uuid.UUID(args.id)
    except ValueError:
        raise UserError(QT_TRANSLATE_NOOP("errors", "There is no such conflict.")) from None
    with _open(args) as ws:
        sign_in(ws, args)
        confirm(translate("cli", "Replace the kept version with the other one?"), assume_yes=args.yes)
        row = reverse_conflict(ws, conflict_id=conflict_id)
    emit(args, {"id": str(row.id), "reversed": True}, translate("cli", "Reversed."))
    return 0


def source(args: argparse.Namespace) -> int:
    from dvc.services.exchange.conflicts import provenance_by_code

    with _open(args) as ws:
        p = provenance_by_code(ws, code=args.code)
    data = {"table": p.table, "id": str(p.record_id), "origin": p.origin,
            "imported_at": p.imported_at.isoformat() if p.imported_at else None,
            "bundle_id": str(p.bundle_id) if p.bundle_id else None, "source_council": p.source_council,
            "source_device": p.source_device, "changed_here_since": p.changed_here_since}
    if p.bundle_id is None:
        human = translate("cli", "Made by {origin}; entered on this laptop.").format(origin=p.origin)
    else:
        human = translate("cli", "Made by {origin}; imported {at} from {council} laptop {device} (bundle {bundle}).").format(
            origin=p.origin, at=data["imported_at"], council=p.source_council, device=p.source_device, bundle=p.bundle_id)
    emit(args, data, human)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("exchange", help=translate("cli", "exchange files with other laptops and councils"))
    cmds = add_subcommands(group)
    p = add_command(cmds, "identity", identity, help=translate("cli", "write this laptop's public identity file"))
    p.add_argument("--out", required=True, metavar="FILE", help=translate("cli", "file to write"))

    p = add_command(cmds, "trust", trust, help=translate("cli", "trust another laptop after comparing its fingerprint"))
    p.add_argument("file", metavar="FILE", help=translate("cli", "the other laptop's identity file"))
    p.add_argument("--yes", action="store_true", help=translate("cli", "do not ask (the fingerprint was compared)"))
    add_operator_flag(p)

    add_command(cmds, "peers", peers, help=translate("cli", "list the trusted laptops"))

    p = add_command(cmds, "export", export, help=translate("cli", "write a bundle for a council"))
    p.add_argument("--peer", required=True, metavar="CODE",
                   help=translate("cli", "council code; our own code for our other laptops"))
    p.add_argument("--out", required=True, metavar="FILE", help=translate("cli", "bundle file to write (.dvcx)"))
    p.add_argument("--full", action="store_true", help=translate("cli", "everything, not only changes since the last bundle"))
    p.add_argument("--no-encrypt", action="store_true", help=translate("cli", "do not encrypt (signed only)"))
    add_operator_flag(p)

    p = add_command(cmds, "import", import_, help=translate("cli", "check and import a bundle"))
    p.add_argument("file", metavar="FILE", help=translate("cli", "bundle file (.dvcx)"))
    p.add_argument("--dry-run", action="store_true", help=translate("cli", "show what would change, change nothing"))
    add_operator_flag(p)

    add_command(cmds, "conflicts", conflicts, help=translate("cli", "list the versions that lost a merge"))

    p = add_command(cmds, "reverse", reverse, help=translate("cli", "keep the other version of a conflict"))
    p.add_argument("id", metavar="ID", help=translate("cli", "conflict id (from dvc exchange conflicts)"))
    p.add_argument("--yes", action="store_true", help=translate("cli", "do not ask"))
    add_operator_flag(p)

    p = add_command(cmds, "source", source, help=translate("cli", "where a record came from"))
    p.add_argument("code", metavar="CODE", help=translate("cli", "the record's code, e.g. V-KG1-0042-7"))
