"""The pieces of center mode on their own: join codes and their QR text, rounds sealed for one laptop, signed
requests, and a round cut short that still carries the parents its rows point at."""

from __future__ import annotations

import uuid

import pytest

from dvc.domain import join_code
from dvc.exchange.keys import PrivateKeys
from dvc.sync import auth, envelope
from dvc.sync.changes import Changes
from tests.rawdb import raw_connect


def test_join_codes_typed_any_way_and_mistypes_caught():
    code = join_code.new_code()
    assert join_code.clean_code(join_code.format_code(code)) == code
    wide = join_code.format_code(code).translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))
    assert join_code.clean_code(wide) == code
    wrong = code[:3] + str((int(code[3]) + 1) % 10) + code[4:]
    assert join_code.clean_code(wrong) is None  # one digit misread: refused before it costs an attempt
    assert join_code.clean_code(code[:7]) is None and join_code.clean_code("abcd-efgh") is None


def test_the_qr_text_gives_back_address_and_code_and_nothing_else_passes():
    address = join_code.parse_address("192.168.1.20：47810")
    assert str(address) == "192.168.1.20:47810"
    code = join_code.new_code()
    payload = join_code.make_payload("KG", address, code)
    assert payload.isascii() and ":" not in payload  # typed the same on a JIS keyboard layout
    found = join_code.parse_payload(payload)
    assert (found.address, found.code, found.council_short) == (address, code, "KG")
    for foreign in ("DVC1-KG-V-AAAAAAAAAAAAAAAAAAAAAAAAAA-A", "", "DVC1-KG-J-192.168.1.20-99999-" + code):
        assert join_code.parse_payload(foreign) is None
    assert join_code.parse_address("not an address!") is None


def _round() -> tuple[Changes, PrivateKeys, str]:
    keys = PrivateKeys.generate()
    changes = Changes(after=3, upto=7, more=False, tables={"operator": [b'{"id":"x"}']})
    return changes, keys, "ab" * 16


def test_a_round_opens_only_for_its_receiver_and_not_when_changed():
    changes, keys, me = _round()
    body = envelope.seal(changes, sender="cd" * 16, receiver=me, receiver_key=keys.public_encryption(), seen={})
    opened = envelope.open_round(body, receiver=me, key=keys.encryption, sender="cd" * 16)
    assert opened.tables == {"operator": [b'{"id":"x"}']} and (opened.after, opened.upto) == (3, 7)
    other = PrivateKeys.generate()
    with pytest.raises(envelope.EnvelopeError):
        envelope.open_round(body, receiver=me, key=other.encryption, sender="cd" * 16)
    with pytest.raises(envelope.EnvelopeError):
        envelope.open_round(body, receiver=me, key=keys.encryption, sender="ef" * 16)
    tampered = body[:-20] + bytes(b ^ 1 for b in body[-20:])
    with pytest.raises(envelope.EnvelopeError):
        envelope.open_round(tampered, receiver=me, key=keys.encryption, sender="cd" * 16)
    assert b'"id":"x"' not in body  # the rows travel encrypted


def test_signed_requests_are_checked_once_and_only_from_paired_laptops():
    keys = PrivateKeys.generate()
    device = uuid.uuid4().hex
    verifier = auth.RequestVerifier({device: keys.public_signing()}.get)
    headers = auth.sign_request(keys.signing, device, "POST", "/v1/push", b"body")
    assert verifier.verify("POST", "/v1/push", headers, b"body") == device
    with pytest.raises(auth.AuthError, match="replay"):
        verifier.verify("POST", "/v1/push", headers, b"body")
    fresh = auth.sign_request(keys.signing, device, "POST", "/v1/push", b"body")
    with pytest.raises(auth.AuthError, match="bad_signature"):
        verifier.verify("POST", "/v1/push", fresh, b"other body")
    stranger = PrivateKeys.generate()
    with pytest.raises(auth.AuthError, match="unpaired"):
        verifier.verify("POST", "/v1/push", auth.sign_request(stranger.signing, uuid.uuid4().hex, "POST",
                                                               "/v1/push", b""), b"")
    late = auth.RequestVerifier({device: keys.public_signing()}.get, now_ms=lambda: 10**13)
    with pytest.raises(auth.AuthError, match="clock"):
        late.verify("POST", "/v1/push", auth.sign_request(keys.signing, device, "POST", "/v1/push", b""), b"")


def test_a_round_cut_short_carries_the_later_changed_parent(tmp_path):
    """A volunteer edited after their check-in: a round cut before the edit still brings the volunteer along,
    or the check-in could not be written on a laptop that never had them."""
    
    from sqlmodel import select

    from dvc.services.center.rounds import read_round
    from dvc.services.drill.scenario import DrillSpec, create_drill
    from dvc.store.tables import Attendance, Volunteer

    from dvc.services.core.workspace import open_workspace

    create_drill(tmp_path / "d.db", DrillSpec(volunteers=30, needs=2, checked_in=5, seed=2), replace=True)
    with open_workspace(tmp_path / "d.db") as ws:
        with ws.session() as s:
            row = s.exec(select(Attendance)).first()
        with ws.transaction() as s:
            v = s.exec(select(Volunteer).where(Volunteer.id == row.volunteer_id)).one()
            v.kana = "あとで なおした"
            s.add(v)
        con = raw_connect(ws.path)
        seq = con.execute("SELECT seq FROM change_feed WHERE record_id = ?", (row.id.hex,)).fetchone()[0]
        later = con.execute("SELECT seq FROM change_feed WHERE record_id = ?", (row.volunteer_id.hex,)).fetchone()[0]
        con.close()
        assert later > seq
        cut = read_round(ws, after=seq - 1, limit=1, skip_via="")
    assert cut.more and cut.upto == seq
    assert len(cut.tables["attendance"]) == 1
    assert any(str(row.volunteer_id) in line.decode() for line in cut.tables["volunteer"])


def test_a_round_brings_this_laptops_audit_entries_sealed_and_whole_even_when_cut_short(tmp_path):
    """Another laptop takes a laptop's audit entries only up to a seal of that laptop's key
    (dvc/exchange/audit_merge.py): a round is sealed before it is read, and a round cut short still carries
    the rest of each chain it starts, or the tail would be refused instead of coming in the next round."""
    import json
    import sqlite3

    from dvc.services.center.rounds import read_round
    from dvc.services.core.workspace import open_workspace
    from dvc.services.drill.scenario import DrillSpec, create_drill
    from dvc.store.tables import Volunteer
    from sqlmodel import select

    create_drill(tmp_path / "d.db", DrillSpec(volunteers=30, needs=2, checked_in=5, seed=2), replace=True)
    with open_workspace(tmp_path / "d.db") as ws:
        con = sqlite3.connect(ws.path)
        start = con.execute("SELECT max(seq) FROM change_feed").fetchone()[0]
        with ws.transaction() as s:
            for v in s.exec(select(Volunteer).limit(3)).all():
                v.kana = v.kana + "さん"
                s.add(v)
        node = ws.db.clock.node
        cut = read_round(ws, after=start, limit=1, skip_via="")
        entries = [json.loads(line) for line in cut.tables.get("audit_event", [])]
        con.close()
    ours = sorted((e for e in entries if e["device_id"] == node), key=lambda e: e["seq"])
    assert cut.more
    assert len(ours) >= 4  # three edits and the seal after them, though the round was cut after one row
    assert [e["seq"] for e in ours] == list(range(ours[0]["seq"], ours[0]["seq"] + len(ours)))
    assert ours[-1]["action"] == "seal"


def test_every_round_read_while_the_desk_checks_people_in_ends_this_laptops_entries_with_a_seal(tmp_path):
    """The sync thread reads rounds while the desk checks people in. Sealed first and read after, a check-in
    landing in between left an unsealed entry last in a round: the hub refused it and, the cursor past it, every
    later entry of the laptop (tests/center/test_center_processes.py saw the desks' audit trails differ)."""
    import json
    import threading
    import time

    from dvc.services.center.rounds import feed_head, read_round
    from dvc.services.core.workspace import open_workspace
    from dvc.services.drill.scenario import DrillSpec, create_drill
    from dvc.services.reception import checkin
    from tests.center.laptops import scan_payloads

    create_drill(tmp_path / "d.db", DrillSpec(volunteers=400, needs=2, checked_in=0, seed=5), replace=True)
    payloads = scan_payloads(tmp_path / "d.db", 300)
    with open_workspace(tmp_path / "d.db") as ws:
        node, cursor, unsealed = ws.db.clock.node, feed_head(ws), []

        def desk() -> None:
            for payload in payloads:
                assert checkin.check_in(ws, scanned=payload).ok
                time.sleep(0.001)  # the next person steps up: the sync thread gets the write lock now and then

        checking_in = threading.Thread(target=desk)
        checking_in.start()
        rounds = 0
        while checking_in.is_alive() or rounds == 0:
            cut = read_round(ws, after=cursor, limit=10_000, skip_via="")
            cursor, rounds = cut.upto, rounds + 1
            ours = sorted((e for e in map(json.loads, cut.tables.get("audit_event", [])) if e["device_id"] == node),
                          key=lambda e: e["seq"])
            if ours and ours[-1]["action"] != "seal":
                unsealed.append(ours[-1]["seq"])
        checking_in.join()
    assert rounds > 20  # rounds were read all through the check-ins
    assert unsealed == []
