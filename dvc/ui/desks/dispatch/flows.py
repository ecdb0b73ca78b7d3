"""The dispatch desk's two flows: a team leaves (tools, return time, sheet), a team comes back (report).

Each flow opens its dialog, which saves through the service; then the other
desks are told what changed: a departure moves the need to 活動中 and the
stock down, a return moves the need on, brings tools back and checks people out.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from dvc.services.dispatch import send_off as dispatch
from dvc.services.dispatch import sheet as dispatch_sheet
from dvc.services.equipment import stock
from dvc.services.dispatch import team_return
from dvc.services.core.workspace import Workspace
from dvc.ui import events
from dvc.ui.desks.dispatch.report_dialog import ActivityReportDialog
from dvc.ui.desks.dispatch.send_dialog import SendOffDialog
from dvc.ui.events import EventBus
from dvc.ui.operations import run_operation
from dvc.ui.widgets.print_preview import show_pdf_preview, temporary_pdf

DEPARTURE_TOPICS = (events.TEAMS, events.NEEDS, events.EQUIPMENT)
RETURN_TOPICS = (events.TEAMS, events.NEEDS, events.ATTENDANCE, events.EQUIPMENT)


def send_off(parent: QWidget, ws: Workspace, bus: EventBus, team) -> bool:  # noqa: ANN001
    """The 送り出し dialog for a confirmed team, then its sheet in the print preview."""
    dialog = SendOffDialog(parent, team, stock.stock_rows(ws), dispatch.expected_back(ws),
                           submit=lambda **request: dispatch.dispatch_team(ws, team_id=team.id, **request))
    if dialog.exec() != SendOffDialog.DialogCode.Accepted:
        return False
    bus.announce(*DEPARTURE_TOPICS)
    print_sheet(parent, ws, team.id)
    return True


def take_back(parent: QWidget, ws: Workspace, bus: EventBus, team_id: uuid.UUID) -> str | None:
    """The 活動報告書 for a team out on site; the team's code once the return is saved."""
    form = run_operation(parent, lambda: team_return.return_form(ws, team_id=team_id))
    if form is None:
        return None
    dialog = ActivityReportDialog(parent, form,
                                  submit=lambda report: team_return.record_return(ws, team_id=team_id, report=report))
    if dialog.exec() != ActivityReportDialog.DialogCode.Accepted:
        return None
    bus.announce(*RETURN_TOPICS)
    return form.team_code


def print_sheet(parent: QWidget, ws: Workspace, team_id: uuid.UUID) -> None:
    with temporary_pdf(ws, "dispatch_sheet.pdf") as path:
        if run_operation(parent, lambda: dispatch_sheet.print_sheets(ws, team_ids=[team_id], out=path)) is not None:
            show_pdf_preview(parent, path, QCoreApplication.translate("DispatchFlows", "Dispatch sheet"))
