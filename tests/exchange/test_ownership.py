"""Issue 15 item 1: a trusted block peer cannot rewrite what is ours, nor speak for a third council.

Each hostile bundle is made as a peer would: its real export, then rows altered or added, then signed again
with that peer's own trusted key (helpers.rebuild). Before the fix the first test saw "1 update, 0 conflicts,
0 audit rows" and our volunteer's name and phone overwritten.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from dvc.domain.codes import Code, parse_code
from dvc.domain.vocab import NeedStatus
from dvc.services.exchange.bundle_export import export_bundle
from dvc.services.exchange.bundle_import import import_bundle
from dvc.services.needs.progress import change_status
from dvc.store.tables import AuditEvent, ExchangeConflict, Need, NeedStatusChange, Volunteer
from tests.exchange.helpers import ndjson, rebuild, rows_of, send
from tests.services.seed import seed


def plain_export(ws, peer: str, out: Path) -> Path:
    export_bundle(ws, peer=peer, out=out, encrypt=False, full=True)
    return out


def koganei_shares(koganei, mitaka, tmp_path):
    """Koganei's consenting volunteer and a need it asked support for, received by Mitaka."""
    seeded = seed(koganei)
    person, need = seeded.volunteers["山田 太郎"], next(iter(seeded.needs.values()))
    with koganei.transaction() as s:
        v = s.get(Volunteer, person.id)
        v.block_share_consent, v.phone = True, "090-1111-2222"
        s.add(v)
        n = s.get(Need, need.id)
        n.shared_with_block, n.requester_name = True, "小金井 一郎"
        s.add(n)
    send(koganei, mitaka, tmp_path)
    return person.id, need.id


def koganei_row(koganei, table: str, record_id, peer: str = "mitaka") -> dict:
    """The row exactly as koganei's bundle for ``peer`` carries it."""
    import zipfile

    out = plain_export(koganei, peer, koganei.path.parent / f"rows-{table}-{peer}.dvcx")
    with zipfile.ZipFile(out) as z:
        return next(r for r in rows_of(z.read(f"data/{table}.ndjson")) if r["id"] == str(record_id))


def hostile(mitaka, tmp_path, name: str, rows: dict[str, list[dict]]) -> Path:
    """Mitaka's real bundle for koganei with ``rows`` added to its members, signed again with Mitaka's key."""
    base = plain_export(mitaka, "koganei", tmp_path / f"{name}-base.dvcx")

    def add(member: str, data: bytes) -> bytes:
        table = member.removeprefix("data/").removesuffix(".ndjson")
        return data + ndjson(rows.get(table, []))

    return rebuild(base, tmp_path / f"{name}.dvcx", mitaka, members=add)


def test_a_peer_relabelling_our_volunteer_cannot_overwrite_them(friends, tmp_path):
    koganei, _, mitaka = friends
    person_id, _ = koganei_shares(koganei, mitaka, tmp_path)
    row = koganei_row(koganei, "volunteer", person_id)  # what Mitaka received and holds
    row.update(origin="mitaka", name="乗っ取り 太郎", phone="090-9999-9999", updated_at=str(mitaka.db.clock.now()))
    result = import_bundle(koganei, path=hostile(mitaka, tmp_path, "relabel", {"volunteer": [row]}))
    assert result.tables["volunteer"].updated == 0 and result.tables["volunteer"].refused == 1
    assert [(c.reason, str(c.record_id)) for c in result.refusals] == [("origin_changed", str(person_id))]
    with koganei.session() as s:
        ours = s.get(Volunteer, person_id)
        assert (ours.name, ours.phone, ours.origin) == ("山田 太郎", "090-1111-2222", "koganei")
        logged = s.exec(select(ExchangeConflict).where(ExchangeConflict.record_id == person_id)).one()
        assert logged.reason == "origin_changed" and logged.loser_data["name"] == "乗っ取り 太郎"
        trail = s.exec(select(AuditEvent).where(AuditEvent.action == "import",
                                                AuditEvent.table_name == "volunteer")).all()
    assert any(e.after and e.after.get("refused") == 1 for e in trail)


def test_a_peer_may_report_progress_on_our_shared_need_but_not_rewrite_or_remove_it(friends, tmp_path):
    koganei, _, mitaka = friends
    _, need_id = koganei_shares(koganei, mitaka, tmp_path)
    row = koganei_row(koganei, "need", need_id)
    row.update(deleted=True, requester_name="書き換え", status=NeedStatus.ACTIVE.value, status_reason="三鷹班が活動中",
               shared_with_block=False, updated_at=str(mitaka.db.clock.now()))
    result = import_bundle(koganei, path=hostile(mitaka, tmp_path, "need", {"need": [row]}))
    with koganei.session() as s:
        ours = s.get(Need, need_id)
        assert (ours.deleted, ours.requester_name, ours.shared_with_block) == (False, "小金井 一郎", True)
        assert (ours.status, ours.status_reason) == (NeedStatus.ACTIVE, "三鷹班が活動中")  # their progress counts
        change = s.exec(select(AuditEvent).where(AuditEvent.action == "import", AuditEvent.record_id == need_id)).one()
    assert change.after == {"status": "active", "status_reason": "三鷹班が活動中"} and change.operator_name
    refused = [c for c in result.refusals if c.record_id == need_id]
    assert [c.reason for c in refused] == ["ours_fields"]
    assert set(refused[0].detail.split(", ")) == {"deleted", "requester_name", "shared_with_block"}
    # Our version of everything else goes back to Mitaka with a newer stamp: both sides end with the same need.
    send(koganei, mitaka, tmp_path)
    with mitaka.session() as s:
        copy = s.get(Need, need_id)
        assert (copy.deleted, copy.requester_name, copy.status) == (False, "小金井 一郎", NeedStatus.ACTIVE)


def test_a_helping_council_s_real_status_change_reaches_the_owner_with_its_history(friends, tmp_path):
    koganei, _, mitaka = friends
    _, need_id = koganei_shares(koganei, mitaka, tmp_path)
    with mitaka.session() as s:
        status = s.get(Need, need_id).status
    target = NeedStatus.ACTIVE if status == NeedStatus.AWAITING_MATCH else NeedStatus.ON_HOLD
    change_status(mitaka, need_id=need_id, to=target, reason="三鷹の班が向かいます")
    result = send(mitaka, koganei, tmp_path)
    assert result.tables["need"].updated == 1 and not result.refusals, result.refusals
    assert result.tables["need_status_change"].new == 1
    with koganei.session() as s:
        assert s.get(Need, need_id).status == target
        history = s.exec(select(NeedStatusChange).where(NeedStatusChange.need_id == need_id,
                                                        NeedStatusChange.origin == "mitaka")).one()
    assert history.reason == "三鷹の班が向かいます"


def test_a_peer_cannot_hang_history_on_our_need_that_was_not_shared(friends, tmp_path):
    koganei, _, mitaka = friends
    koganei_shares(koganei, mitaka, tmp_path)
    with koganei.session() as s:
        private = s.exec(select(Need).where(Need.shared_with_block == False)).first()  # noqa: E712
    change = koganei_row(koganei, "need_status_change", _any_history(koganei), peer="koganei")
    change.update(id="6f1b2c3d-0000-4000-8000-000000000001", origin="mitaka", need_id=str(private.id),
                  to_status="cancelled", updated_at=str(mitaka.db.clock.now()))
    result = import_bundle(koganei, path=hostile(mitaka, tmp_path, "history", {"need_status_change": [change]}))
    assert [c.reason for c in result.refusals] == ["not_shared"]
    with koganei.session() as s:
        assert s.exec(select(NeedStatusChange).where(NeedStatusChange.origin == "mitaka")).all() == []


def _any_history(ws):
    with ws.transaction() as s:
        need = s.exec(select(Need)).first()
        change = NeedStatusChange(need_id=need.id, from_status=need.status, to_status=need.status, reason="x")
        s.add(change)
    return change.id


@pytest.mark.parametrize("case", ["third council", "our code series"])
def test_a_peer_cannot_make_records_for_a_third_council_or_in_our_code_series(friends, tmp_path, case):
    koganei, _, mitaka = friends
    person_id, _ = koganei_shares(koganei, mitaka, tmp_path)
    row = koganei_row(koganei, "volunteer", person_id)
    ours = parse_code(row["code"])
    if case == "third council":
        row.update(id="7a1b2c3d-0000-4000-8000-000000000002", origin="chofu",
                   code=str(Code("V", "CF", 1, 9)), updated_at=str(mitaka.db.clock.now()))
        reason = "third_council"
    else:
        # Mitaka's own record, numbered in Koganei's series: Koganei's next registration would clash with it.
        row.update(id="7a1b2c3d-0000-4000-8000-000000000003", origin="mitaka",
                   code=str(Code("V", ours.council, ours.device, ours.seq + 100)), updated_at=str(mitaka.db.clock.now()))
        reason = "code_not_theirs"
    result = import_bundle(koganei, path=hostile(mitaka, tmp_path, "forged", {"volunteer": [row]}))
    assert [c.reason for c in result.refusals] == [reason]
    with koganei.session() as s:
        assert s.exec(select(Volunteer).where(Volunteer.code == row["code"])).first() is None


def test_block_peers_send_only_their_own_rows(friends, tmp_path):
    """What an honest peer sends: nothing of ours back (beyond its progress), nothing of a third council."""
    koganei, _, mitaka = friends
    koganei_shares(koganei, mitaka, tmp_path)
    out = plain_export(mitaka, "koganei", tmp_path / "honest.dvcx")
    import zipfile

    with zipfile.ZipFile(out) as z:
        origins = {r["origin"] for n in z.namelist() if n.startswith("data/") for r in rows_of(z.read(n))}
    assert origins <= {"mitaka"}
