"""Facts about an open database, for `dvc info` and the status bar."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import select

from dvc.services.core.workspace import Workspace
from dvc.store.tables import Attendance, Equipment, Group, Need, Team, Volunteer

COUNTED = {
    "volunteers": Volunteer,
    "groups": Group,
    "attendance": Attendance,
    "needs": Need,
    "teams": Team,
    "equipment": Equipment,
}


def database_summary(ws: Workspace) -> dict:
    ident = ws.identity
    with ws.session() as s:
        counts = {
            name: s.exec(select(func.count()).select_from(table).where(table.deleted == False)).one()  # noqa: E712
            for name, table in COUNTED.items()
        }
    return {
        "path": str(ws.path),
        "council": ident.council_code,
        "council_name": ident.council_name,
        "short": ident.council_short,
        "device": ident.device_number,
        "drill": ident.drill,
        "counts": counts,
    }
