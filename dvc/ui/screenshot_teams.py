"""The manual's scenes of the matching and dispatch desks: teams proposed, confirmed, sent out, back.

Part of the screenshot scenes (screenshot_scenes.py), on the same throw-away copy: proposing,
confirming and sending teams out change the copy as staff would, and the equipment scenes
after these find a team out to lend tools to.
"""

from __future__ import annotations

from collections.abc import Callable

from dvc.domain.messages import UserError
from dvc.domain.vocab import TeamStatus
from dvc.services.dispatch import send_off as dispatch
from dvc.services.equipment import stock
from dvc.services.matching import team_plan
from dvc.ui.main_window import MainWindow

Shot = Callable[[str], None]
Dialog = Callable[[str, Callable[[], object]], None]


def _confirm_what_can_be(ws) -> None:  # noqa: ANN001
    """Confirm the proposed teams; one the rules refuse (say, no adult leader) stays proposed."""
    plan = team_plan.day_plan(ws)
    proposed = [t.id for t in plan.teams if t.status == TeamStatus.PROPOSED]
    try:
        team_plan.confirm_teams(ws, team_ids=proposed, accept_warnings=True)
        return
    except UserError:
        pass
    for team_id in proposed:
        try:
            team_plan.confirm_teams(ws, team_ids=[team_id], accept_warnings=True)
        except UserError:
            continue


def _send_out(ws, teams: list, wait: Callable[[], None]) -> None:  # noqa: ANN001
    """The first teams leave; the first one with shovels, as the dispatch desk hands them over."""
    shovel = next((r for r in stock.stock_rows(ws) if "スコップ" in r.name and r.available >= 2), None)
    for number, team in enumerate(teams):
        loans = [dispatch.LoanRequest(equipment_id=shovel.id, quantity=2)] if shovel and number == 0 else []
        try:
            dispatch.dispatch_team(ws, team_id=team.id, loans=loans)
        except UserError:
            continue
        wait()


def team_scenes(window: MainWindow, dialog: Dialog, shot: Shot, wait: Callable[[], None]) -> None:
    ws = window.ws
    matching = window.page("matching")
    window.show_desk(window.pages.index(matching))
    matching.plan_actions.propose()
    matching.show_teams()
    shot("matching-proposed")
    dialog("matching-confirm", matching.plan_actions.confirm_all)
    _confirm_what_can_be(ws)
    matching.refresh()
    shot("matching-confirmed")

    desk = window.page("dispatch")
    window.show_desk(window.pages.index(desk))
    desk.refresh()
    ready = [r for r in desk.rows if r.status == TeamStatus.CONFIRMED]
    if not ready:
        return
    desk.list.view.selectRow(desk.rows.index(ready[0]))
    shot("dispatch-ready")
    dialog("dispatch-send", lambda: desk.send_off(ready[0]))
    _send_out(ws, ready[:3], wait)
    desk.refresh()
    out = [r for r in desk.rows if r.status == TeamStatus.DISPATCHED]
    if out:
        desk.list.view.selectRow(desk.rows.index(out[0]))
    shot("dispatch-out")
    if out:
        dialog("dispatch-report", lambda: desk.take_back(out[0]))
    dialog("dispatch-closing", desk.closing_button.click)
