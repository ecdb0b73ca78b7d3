"""Every laptop works the same list out of the same rows: whatever order the bundles came in, whether the check
read a merge's rows, this laptop's own changes or (a first check) every row; a preview says what an import would
open and keeps nothing."""

from __future__ import annotations

from sqlmodel import select

from dvc.services.apart import watch
from dvc.services.reception import checkin
from dvc.store.tables import ApartConflict, Setting
from tests.apart import scenes


def open_keys(ws) -> list[str]:
    with ws.session() as s:
        return sorted(s.exec(select(ApartConflict.key).where(ApartConflict.closed_at.is_(None))).all())


def every_kind(one, two, tmp):
    scenes.person_on_two_teams(one, two, tmp)
    scenes.stock_below_zero(one, two, tmp)
    scenes.registered_twice(one, two)
    scenes.need_moved_two_ways(one, two, tmp)


def test_three_laptops_reach_the_same_list_in_any_order(desks, third, tmp_path):
    one, two = desks
    every_kind(one, two, tmp_path)
    # Whole bundles: an incremental one starts where the laptop's last bundle for the council ended, whichever
    # laptop that went to.
    scenes.send(two, third, tmp_path, full=True)  # laptop 3 hears from 2 first, then from 1
    scenes.send(one, third, tmp_path, full=True)
    scenes.swap(one, two, tmp_path, full=True)
    found = open_keys(one)
    assert [k.split(":")[0] for k in found] == ["need", "person", "stock", "teams"]
    assert open_keys(two) == open_keys(third) == found


def test_a_first_check_over_every_row_finds_what_the_checks_after_each_merge_found(desks, tmp_path):
    one, two = desks
    every_kind(one, two, tmp_path)
    scenes.swap(one, two, tmp_path)
    found = open_keys(one)
    with one.transaction() as s:  # as a database from before this check: no list, no watermark
        for row in s.exec(select(ApartConflict)).all():
            s.delete(row)
        s.delete(s.exec(select(Setting).where(Setting.key == watch.KEY_MARK)).one())
    one.db.derived.clear()
    result = watch.check_now(one)
    assert sorted(result.opened) == found == open_keys(one)


def test_the_preview_says_what_would_open_and_keeps_nothing(desks, tmp_path):
    from dvc.services.exchange.bundle_export import export_bundle
    from dvc.services.exchange.bundle_import import import_bundle

    one, two = desks
    scenes.registered_twice(one, two)
    bundle = tmp_path / "from-two.dvcx"
    export_bundle(two, peer="koganei", out=bundle)
    preview = import_bundle(one, path=bundle, dry_run=True)
    assert len(preview.apart.opened) == 1 and preview.as_dict()["apart"] == {"opened": 1, "open_by_desk": {"reception": 1}}
    assert open_keys(one) == []
    done = import_bundle(one, path=bundle)
    assert done.apart.opened == preview.apart.opened and len(open_keys(one)) == 1
    again = import_bundle(one, path=bundle)  # a repeat changes nothing, and opens nothing twice
    assert again.apart.opened == [] and len(open_keys(one)) == 1


def test_a_registration_made_here_after_a_merge_is_checked_too(desks, tmp_path):
    one, two = desks
    scenes.register(two)  # desk 2 registered 山田 while apart; the file came over
    scenes.send(two, one, tmp_path)
    assert open_keys(one) == []
    scenes.register(one)  # desk 1 registers him again (the similar-registration panel was not looked at)
    result = watch.check_now(one)  # what the screens run a moment after any change
    assert len(result.opened) == 1 and result.open_by_desk == {"reception": 1}
    assert watch.check_now(one).opened == []  # looked at once: the next check reads nothing new
    scenes.send(one, two, tmp_path)
    assert open_keys(two) == open_keys(one)


def test_a_check_in_alone_opens_nothing_and_writes_nothing(desks, tmp_path):
    one, _two = desks
    _vid, code = scenes.register(one)
    watch.check_now(one)
    with one.session() as s:
        before = s.exec(select(Setting.updated_at).where(Setting.key == watch.KEY_MARK)).one()
    assert checkin.check_in(one, scanned=code).ok
    assert not watch.check_now(one).changed
    with one.session() as s:
        assert s.exec(select(Setting.updated_at).where(Setting.key == watch.KEY_MARK)).one() == before


def test_the_check_reads_the_change_feed_from_its_mark_on_the_feed_key(desks):
    # Every 2 s in center mode: the records after the mark only, never each watched table's records in the feed.
    one, _two = desks
    with one.session() as s:
        plan = s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + watch.FEED_SQL.replace(":since", "0")).all()
    assert [row[-1] for row in plan] == ["SEARCH change_feed USING INTEGER PRIMARY KEY (rowid>?)"]
