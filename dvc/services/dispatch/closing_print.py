"""The closing check on paper (forms/closing_list.toml): who is not back, for the evening's phone calls.

A paper copy goes with the person who stays by the phone after the laptops
are shut. Each page carries a share of both lists (teams, then people still
checked in) with an empty column to tick by hand as each one is reached.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from dvc.domain.timeutil import local_day, to_local, utcnow
from dvc.printing.render import render_pdf
from dvc.services.dispatch import safety
from dvc.services.dispatch.safety import ClosingList
from dvc.services.core.workspace import Workspace

FORM = "closing_list"
TEAM_ROWS = 10  # the form's tables; more rows go on further pages
PEOPLE_ROWS = 17


def _when(moment: datetime | None, day: date) -> str:
    if moment is None:
        return ""
    local = to_local(moment)
    return f"{local:%H:%M}" if local.date() == day else f"{local.month}/{local.day} {local:%H:%M}"


def closing_pages(ws: Workspace, closing: ClosingList) -> list[dict]:
    # The place without the work types (after ／): enough to phone about, and it fits the column.
    teams = [{"code": t.code, "need": " ".join(x for x in (t.need_code, t.need_summary.split("／")[0]) if x),
              "leader": t.leader_name, "phone": t.leader_phone, "people": str(t.headcount),
              "expected": _when(t.expected_back_at, closing.day),
              "late": f"{t.minutes_overdue}分" if t.overdue else ""} for t in closing.teams_out]
    people = [{"code": p.code, "name": p.name, "phone": p.phone, "arrived": _when(p.checked_in_at, closing.day),
               "team": p.team_code} for p in closing.people]
    count = max(1, -(-len(teams) // TEAM_ROWS), -(-len(people) // PEOPLE_ROWS))
    head = {
        "council": ws.identity.council_name, "day": f"{closing.day:%Y年%m月%d日}",
        "made": f"{to_local(utcnow()):%Y/%m/%d %H:%M}", "team_count": str(len(teams)),
        "people_count": str(len(people)), "all_back": closing.all_back, "not_all_back": not closing.all_back,
    }
    return [{**head, "teams": teams[n * TEAM_ROWS:(n + 1) * TEAM_ROWS],
             "people": people[n * PEOPLE_ROWS:(n + 1) * PEOPLE_ROWS]} for n in range(count)]


def print_closing_list(ws: Workspace, *, out: Path | str | BinaryIO, day: date | None = None,
                       now: datetime | None = None) -> int:
    """The closing list as it stands now; returns the pages written."""
    closing = safety.closing_list(ws, day=day or local_day(now), now=now)
    return render_pdf(FORM, closing_pages(ws, closing), out, drill=ws.identity.drill)
