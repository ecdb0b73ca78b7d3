"""`dvc match propose|apply`: the matching desk's proposal from the command line (the same services as the page)."""

from __future__ import annotations

import argparse

from dvc.cli.commands import confirm, db_path, emit
from dvc.cli.parser import add_json_flag, add_subcommands, iso_day
from dvc.cli.signin import add_operator_flag, sign_in
from dvc.i18n import translate


def match_propose(args: argparse.Namespace) -> int:
    from dvc.services.matching.proposal import propose_teams
    from dvc.services.core.workspace import open_workspace

    with open_workspace(db_path(args)) as ws:
        data = propose_teams(ws, day=args.day)
    head = translate("cli", "Proposal for {date} (not saved): {teams} teams, {unfilled} needs short, "
                            "{unassigned} people not placed.")
    emit(args, data, _human(data, head))
    return 0


def match_apply(args: argparse.Namespace) -> int:
    from dvc.domain.timeutil import local_day
    from dvc.services.matching import team_plan
    from dvc.services.core.workspace import open_workspace

    day = args.day or local_day()
    with open_workspace(db_path(args)) as ws:
        sign_in(ws, args)
        confirm(translate("cli", "Replace the unlocked proposals of {day} by a new proposal and confirm its teams?")
                .format(day=day.isoformat()), assume_yes=args.yes)
        confirmed = set(team_plan.apply_proposal(ws, day=day))
        plan = team_plan.day_plan(ws, day=day)
    data = plan_dict(plan, only=confirmed)
    head = translate("cli", "Confirmed for {date}: {teams} teams; {unfilled} needs short, {unassigned} people not placed.")
    emit(args, data, _human(data, head))
    return 0


def plan_dict(plan, *, only: set) -> dict:  # noqa: ANN001
    """A saved plan in the shape of `dvc match propose --json`, with the teams' own codes and statuses added."""
    return {
        "date": plan.day.isoformat(),
        "teams": [{
            "team": t.code, "status": t.status, "need": t.need_code,
            "leader": next((m.code for m in t.members if m.is_leader), None),
            "members": [m.code for m in t.members], "locked": t.locked,
            "reasons": [{"volunteer": m.code, **r} for m in t.members for r in m.reasons],
            "warnings": list(t.violations),
        } for t in plan.teams if t.id in only],
        "unassigned": [u.code for u in plan.unplaced],
        "unassigned_reasons": [{"volunteer": u.code, **r} for u in plan.unplaced for r in u.reasons],
        "unfilled": [{"need": u.need_code, "missing": u.missing, "reasons": list(u.reasons)} for u in plan.unfilled],
    }


def _human(data: dict, head: str) -> str:
    from dvc.services.matching.words import reason_text

    lines = [head.format(date=data["date"], teams=len(data["teams"]), unfilled=len(data["unfilled"]),
                         unassigned=len(data["unassigned"]))]
    for t in data["teams"]:
        name = f"{t['team']} " if t.get("team") else ""
        lines.append(f"{name}{t['need']}  " + translate("cli", "leader {leader}: {members}").format(
            leader=t["leader"] or "-", members=", ".join(t["members"])))
        lines += [f"    {reason_text(r, translate)}" for r in t["reasons"]]
        lines += [f"    ⚠ {reason_text(r, translate)}" for r in t.get("warnings", ())]
    if data["unfilled"]:
        lines.append(translate("cli", "Needs short of people:"))
        for u in data["unfilled"]:
            why = " / ".join(reason_text(r, translate) for r in u["reasons"])
            lines.append("  " + translate("cli", "{need}: {missing} short ({why})").format(
                need=u["need"], missing=u["missing"], why=why))
    if data["unassigned"]:
        lines.append(translate("cli", "Not placed:"))
        lines += [f"  {r['volunteer']}: {reason_text(r, translate)}" for r in data["unassigned_reasons"]]
    return "\n".join(lines)


def register(sub: argparse._SubParsersAction) -> None:
    match = sub.add_parser("match", help=translate("cli", "matching (マッチング): propose teams for the waiting needs"))
    match_sub = add_subcommands(match)

    p = match_sub.add_parser("propose", help=translate("cli", "print a proposal of teams without saving it"),
                             description=translate("cli", "Propose teams for the needs waiting for matching from the "
                                                          "volunteers checked in and not in a team. Nothing is saved."))
    p.add_argument("--day", type=iso_day, metavar="YYYY-MM-DD", help=translate("cli", "the day (default: today)"))
    add_json_flag(p)
    p.set_defaults(handler=match_propose)

    p = match_sub.add_parser("apply", help=translate("cli", "save a new proposal and confirm its teams"),
                             description=translate("cli", "Replace the day's unlocked proposed teams by a new proposal "
                                                          "and confirm the new teams, as the matching page's confirm "
                                                          "does. Locked teams stay as they are."))
    p.add_argument("--day", type=iso_day, metavar="YYYY-MM-DD", help=translate("cli", "the day (default: today)"))
    p.add_argument("--yes", action="store_true", help=translate("cli", "do not ask before saving"))
    add_operator_flag(p)
    add_json_flag(p)
    p.set_defaults(handler=match_apply)
