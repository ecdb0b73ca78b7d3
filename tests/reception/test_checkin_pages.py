"""What a check-in reads and writes: each page it touches costs a decryption or an encryption on a council's
(encrypted) file, so the schema keeps those few (issue 16: an encrypted check-in at most 15 % slower).

The figures themselves are in tests/bench/bench_encryption.py; these tests hold the shape that gives them.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import event

from dvc.services.reception import checkin
from dvc.store.ids import attendance_id, time_ordered_id
from dvc.store.tables import Attendance
from tests.reception.test_checkin_service import DAY, MORNING, add_volunteer
from tests.wal_frames import checkpoint, wal_pages


def _plans(ws, sql_part: str, run) -> list[str]:  # noqa: ANN001
    """The query plans of the statements containing ``sql_part`` that ``run`` makes."""
    seen: list[tuple[str, tuple]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many):  # noqa: ANN001, ANN202
        if sql_part in statement:
            seen.append((statement, parameters))

    event.listen(ws.db.engine, "before_cursor_execute", record)
    try:
        run()
    finally:
        event.remove(ws.db.engine, "before_cursor_execute", record)
    assert seen, f"no statement with {sql_part!r}"
    raw = ws.db.engine.raw_connection()
    try:
        return [" ".join(row[3] for row in raw.driver_connection.execute(f"EXPLAIN QUERY PLAN {sql}", params))
                for sql, params in seen]
    finally:
        raw.close()


def test_the_days_someone_came_are_counted_from_indexes_alone(workspace):
    v = add_volunteer(workspace)
    plans = _plans(workspace, "count(*)", lambda: checkin.check_in(workspace, scanned=v.code, at=MORNING))
    days = [p for p in plans if "attendance" in p and "volunteer_id" in p]
    # Every search of attendance in those statements (the count and the withdrawn ones') reads an index alone.
    assert days and all(p.count("SEARCH attendance") == p.count("USING COVERING INDEX") >= 2 for p in days), days


def test_withdrawn_days_are_not_counted(workspace):
    v = add_volunteer(workspace)
    for back in (3, 2, 1):
        day = DAY - timedelta(days=back)
        checkin.check_in(workspace, scanned=v.code, day=day, at=MORNING - timedelta(days=back))
    with workspace.transaction() as s:
        row = s.get(Attendance, attendance_id(v.id, DAY - timedelta(days=2)))
        row.deleted = True
        s.add(row)
    today = checkin.check_in(workspace, scanned=v.code, at=MORNING)
    assert today.result == checkin.CHECKED_IN and today.day_count == 3  # two earlier days, and today


def test_no_table_keeps_an_index_on_origin_alone(workspace):
    raw = workspace.db.engine.raw_connection()
    try:
        con = raw.driver_connection
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        single = []
        for table in tables:
            for index in con.execute(f'PRAGMA index_list("{table}")').fetchall():
                columns = [c[2] for c in con.execute(f'PRAGMA index_info("{index[1]}")')]
                if columns == ["origin"]:
                    single.append(index[1])
        audit = {r[1] for r in con.execute('PRAGMA index_list("audit_event")')}
    finally:
        raw.close()
    assert tables and single == []
    # One index serves a record's history and a table's entries; the chain's own index; time; changed-since.
    assert audit == {"ix_audit_event_record", "uq_audit_chain", "ix_audit_event_at", "ix_audit_event_updated_at",
                     "sqlite_autoindex_audit_event_1"}


def test_audit_ids_follow_the_order_entries_are_written(workspace):
    v = add_volunteer(workspace)
    start = datetime(2025, 7, 1, tzinfo=timezone.utc)
    for n in range(5):
        day = date(2025, 7, 1) + timedelta(days=n)
        checkin.check_in(workspace, scanned=v.code, day=day, at=start + timedelta(days=n))
    raw = workspace.db.engine.raw_connection()
    try:
        ids = [r[0] for r in raw.driver_connection.execute("SELECT id FROM audit_event ORDER BY rowid")]
    finally:
        raw.close()
    assert len(ids) >= 6 and all(uuid.UUID(hex=i).version == 7 for i in ids)
    # Milliseconds first: a later entry never sorts before an earlier one of another millisecond.
    stamps = [int(i[:12], 16) for i in ids]
    assert stamps == sorted(stamps)


def test_time_ordered_ids_are_rfc_9562_version_7():
    first = time_ordered_id()
    assert first.version == 7 and first.variant == uuid.RFC_4122
    many = {time_ordered_id() for _ in range(1000)}
    assert len(many) == 1000
    assert all(abs(int(u.hex[:12], 16) - int(first.hex[:12], 16)) < 60_000 for u in many)


def test_a_check_in_writes_few_pages(workspace, db_path):
    """Pages one check-in commits: the attendance row and its 4 indexes, the audit entry and its 5, the change feed
    row and its index, sqlite_sequence. With the 0011 schema (origin indexes, two audit indexes) it was 17."""
    people = [add_volunteer(workspace, name=f"人 {i}", kana=f"ひと {i}") for i in range(3)]
    checkin.check_in(workspace, scanned=people[0].code, at=MORNING)
    counts = []
    for v in people[1:]:
        checkpoint(workspace.db.engine)
        assert checkin.check_in(workspace, scanned=v.code, at=MORNING).result == checkin.CHECKED_IN
        counts.append(len(set(wal_pages(db_path))))
    assert max(counts) <= 14, counts
