from sqlmodel import select

from dvc.store.tables import AuditEvent, CodeCounter, Volunteer


def events(ws, table="volunteer"):
    with ws.session() as s:
        return s.exec(select(AuditEvent).where(AuditEvent.table_name == table).order_by(AuditEvent.at)).all()


def test_insert_update_and_tombstone_are_each_recorded_with_who_and_what(workspace):
    with workspace.transaction() as s:
        (code,) = workspace.new_codes(s, "V")
        v = Volunteer(code=code, name="小金井 太郎", kana="こがねい たろう", phone="090-1111-2222")
        s.add(v)
    workspace.operator = "受付 二郎"
    with workspace.transaction() as s:
        s.get(Volunteer, v.id).phone = "090-3333-4444"
    with workspace.transaction() as s:
        s.get(Volunteer, v.id).deleted = True
    inserted, updated, deleted = events(workspace)
    assert inserted.action == "insert" and inserted.after["name"] == "小金井 太郎" and inserted.before is None
    assert inserted.operator_name == "山田 花子"
    assert updated.action == "update" and updated.operator_name == "受付 二郎"
    assert updated.before == {"phone": "090-1111-2222"} and updated.after == {"phone": "090-3333-4444"}
    assert deleted.action == "delete" and deleted.record_id == v.id
    assert all(e.device_number == 1 and e.updated_at for e in (inserted, updated, deleted))


def test_no_event_for_a_save_that_changed_nothing_or_for_counters(workspace):
    with workspace.transaction() as s:
        (code,) = workspace.new_codes(s, "V")
        v = Volunteer(code=code, name="同じ 人", kana="おなじ ひと")
        s.add(v)
    with workspace.transaction() as s:
        s.get(Volunteer, v.id).name = "同じ 人"
    assert [e.action for e in events(workspace)] == ["insert"]
    assert events(workspace, CodeCounter.__tablename__) == []


def test_a_rolled_back_change_leaves_no_trail(workspace):
    try:
        with workspace.transaction() as s:
            (code,) = workspace.new_codes(s, "V")
            s.add(Volunteer(code=code, name="消える 人", kana="きえる ひと"))
            s.flush()
            raise RuntimeError("power cut before commit")
    except RuntimeError:
        pass
    assert events(workspace) == []


def test_trail_rows_carry_every_column_and_a_failed_flush_leaves_nothing_for_the_next(workspace):
    from sqlalchemy.exc import IntegrityError

    with workspace.transaction() as s:
        (code,) = workspace.new_codes(s, "V")
        v = Volunteer(code=code, name="一 人", kana="ひとり")
        s.add(v)
    with workspace.session() as s:
        # The same code twice: the flush fails at its insert, after the trail was worked out.
        s.add(Volunteer(code=code, name="二 人", kana="ふたり"))
        try:
            s.flush()
        except IntegrityError:
            s.rollback()
        s.get(Volunteer, v.id).phone = "090-5555-6666"
        s.commit()
    inserted, updated = events(workspace)
    assert [e.action for e in (inserted, updated)] == ["insert", "update"]
    assert updated.after == {"phone": "090-5555-6666"} and updated.record_id == v.id
    assert updated.origin == workspace.identity.council_code and updated.deleted is False and updated.at.tzinfo
    assert inserted.updated_at < updated.updated_at and updated.id != inserted.id
