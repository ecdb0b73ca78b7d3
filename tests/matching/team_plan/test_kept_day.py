"""The day's people and needs are kept between plan reads until a person or need changes (services/day_facts.py)."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import select

from dvc.services.matching import team_plan
from dvc.services.matching.day_facts import read_day_kept
from dvc.store.tables import Attendance, Team, Volunteer
from tests.matching.team_plan.conftest import DAY


def fresh_plan(ws):
    ws.db.derived.clear()
    return team_plan.day_plan(ws, day=DAY)


def present_list(ws):
    with ws.session() as s:
        return read_day_kept(s, DAY)[0].present


def test_watch_moves_on_people_and_needs_writes_only(drill_ws):
    watch = drill_ws.db.people_and_needs
    start = watch.generation
    with drill_ws.transaction() as s:
        s.exec(select(Team)).first()  # a read moves nothing
        s.execute(text("UPDATE team SET notes = 'x' WHERE 0"))
    assert watch.generation == start
    with drill_ws.transaction() as s:
        s.exec(select(Volunteer)).first().phone = "090-0000-0001"
    assert watch.generation > start
    start = watch.generation
    with drill_ws.transaction() as s:
        # Written past SQLAlchemy, as the exchange import does.
        s.connection().connection.driver_connection.execute("UPDATE need SET notes = notes || '.'")
    assert watch.generation > start
    start = watch.generation
    with drill_ws.session() as s:
        s.execute(text("UPDATE attendance SET checked_out_at = NULL"))
        s.rollback()
    assert watch.generation > start


def test_an_edit_reuses_the_day_and_shows_the_same_as_a_fresh_read(drill_ws):
    plan = team_plan.propose_and_save(drill_ws, day=DAY)
    kept = present_list(drill_ws)
    team = next(t for t in plan.teams if len(t.members) > 2)
    member = next(m for m in team.members if m.volunteer_id != team.leader_id)
    team_plan.move_member(drill_ws, volunteer_id=member.volunteer_id, to_team_id=None, day=DAY)
    assert present_list(drill_ws) is kept  # only teams were written
    after = team_plan.day_plan(drill_ws, day=DAY)
    assert member.volunteer_id in {u.volunteer_id for u in after.unplaced}
    assert after == fresh_plan(drill_ws)
    team_plan.move_member(drill_ws, volunteer_id=member.volunteer_id, to_team_id=team.id, day=DAY)
    team_plan.set_leader(drill_ws, team_id=team.id, volunteer_id=member.volunteer_id)
    again = team_plan.day_plan(drill_ws, day=DAY)
    assert next(t for t in again.teams if t.id == team.id).leader_id == member.volunteer_id
    assert again == fresh_plan(drill_ws)


def test_a_change_of_a_person_is_shown_at_once(drill_ws):
    plan = team_plan.propose_and_save(drill_ws, day=DAY)
    kept = present_list(drill_ws)
    team = plan.teams[0]
    member = team.members[-1]
    with drill_ws.transaction() as s:
        s.get(Volunteer, member.volunteer_id).name = "改名 済み"
    assert present_list(drill_ws) is not kept
    shown = next(t for t in team_plan.day_plan(drill_ws, day=DAY).teams if t.id == team.id)
    assert "改名 済み" in {m.name for m in shown.members}
    # Checked out by a raw write (as an imported file's check-out): the person is flagged, not shown as here.
    with drill_ws.transaction() as s:
        s.connection().connection.driver_connection.execute(
            "UPDATE attendance SET checked_out_at = '2025-07-10 08:00:00' WHERE volunteer_id = ?",
            (member.volunteer_id.hex,))
    after = team_plan.day_plan(drill_ws, day=DAY)
    assert after == fresh_plan(drill_ws)
    with drill_ws.session() as s:
        gone = s.exec(select(Attendance).where(Attendance.volunteer_id == member.volunteer_id)).first()
    assert gone.checked_out_at is not None
    assert any(v["key"] == "not_available" or v["key"] == "unknown_volunteer"
               for v in next(t for t in after.teams if t.id == team.id).violations)


def test_a_write_committed_on_the_driver_connection_moves_the_watch_after_its_commit(drill_ws):
    # How a center round is merged by the sync thread (services/center/rounds.py): a pool connection's driver
    # commits, SQLAlchemy sees no commit. A desk that read the day while the round was not yet committed kept
    # the old people under the moved generation; the commit must move it again.
    watch = drill_ws.db.people_and_needs
    raw = drill_ws.db.engine.raw_connection()
    try:
        conn = raw.driver_connection
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE attendance SET checked_out_at = '2025-07-10 08:00:00'")
        during = watch.generation
        conn.commit()
    finally:
        raw.close()
    assert watch.generation > during
