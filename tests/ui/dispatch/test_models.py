"""The dispatch desk's table models without a view: order, lateness, dates for teams out since another day."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import Qt

from dvc.domain.vocab import TeamStatus
from dvc.services.dispatch.send_off import Person, TeamOut
from dvc.services.dispatch.safety import StillHere
from dvc.services.dispatch.teams_view import TeamRow
from dvc.ui.models.closing import StillHereModel, TeamsNotBackModel
from dvc.ui.models.teams import OVERDUE_TEXT, TeamTableModel, desk_teams
from tests.ui.conftest import japanese_app  # noqa: F401

NOW = datetime.now(timezone.utc)


def row(code: str, status: str, **extra) -> TeamRow:  # noqa: ANN003
    return TeamRow(id=uuid.uuid4(), code=code, need_code="N-" + code, district="本町", members=3,
                   leader_name="山田 太郎", status=status, departed_at=extra.pop("departed_at", None), **extra)


def out(team: TeamRow | None, code: str, late: int, expected: datetime) -> TeamOut:
    leader = Person(uuid.uuid4(), "V-1", "佐藤 一郎", "090-1111-2222", True)
    return TeamOut(id=team.id if team else uuid.uuid4(), code=code, need_code="N-" + code, need_summary="東町　1-2-3",
                   leader_name=leader.name, leader_phone=leader.phone, members=(leader,),
                   departed_at=expected - timedelta(hours=3), expected_back_at=expected, overdue=late > 0,
                   minutes_overdue=late)


def test_late_first_then_ready_out_and_back_and_a_team_from_yesterday():
    ready, away, late, back = (row("T-1", TeamStatus.CONFIRMED), row("T-2", TeamStatus.DISPATCHED),
                               row("T-3", TeamStatus.DISPATCHED), row("T-4", TeamStatus.RETURNED))
    gone = row("T-5", TeamStatus.CANCELLED)
    yesterday = out(None, "T-0", 24 * 60, NOW - timedelta(days=1))
    rows = desk_teams([ready, away, late, back, gone],
                      [out(away, "T-2", 0, NOW), out(late, "T-3", 25, NOW - timedelta(minutes=25)),
                       yesterday])
    assert [r.code for r in rows] == ["T-0", "T-3", "T-1", "T-2", "T-4"]
    assert rows[1].leader_phone == "090-1111-2222" and rows[2].leader_phone == ""  # T-1 was given no phone

    model = TeamTableModel()
    model.set_rows(rows)
    assert model.display(rows[1], model.COL_STATUS) == "25分超過"
    assert model.display(rows[2], model.COL_STATUS) == "確定"
    assert "/" in model.display(rows[0], model.COL_EXPECTED)  # yesterday's time says its date
    assert "/" not in model.display(rows[3], model.COL_EXPECTED)
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_TEXT
    assert model.data(model.index(2, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert "電話" in model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(1, model.COL_PLACE), Qt.ItemDataRole.ToolTipRole) == rows[1].place == "本町"


def test_a_confirmed_team_shows_its_leaders_phone_before_it_leaves():
    ready = row("T-1", TeamStatus.CONFIRMED, leader_phone="080-3333-4444")
    [shown] = desk_teams([ready], [])
    model = TeamTableModel()
    model.set_rows([shown])
    assert model.display(shown, model.COL_PHONE) == "080-3333-4444"


def test_closing_models():
    teams = TeamsNotBackModel()
    late = out(None, "T-9", 40, NOW - timedelta(minutes=40))
    teams.set_rows([late, out(None, "T-8", 0, NOW + timedelta(hours=1))])
    assert teams.display(late, teams.COL_LATE) == "40" and teams.display(teams.row_at(1), teams.COL_LATE) == ""
    assert teams.display(late, teams.COL_MEMBERS) == "1"
    assert teams.data(teams.index(0, 0), Qt.ItemDataRole.ToolTipRole) == "佐藤 一郎"
    people = StillHereModel()
    here = StillHere(uuid.uuid4(), "V-KG1-0001-6", "山田 太郎", "", NOW, "T-9")
    people.set_rows([here])
    assert [people.display(here, c) for c in (people.COL_NAME, people.COL_TEAM)] == ["山田 太郎", "T-9"]
