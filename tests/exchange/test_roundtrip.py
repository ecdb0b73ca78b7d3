"""Bundles between two laptops of one council and between two councils: what travels, merging, conflicts."""

from __future__ import annotations

import zipfile
from datetime import datetime, timezone

import pytest
from sqlmodel import select

from dvc.domain.hlc import Stamp
from dvc.domain.messages import UserError
from dvc.exchange import policy
from dvc.services.exchange.conflicts import list_conflicts, provenance_by_code, record_provenance, reverse_conflict
from dvc.services.exchange.bundle_export import export_bundle
from dvc.services.exchange.identity import KEY_ENCRYPTION, KEY_SIGNING
from dvc.services.exchange.bundle_import import import_bundle
from dvc.store.tables import Attendance, Equipment, Need, NeedStatusChange, Setting, Volunteer
from tests.exchange.helpers import change_on_both, laptop, rows_of, send, shared_content, snapshot
from tests.services.seed import seed


def test_a_second_laptop_of_the_council_receives_everything_and_a_repeat_changes_nothing(friends, tmp_path):
    koganei, koganei2, _ = friends
    seed(koganei)
    result = send(koganei, koganei2, tmp_path, name="first.dvcx")
    assert result.tables["volunteer"].new == 5 and result.tables["attendance"].new == 3
    assert shared_content(koganei2) == shared_content(koganei)
    before = snapshot(koganei2)
    again = import_bundle(koganei2, path=tmp_path / "first.dvcx")
    assert again.already_imported and again.totals().new == again.totals().updated == 0
    assert snapshot(koganei2) == before


def test_the_preview_changes_nothing_and_predicts_the_import(friends, tmp_path):
    koganei, koganei2, _ = friends
    seed(koganei)
    out = tmp_path / "b.dvcx"
    export_bundle(koganei, peer="koganei", out=out)
    before = snapshot(koganei2)
    preview = import_bundle(koganei2, path=out, dry_run=True)
    assert snapshot(koganei2) == before
    assert import_bundle(koganei2, path=out).as_dict()["tables"] == preview.as_dict()["tables"]


def test_incremental_bundles_carry_changes_and_forward_what_was_received(friends, tmp_path):
    koganei, koganei2, mitaka = friends
    people = seed(koganei).volunteers
    send(koganei, koganei2, tmp_path)
    with koganei.transaction() as s:
        v = s.get(Volunteer, people["鈴木 花子"].id)
        v.phone = "090-1111-2222"
        s.add(v)
    with mitaka.transaction() as s:
        s.add(Need(code=mitaka.new_codes(s, "N")[0], district="下連雀", shared_with_block=True))
    send(mitaka, koganei, tmp_path)
    result = send(koganei, koganei2, tmp_path)
    assert result.tables["volunteer"].updated == 1 and result.tables["volunteer"].new == 0
    assert result.tables["need"].new == 1  # mitaka's need, received by koganei after the last bundle
    assert sum(c.unchanged for c in result.tables.values()) < 5
    assert shared_content(koganei2) == shared_content(koganei)


def test_a_block_peer_gets_only_consented_volunteers_shared_needs_and_lendable_equipment(friends, tmp_path):
    koganei, _, mitaka = friends
    people = seed(koganei).volunteers
    with koganei.transaction() as s:
        for name in ("山田 太郎", "鈴木 花子"):
            v = s.get(Volunteer, people[name].id)
            v.block_share_consent, v.address, v.health_notes = True, "小金井市本町1-1", "腰痛"
            s.add(v)
        need = s.exec(select(Need)).first()
        need.shared_with_block = True
        s.add(need)
        s.add(NeedStatusChange(need_id=need.id, from_status="received", to_status="awaiting_match"))
        shovel = s.exec(select(Equipment).where(Equipment.code == "E-SHOVEL")).one()
        shovel.lendable_to_block = True
        s.add(shovel)
    out = tmp_path / "to-mitaka.dvcx"
    export_bundle(koganei, peer="mitaka", out=out, encrypt=False)
    with zipfile.ZipFile(out) as z:
        names = set(z.namelist())
        volunteers = rows_of(z.read("data/volunteer.ndjson"))
    assert "data/attendance.ndjson" not in names and "data/team.ndjson" not in names
    assert {v["name"] for v in volunteers} == {"山田 太郎", "鈴木 花子"}
    assert "address" not in volunteers[0] and "health_notes" not in volunteers[0]
    result = import_bundle(mitaka, path=out)
    assert result.tables["need"].new == 1 and result.tables["need_status_change"].new == 1
    assert result.tables["equipment"].new == 1
    with mitaka.session() as s:
        got = s.exec(select(Volunteer).where(Volunteer.name == "山田 太郎")).one()
        assert got.address == "" and got.origin == "koganei" and got.vehicles == ["軽トラ"]
    theirs = shared_content(mitaka, policy.SCOPE_BLOCK)["need"]
    assert len(theirs) == 1 and theirs[0] in shared_content(koganei, policy.SCOPE_BLOCK)["need"]


def test_withdrawn_consent_clears_the_peer_copy(friends, tmp_path):
    koganei, _, mitaka = friends
    people = seed(koganei).volunteers
    with koganei.transaction() as s:
        v = s.get(Volunteer, people["山田 太郎"].id)
        v.block_share_consent = True
        s.add(v)
    send(koganei, mitaka, tmp_path)
    with koganei.transaction() as s:
        v = s.get(Volunteer, people["山田 太郎"].id)
        v.block_share_consent = False
        s.add(v)
    send(koganei, mitaka, tmp_path)
    with mitaka.session() as s:
        copy = s.get(Volunteer, people["山田 太郎"].id)
        assert copy.name == "" and copy.phone == "" and copy.block_share_consent is False
        assert s.get(Volunteer, people["鈴木 花子"].id) is None  # never consented: never created


def test_tombstones_travel(friends, tmp_path):
    koganei, koganei2, _ = friends
    needs = seed(koganei).needs
    send(koganei, koganei2, tmp_path)
    code = next(iter(needs))
    with koganei.transaction() as s:
        need = s.get(Need, needs[code].id)
        need.deleted = True
        s.add(need)
    send(koganei, koganei2, tmp_path)
    with koganei2.session() as s:
        assert s.get(Need, needs[code].id).deleted is True


def test_a_change_on_both_sides_converges_and_the_loser_can_be_restored(friends, tmp_path):
    koganei, koganei2, _ = friends
    needs, need_id = change_on_both(koganei, koganei2, tmp_path)  # koganei2's change is the newer
    first = send(koganei, koganei2, tmp_path)
    assert first.tables["need"].conflicts == 1 and first.conflicts[0].winner == "local"
    assert ("headcount", 9, 7) in first.conflicts[0].differences()
    # koganei2 saw both versions and logged the clash; koganei then takes the winner without a second entry.
    second = send(koganei2, koganei, tmp_path)
    assert second.tables["need"].updated == 1 and second.tables["need"].conflicts == 0
    assert shared_content(koganei) == shared_content(koganei2)
    conflict = next(c for c in list_conflicts(koganei2) if c.record_id == need_id)
    assert conflict.differences == [("headcount", 9, 7)]
    reverse_conflict(koganei2, conflict_id=conflict.id)
    with koganei2.session() as s:
        assert s.get(Need, need_id).headcount == 7
    with pytest.raises(UserError):
        reverse_conflict(koganei2, conflict_id=conflict.id)
    send(koganei2, koganei, tmp_path)
    assert shared_content(koganei) == shared_content(koganei2)
    with koganei.session() as s:
        assert s.get(Need, need_id).headcount == 7


def test_a_newer_change_from_a_laptop_that_had_not_seen_ours_is_logged_here(friends, tmp_path):
    koganei, koganei2, _ = friends
    needs, need_id = change_on_both(koganei, koganei2, tmp_path)  # koganei2's change is the newer
    result = send(koganei2, koganei, tmp_path)
    assert result.tables["need"].conflicts == 1 and result.conflicts[0].winner == "incoming"
    assert ("headcount", 7, 9) in result.conflicts[0].differences()
    assert list_conflicts(koganei)[0].differences == [("headcount", 9, 7)]


def test_every_imported_record_says_where_it_came_from(friends, tmp_path):
    koganei, koganei2, _ = friends
    seeded = seed(koganei)
    result = send(koganei, koganei2, tmp_path)
    code = next(iter(seeded.needs))
    found = provenance_by_code(koganei2, code=code)
    assert found.origin == "koganei" and found.bundle_id == result.bundle_id and found.source_device == 1
    assert found.imported_at is not None and not found.changed_here_since
    own = record_provenance(koganei, table="need", record_id=seeded.needs[code].id)
    assert own.bundle_id is None


def test_same_check_in_on_two_laptops_is_one_attendance_row(friends, tmp_path):
    from dvc.store.ids import attendance_id

    koganei, koganei2, _ = friends
    people = seed(koganei).volunteers
    send(koganei, koganei2, tmp_path)
    vid = people["髙橋 美咲"].id
    day = datetime.now(timezone.utc).date()
    for ws in (koganei, koganei2):
        with ws.transaction() as s:
            s.add(Attendance(id=attendance_id(vid, day), volunteer_id=vid, day=day,
                             checked_in_at=datetime.now(timezone.utc)))
    send(koganei, koganei2, tmp_path)
    send(koganei2, koganei, tmp_path)
    assert shared_content(koganei)["attendance"] == shared_content(koganei2)["attendance"]


def test_after_an_import_local_changes_are_newer_than_what_came_in(friends, tmp_path):
    koganei, koganei2, _ = friends
    seed(koganei)
    result = send(koganei, koganei2, tmp_path)
    assert result.totals().new > 0
    incoming_newest = max(r[2] for rows in shared_content(koganei2).values() for r in rows)
    assert Stamp.parse(str(koganei2.db.clock.now())) > Stamp.parse(incoming_newest)


def test_private_keys_and_settings_never_travel(friends, tmp_path):
    koganei, koganei2, _ = friends
    seed(koganei)
    out = tmp_path / "plain.dvcx"
    export_bundle(koganei, peer="koganei", out=out, encrypt=False)
    with koganei.session() as s:
        secrets = [s.exec(select(Setting.value).where(Setting.key == k)).one() for k in (KEY_SIGNING, KEY_ENCRYPTION)]
    with zipfile.ZipFile(out) as z:
        everything = b"".join(z.read(n) for n in z.namelist())
        assert not any(n.startswith(f"data/{t}.") for n in z.namelist() for t in policy.LOCAL_ONLY)
    for secret in secrets:
        assert secret.encode() not in everything


def test_a_bundle_encrypted_for_the_council_opens_only_on_its_trusted_laptops(friends, tmp_path):
    koganei, koganei2, mitaka = friends
    seed(koganei)
    out = tmp_path / "for-mitaka.dvcx"
    export_bundle(koganei, peer="mitaka", out=out)
    with zipfile.ZipFile(out) as z:
        assert all(n.endswith(".enc") for n in z.namelist() if n.startswith("data/"))
    stranger = laptop(tmp_path, "mitaka2", council="mitaka", device=2)
    try:
        from tests.exchange.helpers import befriend
        befriend(stranger, koganei)  # trusts koganei, but koganei's bundle was sealed before it knew mitaka2
        with pytest.raises(UserError, match="encrypted for other laptops"):
            import_bundle(stranger, path=out)
    finally:
        stranger.close()
    with pytest.raises(UserError, match="made for mitaka"):
        import_bundle(koganei2, path=out)
    assert import_bundle(mitaka, path=out).tables["block_day_figures"].new == 1
