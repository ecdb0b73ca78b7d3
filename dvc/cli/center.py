"""`dvc hub …`, `dvc join …`, `dvc sync …`: center mode from the command line (the same services as the screens)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dvc.cli.commands import db_path, emit
from dvc.cli.parser import add_json_flag, add_subcommands
from dvc.cli.signin import add_operator_flag, signed_in
from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.i18n import translate

NUMBER_TAKEN_CLI = QT_TRANSLATE_NOOP(
    "errors", "Laptop number {number} is already used by another laptop of this center, and two laptops with one "
              "number would give the same record codes. Join with a free number into a new database file (the "
              "hub's data comes to it): dvc --db NEW-FILE.db join {address} --code CODE --device {free}")


def _hub_lines(info) -> str:  # noqa: ANN001
    if not info.running:
        return translate("cli", "The center hub on this laptop is not running.")
    lines = [translate("cli", "The center hub serves at {address}.").format(address=info.address),
             translate("cli", "Join code: {code}").format(code=info.join_code_shown)]
    for desk in info.desks:
        lines.append(translate("cli", "  laptop {device}: {state}").format(
            device=desk["device"], state=_label(desk["state"], desk["lag_seconds"])))
    return "\n".join(lines)


def _label(state: str, lag: float | None) -> str:
    from dvc.services.center.status import label

    return label(state, lag, translate)


def hub_start(args: argparse.Namespace) -> int:
    from dvc.services.center.hub_control import new_join_code, start_hub

    with signed_in(args) as ws:
        info = start_hub(ws, listen=args.listen or "")
        if args.new_code:
            info = new_join_code(ws)
    emit(args, info.as_dict(), _hub_lines(info))
    return 0


def hub_status(args: argparse.Namespace) -> int:
    from dvc.services.center.hub_control import hub_status as status

    info = status(db_path(args).expanduser().resolve())
    emit(args, info.as_dict(), _hub_lines(info))
    return 0


def hub_stop(args: argparse.Namespace) -> int:
    from dvc.services.center.hub_control import stop_hub

    with signed_in(args) as ws:
        stopped = stop_hub(ws)
    emit(args, {"stopped": stopped}, translate("cli", "The center hub stopped.") if stopped
         else translate("cli", "The center hub on this laptop was not running."))
    return 0


def hub_run(args: argparse.Namespace) -> int:
    from dvc.services.center.hub_process import run_hub

    return run_hub(db_path(args).expanduser().resolve(), listen=args.listen or "", ready=sys.stdout)


def join(args: argparse.Namespace) -> int:
    from dvc.services.center.joining import NUMBER_TAKEN, join as join_hub, join_new_laptop
    from dvc.services.core.workspace import open_workspace

    path = db_path(args).expanduser()
    try:
        if not path.exists():
            result = join_new_laptop(path, address=args.address, code=args.code, device_number=args.device)
        else:
            with signed_in(args) as ws:
                result = join_hub(ws, address=args.address, code=args.code)
    except UserError as exc:
        if exc.source in NUMBER_TAKEN:  # the service speaks of the join window's number box: here, of --device
            raise UserError(NUMBER_TAKEN_CLI, address=args.address, **exc.params) from None
        raise
    data = result.as_dict()
    lines = [translate("cli", "This laptop (laptop {device}) joined the center hub of {council} at {address}.").format(
        device=result.device_number, council=result.council_name, address=result.address)]
    if not args.no_sync:
        with open_workspace(path) as ws:
            data["in_step"] = _sync_now(ws, args.timeout)
        lines.append(translate("cli", "In step with the hub.") if data["in_step"]
                     else translate("cli", "Not yet in step with the hub: the app goes on when it is open."))
    emit(args, data, "\n".join(lines))
    return 0


def _sync_now(ws, timeout: float) -> bool:  # noqa: ANN001
    from dvc.services.center.replicator import Replicator

    replicator = Replicator(ws)
    if not replicator.start():
        return False
    try:
        return replicator.wait_in_step(timeout)
    finally:
        replicator.stop()


def sync_status(args: argparse.Namespace) -> int:
    from dvc.services.center.report import sync_report

    report = sync_report(db_path(args).expanduser().resolve())
    if not report["joined"]:
        human = translate("cli", "This laptop is not in center mode (it has joined no hub).")
    else:
        lines = [translate("cli", "This laptop: {state}, {pending} changes not yet at the hub.").format(
            state=_label(report["state"], report.get("lag_seconds")), pending=report["pending_out"])]
        if not report["running"]:
            lines = [translate("cli", "This laptop joined the hub, but the app is not open: its {pending} changes go "
                                      "when it is (or with dvc sync now).").format(pending=report["pending_out"])]
        for peer in report["peers"]:
            lines.append(translate("cli", "  laptop {device}: {state}").format(
                device=peer["device"], state=_label(peer["state"], peer.get("lag_seconds"))))
        human = "\n".join(lines)
    emit(args, report, human)
    return 0


def sync_now(args: argparse.Namespace) -> int:
    from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
    from dvc.services.core.workspace import open_workspace

    with open_workspace(db_path(args)) as ws:
        in_step = _sync_now(ws, args.timeout)
    if not in_step:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Not in step with the center hub within {seconds} seconds: it "
                                                    "does not answer, or it is still busy. Try again."),
                        seconds=int(args.timeout))
    emit(args, {"in_step": True}, translate("cli", "In step with the hub."))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    hub = sub.add_parser("hub", help=translate("cli", "the center hub: keeps the laptops of the center in step"),
                         description=translate("cli", "Make this laptop the center hub, see how it runs, stop it. "
                                                      "Starting and stopping: center head only."))
    hub_sub = add_subcommands(hub)
    p = hub_sub.add_parser("start", help=translate("cli", "make this laptop the hub (or start it again)"),
                           description=translate("cli", "Start the center hub and print its address and join code. "
                                                        "A laptop that follows another hub becomes the new hub."))
    add_operator_flag(p)
    p.add_argument("--listen", metavar="HOST:PORT", help=translate("cli", "where the hub listens (default: every network, port 47810)"))
    p.add_argument("--new-code", action="store_true", help=translate("cli", "make a new join code"))
    add_json_flag(p)
    p.set_defaults(handler=hub_start)
    p = hub_sub.add_parser("status", help=translate("cli", "is the hub running, its address, code and desks"))
    add_json_flag(p)
    p.set_defaults(handler=hub_status)
    p = hub_sub.add_parser("stop", help=translate("cli", "stop this laptop's hub"))
    add_operator_flag(p)
    add_json_flag(p)
    p.set_defaults(handler=hub_stop)
    p = hub_sub.add_parser("run", help=argparse.SUPPRESS)  # the hub process itself (started by `hub start`)
    p.add_argument("--listen", metavar="HOST:PORT")
    p.set_defaults(handler=hub_run)

    p = sub.add_parser("join", help=translate("cli", "join the center hub with its address and join code"),
                       description=translate("cli", "Join the center hub. A laptop with a database joins with its data "
                                                    "(sign in with --operator); a laptop without one gets the center's."))
    p.add_argument("address", metavar="ADDRESS", help=translate("cli", "the hub's address as shown on it (HOST:PORT)"))
    p.add_argument("--code", required=True, metavar="CODE", help=translate("cli", "the join code shown on the hub"))
    add_operator_flag(p)
    p.add_argument("--device", type=int, metavar="N", help=translate("cli", "laptop number for a new laptop (default: the first free one)"))
    p.add_argument("--no-sync", action="store_true", help=translate("cli", "only pair; the data follows when the app runs"))
    p.add_argument("--timeout", type=float, default=600.0, metavar="S", help=translate("cli", "longest wait for the first exchange"))
    add_json_flag(p)
    p.set_defaults(handler=join)

    sync = sub.add_parser("sync", help=translate("cli", "this laptop's replication with the center hub"))
    sync_sub = add_subcommands(sync)
    p = sync_sub.add_parser("status", help=translate("cli", "in step, behind or out of touch; each laptop's lag"))
    add_json_flag(p)
    p.set_defaults(handler=sync_status)
    p = sync_sub.add_parser("now", help=translate("cli", "exchange with the hub until in step, then exit"))
    p.add_argument("--timeout", type=float, default=120.0, metavar="S", help=translate("cli", "longest wait"))
    add_json_flag(p)
    p.set_defaults(handler=sync_now)
