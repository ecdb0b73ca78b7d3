import multiprocessing
import uuid
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import String, cast, text
from sqlmodel import select

from dvc.domain.hlc import Stamp
from dvc.domain.messages import UserError
from dvc.services.core.workspace import open_workspace
from dvc.store.database import DatabaseLocked, NotADatabase, open_database
from dvc.store.tables import Volunteer


def test_pragmas_for_crash_safety(workspace):
    with workspace.session() as s:
        conn = s.connection()
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000


def _try_open(path, queue):
    try:
        open_database(path)
    except DatabaseLocked:
        queue.put("locked")
    else:
        queue.put("opened")


def test_a_second_process_is_refused(workspace):
    queue = multiprocessing.get_context("spawn").Queue()
    proc = multiprocessing.get_context("spawn").Process(target=_try_open, args=(workspace.path, queue))
    proc.start()
    proc.join(60)
    assert queue.get(timeout=5) == "locked"


def test_the_refusal_is_a_clear_message(workspace):
    with pytest.raises(UserError) as err:
        open_workspace(workspace.path)
    assert "another dvc" in str(err.value)


def test_lock_is_released_on_close(workspace):
    path = workspace.path
    workspace.close()
    again = open_workspace(path)
    again.close()


def test_not_a_database(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("just some text, not SQLite")
    with pytest.raises(NotADatabase):
        open_database(bogus)
    assert bogus.read_text() == "just some text, not SQLite"


def _volunteer(code, **kw):
    return Volunteer(code=code, name="小金井 太郎", kana="こがねい たろう", **kw)


def test_every_change_is_stamped_with_origin_and_a_newer_clock(workspace):
    with workspace.transaction() as s:
        (code,) = workspace.new_codes(s, "V")
        v = _volunteer(code)
        s.add(v)
    first = Stamp.parse(v.updated_at)
    assert v.origin == "koganei"
    assert first.node == workspace.identity.device_id
    with workspace.transaction() as s:
        v = s.get(Volunteer, v.id)
        v.phone = "090-1234-5678"
    assert Stamp.parse(v.updated_at) > first


def test_reopening_continues_the_clock_after_the_newest_stamp(workspace):
    with workspace.transaction() as s:
        (code,) = workspace.new_codes(s, "V")
        v = _volunteer(code)
        # A stamp from the future, as if imported from a laptop whose clock runs ahead.
        s.add(v)
    with workspace.db.engine.begin() as conn:
        conn.execute(text("UPDATE volunteer SET updated_at = :u"), {"u": str(Stamp(99_999_999_999_999, 5, "peer"))})
    path = workspace.path
    workspace.close()
    ws = open_workspace(path)
    try:
        with ws.transaction() as s:
            (code,) = ws.new_codes(s, "V")
            w = _volunteer(code)
            s.add(w)
        assert w.updated_at > str(Stamp(99_999_999_999_999, 5, "peer"))
    finally:
        ws.close()


def test_times_come_back_aware_utc_and_naive_ones_are_refused(workspace):
    jst = timezone(timedelta(hours=9))
    moment = datetime(2026, 11, 27, 9, 30, tzinfo=jst)
    with workspace.transaction() as s:
        (code,) = workspace.new_codes(s, "V")
        s.add(_volunteer(code, registered_at=moment))
    with workspace.session() as s:
        v = s.exec(select(Volunteer).where(Volunteer.code == code)).one()
    assert v.registered_at == moment
    assert v.registered_at.utcoffset() == timedelta(0)
    with pytest.raises(Exception):
        with workspace.transaction() as s:
            (code,) = workspace.new_codes(s, "V")
            s.add(_volunteer(code, registered_at=datetime(2026, 11, 27, 9, 30)))


def test_codes_are_consecutive_and_survive_a_rollback_cleanly(workspace):
    with workspace.transaction() as s:
        a = workspace.new_codes(s, "V", 2)
    with pytest.raises(RuntimeError):
        with workspace.transaction() as s:
            workspace.new_codes(s, "V", 5)
            raise RuntimeError("power cut")
    with workspace.transaction() as s:
        b = workspace.new_codes(s, "V")
    assert [c.split("-")[2] for c in a + b] == ["0001", "0002", "0003"]


def test_tombstones_not_deletes(workspace):
    with workspace.transaction() as s:
        (code,) = workspace.new_codes(s, "V")
        v = _volunteer(code)
        s.add(v)
    with workspace.transaction() as s:
        s.get(Volunteer, v.id).deleted = True
    with workspace.session() as s:
        assert s.get(Volunteer, uuid.UUID(str(v.id))).deleted is True


def test_json_columns_keep_japanese_readable_for_sql(workspace):
    with workspace.transaction() as s:
        (code,) = workspace.new_codes(s, "V")
        s.add(_volunteer(code, vehicles=["軽トラ"], skills=["看護師"]))
    with workspace.session() as s:
        found = s.exec(select(Volunteer).where(cast(Volunteer.vehicles, String).like("%軽トラ%"))).all()
    assert [v.code for v in found] == [code]
