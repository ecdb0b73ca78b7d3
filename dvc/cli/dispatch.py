"""`dvc teams list`, `dvc dispatch`, `dvc return`, `dvc overdue`, `dvc closing`: the dispatch desk from a terminal.

TEAM is what the desk scans or types: the QR payload of the team's dispatch sheet or its code (T-KG1-0003-5).
"""

from __future__ import annotations

import argparse
import io
from datetime import datetime, time
from pathlib import Path

from dvc.cli import protection as protection_flags
from dvc.cli.commands import db_path, emit
from dvc.cli.parser import add_command, add_subcommands, iso_day, positive_int
from dvc.domain.codes import CodeError, parse_code
from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.domain.timeutil import TOKYO, local_day, to_local, utcnow
from dvc.domain.vocab import OUTCOME_TEXT, Outcome
from dvc.cli.signin import add_operator_flag, sign_in
from dvc.i18n import translate

TEAM_STATUS = {"proposed": QT_TRANSLATE_NOOP("vocab", "Proposed"), "confirmed": QT_TRANSLATE_NOOP("vocab", "Confirmed"),
               "dispatched": QT_TRANSLATE_NOOP("vocab", "Out on site"), "returned": QT_TRANSLATE_NOOP("vocab", "Returned"),
               "cancelled": QT_TRANSLATE_NOOP("vocab", "Cancelled")}


def _clock(moment: datetime | None) -> str:
    return f"{to_local(moment):%H:%M}" if moment else "—"


def _hhmm(text: str) -> time:
    try:
        return time.fromisoformat(text.strip().translate(str.maketrans("０１２３４５６７８９：", "0123456789:")))
    except ValueError:
        raise argparse.ArgumentTypeError(translate("cli", "not a time (HH:MM): {text}").format(text=text)) from None


def _pair(text: str) -> tuple[str, int]:
    code, _, count = text.rpartition("=")
    if not code.strip() or not count.strip().isdigit():
        raise argparse.ArgumentTypeError(translate("cli", "expected CODE=N: {text}").format(text=text))
    return code.strip(), int(count)


def _team_json(t) -> dict:  # noqa: ANN001  (a dispatch.TeamOut)
    return {"id": str(t.id), "code": t.code, "need": t.need_code, "need_summary": t.need_summary,
            "leader": t.leader_name, "leader_phone": t.leader_phone, "departed_at": t.departed_at.isoformat(),
            "expected_back_at": t.expected_back_at.isoformat() if t.expected_back_at else None,
            "overdue": t.overdue, "minutes_overdue": t.minutes_overdue,
            "members": [{"code": p.code, "name": p.name, "phone": p.phone, "leader": p.is_leader} for p in t.members]}


def _team_line(t) -> str:  # noqa: ANN001
    line = translate("cli", "{team}  {need}  leader {leader} {phone}  {people} people  left {left}  back by {back}").format(
        team=t.code, need=t.need_code, leader=t.leader_name or "—", phone=t.leader_phone, people=t.headcount,
        left=_clock(t.departed_at), back=_clock(t.expected_back_at))
    return line + (translate("cli", "  LATE by {minutes} min").format(minutes=t.minutes_overdue) if t.overdue else "")


def teams_list(args: argparse.Namespace) -> int:
    from dvc.services.dispatch.teams_view import teams_of_day
    from dvc.services.core.workspace import open_workspace

    day = args.day or local_day()
    with open_workspace(db_path(args), read_only=True) as ws:
        rows = teams_of_day(ws, day=day)
    data = {"day": day.isoformat(), "teams": [
        {"id": str(r.id), "code": r.code, "need": r.need_code, "district": r.district, "members": r.members,
         "leader": r.leader_name, "status": r.status,
         "departed_at": r.departed_at.isoformat() if r.departed_at else None} for r in rows]}
    lines = [f"{r.code}  {translate('vocab', TEAM_STATUS.get(r.status, r.status))}  {r.need_code}  {r.district}  "
             f"{r.members}  {r.leader_name}" for r in rows]
    lines.append(translate("cli", "{count} teams").format(count=len(rows)))
    emit(args, data, "\n".join(lines))
    return 0


def dispatch_team(args: argparse.Namespace) -> int:
    from dvc.services.dispatch import send_off as dispatch
    from dvc.services.dispatch import sheet as dispatch_sheet
    from dvc.services.equipment import items as equipment_items
    from dvc.services.equipment import loans
    from dvc.services.dispatch import safety
    from dvc.services.core.workspace import open_workspace
    from dvc.services.safekeeping.protected_file import check_folder

    now = utcnow()
    back = datetime.combine(local_day(now), args.back, tzinfo=TOKYO) if args.back else None
    sheet = io.BytesIO()
    if args.print:
        check_folder(Path(args.print).expanduser())  # before the team goes out, not after
    with open_workspace(db_path(args)) as ws:
        sign_in(ws, args)
        # The sheet names the members and the requester's address; the passphrase is asked for first.
        protection = protection_flags.for_pdf(args, personal=True, drill=ws.identity.drill) if args.print else None
        team_id = dispatch.find_team_by_scan(ws, scanned=args.team)
        wanted = [dispatch.LoanRequest(equipment_items.find_item(ws, scanned=code), n) for code, n in args.lend or ()]
        dispatch_id = dispatch.dispatch_team(ws, team_id=team_id, expected_back_at=back, loans=wanted,
                                             transport=args.transport or "", notes=args.notes or "", at=now)
        out = safety.team_out(ws, team_id=team_id, now=now)
        lent = loans.loans_for_dispatch(ws, dispatch_id)
        if args.print:
            dispatch_sheet.print_sheets(ws, team_ids=[team_id], out=sheet)
    data = {"dispatch_id": str(dispatch_id), "team": _team_json(out), "sheet": None,
            "lent": [{"code": r.equipment_code, "name": r.name, "quantity": r.quantity_out, "unit": r.unit} for r in lent]}
    lines = [_team_line(out)] + [f"  {r.name} {r.quantity_out} {r.unit}" for r in lent]
    if args.print:
        written, note = protection_flags.write_pdf(protection, args.print, sheet.getvalue(), data)
        data["sheet"] = str(written)
        lines.append(translate("cli", "Dispatch sheet: {path}").format(path=written))
        lines += [note] if note else []
    emit(args, data, "\n".join(lines))
    return 0


def _loan_returns(ws, form, args: argparse.Namespace) -> list:  # noqa: ANN001
    """Everything lent comes back (consumables used up) unless --returned/--lost/--damaged say otherwise."""
    from dvc.services.equipment import items as equipment_items
    from dvc.services.dispatch.team_return import LoanReturn

    def by_item(pairs) -> dict:  # noqa: ANN001
        counts: dict = {}
        for code, n in pairs or ():
            counts[equipment_items.find_item(ws, scanned=code)] = n
        return counts

    returned, lost, damaged = by_item(args.returned), by_item(args.lost), by_item(args.damaged)
    lent = {loan.equipment_id for loan in form.loans}
    for named in (returned, lost, damaged):
        if set(named) - lent:
            raise UserError(QT_TRANSLATE_NOOP("errors", "A tool in this report was not lent to this team."))
    backs = []
    for loan in form.loans:
        item = loan.equipment_id
        default = 0 if loan.consumable else loan.outstanding - lost.get(item, 0)
        backs.append(LoanReturn(loan.loan_id, returned.get(item, default), lost.get(item, 0), damaged.get(item, 0)))
    return backs


def _member(form, text: str):  # noqa: ANN001, ANN202
    """A member named by volunteer code (--keep): they stay checked in for another team."""
    try:
        code = str(parse_code(text))
    except CodeError:
        code = text.strip()
    for member in form.members:
        if member.code == code:
            return member.volunteer_id
    raise UserError(QT_TRANSLATE_NOOP("errors", "{code} is not a member of team {team}."), code=text.strip(),
                    team=form.team_code)


def return_team(args: argparse.Namespace) -> int:
    from dvc.services.dispatch import send_off as dispatch
    from dvc.services.dispatch import team_return
    from dvc.services.core.workspace import open_workspace

    now = utcnow()
    with open_workspace(db_path(args)) as ws:
        sign_in(ws, args)
        team_id = dispatch.find_team_by_scan(ws, scanned=args.team)
        form = team_return.return_form(ws, team_id=team_id)
        kept = {_member(form, code) for code in args.keep or ()}
        report = team_return.ReturnReport(
            outcome=Outcome(args.outcome), work_done=args.work or "", remaining_work=args.remaining or "",
            next_headcount=args.people, next_equipment=args.equipment or "", injuries=args.injuries or "",
            near_misses=args.near_misses or "", hours=args.hours, notes=args.notes or "", reason=args.reason or "",
            loan_returns=_loan_returns(ws, form, args),
            check_out={m.volunteer_id for m in form.members} - kept)
        report_id = team_return.record_return(ws, team_id=team_id, report=report, at=now)
    outcome = translate("vocab", OUTCOME_TEXT[Outcome(args.outcome)])
    data = {"report_id": str(report_id), "team": form.team_code, "need": form.need_code, "outcome": args.outcome,
            "kept_checked_in": sorted(m.code for m in form.members if m.volunteer_id in kept)}
    emit(args, data, translate("cli", "{team} is back ({outcome}); need {need} updated.").format(
        team=form.team_code, outcome=outcome, need=form.need_code))
    return 0


def overdue(args: argparse.Namespace) -> int:
    from dvc.services.dispatch import safety
    from dvc.services.core.workspace import open_workspace

    with open_workspace(db_path(args), read_only=True) as ws:
        late = safety.overdue_teams(ws)
    lines = [_team_line(t) for t in late] or [translate("cli", "No team is past its expected return.")]
    emit(args, {"overdue": [_team_json(t) for t in late]}, "\n".join(lines))
    return 0


def closing(args: argparse.Namespace) -> int:
    from dvc.services.dispatch import safety
    from dvc.services.core.workspace import open_workspace

    with open_workspace(db_path(args), read_only=True) as ws:
        found = safety.closing_list(ws, day=args.day)
    data = {"day": found.day.isoformat(), "all_back": found.all_back,
            "teams_not_back": [_team_json(t) for t in found.teams_out],
            "still_checked_in": [{"code": p.code, "name": p.name, "phone": p.phone, "team": p.team_code,
                                  "checked_in_at": p.checked_in_at.isoformat()} for p in found.people]}
    if found.all_back:
        lines = [translate("cli", "All back: every team has returned and everyone has checked out.")]
    else:
        lines = [translate("cli", "Teams not back: {count}").format(count=len(found.teams_out))]
        lines += ["  " + _team_line(t) for t in found.teams_out]
        lines.append(translate("cli", "People still checked in: {count}").format(count=len(found.people)))
        lines += [f"  {p.code}  {p.name}  {p.phone}  {p.team_code}" for p in found.people]
    emit(args, data, "\n".join(lines))  # a list to read, not a refusal: stdout either way; the exit code tells
    return 0 if found.all_back else 1


def register(sub: argparse._SubParsersAction) -> None:
    teams = sub.add_parser("teams", help=translate("cli", "the day's teams"))
    teams_sub = add_subcommands(teams)
    p = add_command(teams_sub, "list", teams_list, help=translate("cli", "list the day's teams and their status"))
    p.add_argument("--day", type=iso_day, metavar="YYYY-MM-DD", help=translate("cli", "the day (default: today)"))

    team_help = translate("cli", "the team's code (T-KG1-0003-5) or its dispatch sheet's QR code")
    p = add_command(sub, "dispatch", dispatch_team,
                    help=translate("cli", "send a confirmed team out (送り出し), lending equipment"),
                    description=translate("cli", "Send a confirmed team out: departure now, equipment lent, its "
                                                 "need becomes active. A refusal changes nothing."))
    p.add_argument("team", metavar="TEAM", help=team_help)
    p.add_argument("--back", type=_hhmm, metavar="HH:MM",
                   help=translate("cli", "expected back today at this time (default: 3 hours, not after 16:00)"))
    p.add_argument("--lend", type=_pair, action="append", metavar="CODE=N",
                   help=translate("cli", "lend N of the equipment item CODE; may be repeated"))
    p.add_argument("--transport", metavar="TEXT", help=translate("cli", "how the team travels (on foot, center car…)"))
    p.add_argument("--notes", metavar="TEXT", help=translate("cli", "notes for the dispatch"))
    p.add_argument("--print", metavar="PDF", help=translate("cli", "also write the team's dispatch sheet (送り出し票) to this PDF"))
    add_operator_flag(p)
    protection_flags.add_flag(p)

    p = add_command(sub, "return", return_team,
                    help=translate("cli", "record a team's return and activity report (帰着)"),
                    description=translate("cli", "Record a team's return: the activity report, the equipment back "
                                                 "(all of it unless told otherwise), the need's status, and the "
                                                 "members checked out. All or nothing."))
    p.add_argument("team", metavar="TEAM", help=team_help)
    p.add_argument("--outcome", required=True, choices=[o.value for o in Outcome],
                   help=translate("cli", "done (完了), continuing (継続) or interrupted (中断)"))
    p.add_argument("--work", metavar="TEXT", help=translate("cli", "the work done"))
    p.add_argument("--remaining", metavar="TEXT", help=translate("cli", "continuing or interrupted: the work left"))
    p.add_argument("--people", type=positive_int, metavar="N", help=translate("cli", "volunteers needed for the next visit"))
    p.add_argument("--equipment", metavar="TEXT", help=translate("cli", "equipment needed for the next visit"))
    p.add_argument("--reason", metavar="TEXT", help=translate("cli", "interrupted: why the work stopped"))
    p.add_argument("--injuries", metavar="TEXT", help=translate("cli", "injuries"))
    p.add_argument("--near-misses", metavar="TEXT", help=translate("cli", "near misses (ヒヤリハット)"))
    p.add_argument("--hours", type=float, metavar="H", help=translate("cli", "hours on site"))
    p.add_argument("--notes", metavar="TEXT", help=translate("cli", "notes"))
    p.add_argument("--returned", type=_pair, action="append", metavar="CODE=N",
                   help=translate("cli", "N of item CODE came back (default: all; consumables: none, used up)"))
    p.add_argument("--lost", type=_pair, action="append", metavar="CODE=N", help=translate("cli", "N of item CODE were lost"))
    p.add_argument("--damaged", type=_pair, action="append", metavar="CODE=N",
                   help=translate("cli", "N of the returned pieces of item CODE are damaged"))
    p.add_argument("--keep", action="append", metavar="VOLUNTEER",
                   help=translate("cli", "keep this member checked in (staying for another team); may be repeated"))
    add_operator_flag(p)

    add_command(sub, "overdue", overdue, help=translate("cli", "teams past their expected return time"))

    p = add_command(sub, "closing", closing, help=translate("cli", "closing check: anyone not back (exit 1 if so)"),
                    description=translate("cli", "Teams not back and people still checked in. Exit 0 when "
                                                 "everyone is back, 1 otherwise."))
    p.add_argument("--day", type=iso_day, metavar="YYYY-MM-DD", help=translate("cli", "the day (default: today)"))
