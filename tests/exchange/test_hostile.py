"""Each broken or hostile bundle is refused with a clear message and leaves the database content as it was."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest

from dvc.domain.messages import UserError
from dvc.i18n import install, translate
from dvc.services.exchange.bundle_export import export_bundle
from dvc.services.exchange.bundle_import import import_bundle
from tests.exchange.helpers import laptop, ndjson, rebuild, rows_of, snapshot
from tests.services.seed import seed


@pytest.fixture
def setup(friends, tmp_path):
    koganei, koganei2, mitaka = friends
    seed(koganei)
    plain = tmp_path / "plain.dvcx"
    export_bundle(koganei, peer="koganei", out=plain, encrypt=False)
    sealed = tmp_path / "sealed.dvcx"
    export_bundle(koganei, peer="koganei", out=sealed, full=True)
    return koganei, koganei2, plain, sealed


def refused(ws, path: Path, match: str) -> str:
    """Import must fail with ``match`` in the English message, a Japanese translation, and no change."""
    before = snapshot(ws)
    with pytest.raises(UserError) as info:
        import_bundle(ws, path=path)
    assert match in info.value.message(), info.value.message()
    install("ja")
    japanese = info.value.message(translate)
    assert japanese != info.value.message() and "取り込" in japanese, japanese
    assert snapshot(ws) == before
    return japanese


def test_empty_file(setup, tmp_path):
    _, ws, _, _ = setup
    (tmp_path / "empty.dvcx").write_bytes(b"")
    refused(ws, tmp_path / "empty.dvcx", "empty")


def test_not_a_zip(setup, tmp_path):
    _, ws, _, _ = setup
    (tmp_path / "x.dvcx").write_text("名前,電話\n山田,090\n", encoding="utf-8")
    refused(ws, tmp_path / "x.dvcx", "not a dvc exchange bundle")


@pytest.mark.parametrize("keep", [0.3, 0.7, 0.97])
def test_truncated(setup, tmp_path, keep):
    _, ws, plain, _ = setup
    data = plain.read_bytes()
    (tmp_path / "cut.dvcx").write_bytes(data[: int(len(data) * keep)])
    refused(ws, tmp_path / "cut.dvcx", "not a dvc exchange bundle")


def test_corrupt_bytes_inside_a_member(setup, tmp_path):
    _, ws, _, sealed = setup
    data = bytearray(sealed.read_bytes())
    with zipfile.ZipFile(sealed) as z:
        info = z.getinfo("data/volunteer.ndjson.enc")
    data[info.header_offset + 30 + len(info.filename) + 40] ^= 0xFF
    (tmp_path / "bad.dvcx").write_bytes(bytes(data))
    refused(ws, tmp_path / "bad.dvcx", "Nothing was imported")


def test_missing_signature(setup, tmp_path):
    koganei, ws, plain, _ = setup
    refused(ws, rebuild(plain, tmp_path / "nosig.dvcx", None), "signature is missing or does not match")


def test_signature_by_another_key(setup, tmp_path):
    koganei, ws, plain, _ = setup
    other = laptop(tmp_path, "intruder", council="koganei", device=5)
    try:
        refused(ws, rebuild(plain, tmp_path / "wrong.dvcx", other), "signature is missing or does not match")
    finally:
        other.close()


def test_manifest_edited_after_signing(setup, tmp_path):
    _, ws, plain, _ = setup
    with zipfile.ZipFile(plain) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    doc = json.loads(parts["manifest.json"])
    doc["full"] = not doc["full"]
    parts["manifest.json"] = json.dumps(doc).encode()
    out = tmp_path / "edited.dvcx"
    with zipfile.ZipFile(out, "w") as z:
        for name, content in parts.items():
            z.writestr(name, content)
    refused(ws, out, "signature is missing or does not match")


def test_member_whose_hash_does_not_match(setup, tmp_path):
    koganei, ws, plain, _ = setup

    def rename(name: str, data: bytes) -> bytes:
        return data.replace("山田".encode(), "川田".encode()) if name == "data/volunteer.ndjson" else data

    refused(ws, rebuild(plain, tmp_path / "hash.dvcx", koganei, members=rename, fix_hashes=False),
            "does not match its signed checksum")


@pytest.mark.parametrize("name", ["../evil.ndjson", "/etc/passwd", "data/../../x", "C:/windows/x", "data\\x.ndjson"])
def test_unsafe_member_names(setup, tmp_path, name):
    koganei, ws, plain, _ = setup
    out = rebuild(plain, tmp_path / "unsafe.dvcx", koganei, extra=[(name, b"{}\n")])
    refused(ws, out, "unsafe name")


def test_a_member_not_in_the_signed_manifest(setup, tmp_path):
    koganei, ws, plain, _ = setup
    refused(ws, rebuild(plain, tmp_path / "extra.dvcx", koganei, extra=[("data/smuggled.ndjson", b"{}\n")]),
            "unsafe name")


def test_duplicate_member_names(setup, tmp_path):
    koganei, ws, plain, _ = setup
    out = tmp_path / "dup.dvcx"
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(out, "w") as zout:
        for name in zin.namelist():
            zout.writestr(name, zin.read(name))
        with pytest.warns(UserWarning):
            zout.writestr("data/volunteer.ndjson", b'{"id": "x"}\n')
    refused(ws, out, "twice")


def test_zip_bomb(setup, tmp_path):
    koganei, ws, plain, _ = setup
    bomb = b" " * (50 << 20)
    out = tmp_path / "bomb.dvcx"
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            zout.writestr(name, bomb if name == "data/operator.ndjson" else zin.read(name))
    assert out.stat().st_size < 1 << 20
    refused(ws, out, "compressed suspiciously")


def only_that_record_refused(ws, path: Path, table: str, record_id: str, field: str):
    """The record with the bad field is refused and named (with its reason) in the log; the rest comes in."""
    summary = import_bundle(ws, path=path)
    named = [(c.table, str(c.record_id), c.reason, c.detail) for c in summary.refusals if c.reason == "bad_value"]
    assert named == [(table, record_id, "bad_value", field)]
    # Only what refers to it goes with it (a need's team and status changes), each named in the log too.
    assert all(c.reason == "parent_refused" for c in summary.refusals if c.reason != "bad_value")
    assert summary.tables[table].refused == 1 and summary.totals().new > 0
    with ws.session() as s:
        conn = s.connection().connection.driver_connection
        assert conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (record_id.replace("-", ""),)).fetchone() is None
        logged = conn.execute("SELECT reason, detail FROM exchange_conflict WHERE record_id = ?",
                              (record_id.replace("-", ""),)).fetchall()
    assert logged == [("bad_value", field)]
    return summary


def test_a_row_that_breaks_the_schema_is_refused_alone(setup, tmp_path):
    koganei, ws, plain, _ = setup
    bad = {}

    def break_it(name: str, data: bytes) -> bytes:
        if name != "data/volunteer.ndjson":
            return data
        rows = rows_of(data)
        rows[1]["birth_date"] = "去年の春"
        bad["id"] = rows[1]["id"]
        return ndjson(rows)

    path = rebuild(plain, tmp_path / "schema.dvcx", koganei, members=break_it)
    summary = only_that_record_refused(ws, path, "volunteer", bad["id"], "birth_date")
    assert summary.tables["volunteer"].new == 4


def test_a_five_thousand_character_name_refuses_that_person_only_and_names_them(setup, tmp_path):
    """Issue 15 item 5: one bad field used to refuse every bundle holding that person."""
    koganei, ws, plain, _ = setup
    bad = {}

    def long_name(name: str, data: bytes) -> bytes:
        if name != "data/volunteer.ndjson":
            return data
        rows = rows_of(data)
        rows[0]["name"] = "長" * 5000
        bad.update(id=rows[0]["id"], code=rows[0]["code"])
        return ndjson(rows)

    summary = only_that_record_refused(ws, rebuild(plain, tmp_path / "long.dvcx", koganei, members=long_name),
                                       "volunteer", bad["id"], "name")
    assert summary.refusals[0].label == bad["code"]
    assert summary.tables["volunteer"].new == 4 and summary.tables["attendance"].new >= 1
    install("ja")
    from dvc.services.exchange.conflicts import refusal_text

    words = refusal_text(summary.refusals[0], translate)
    assert bad["code"] in words and "氏名" in words, words


@pytest.mark.parametrize("field,value", [("id", "not-a-uuid"), ("updated_at", "yesterday")])
def test_a_row_that_cannot_be_named_refuses_the_bundle(setup, tmp_path, field, value):
    koganei, ws, plain, _ = setup

    def break_it(name: str, data: bytes) -> bytes:
        if name != "data/need.ndjson":
            return data
        rows = rows_of(data)
        rows[0][field] = value
        return ndjson(rows)

    refused(ws, rebuild(plain, tmp_path / "value.dvcx", koganei, members=break_it), "does not fit the data format")


@pytest.mark.parametrize("field,value", [("headcount", "三人"), ("code", "x" * 500), ("deleted", "no"),
                                         ("work_types", None)])
def test_each_kind_of_bad_value_refuses_its_record(setup, tmp_path, field, value):
    koganei, ws, plain, _ = setup
    bad = {}

    def break_it(name: str, data: bytes) -> bytes:
        if name != "data/need.ndjson":
            return data
        rows = rows_of(data)
        rows[0][field] = value
        bad["id"] = rows[0]["id"]
        return ndjson(rows)

    only_that_record_refused(ws, rebuild(plain, tmp_path / "value.dvcx", koganei, members=break_it),
                             "need", bad["id"], field)


def test_rows_that_reference_missing_records(setup, tmp_path):
    koganei, ws, plain, _ = setup
    refused(ws, rebuild(plain, tmp_path / "orphan.dvcx", koganei,
                        members=lambda n, d: None if n == "data/volunteer_group.ndjson" else d,
                        manifest=lambda doc: doc.update(members=[m for m in doc["members"]
                                                                 if m["table"] != "volunteer_group"])),
            "refer to records that are neither here nor in the bundle")


def test_local_tables_in_a_bundle(setup, tmp_path):
    koganei, ws, plain, _ = setup

    def add_setting(doc: dict) -> None:
        doc["members"].append({"name": "data/setting.ndjson", "table": "setting", "rows": 1, "fields": ["id"],
                               "sha256": hashlib.sha256(b"{}\n").hexdigest()})

    refused(ws, rebuild(plain, tmp_path / "local.dvcx", koganei, manifest=add_setting,
                        extra=[("data/setting.ndjson", b"{}\n")]), "does not fit the data format")


def test_unknown_peer(setup, tmp_path):
    _, ws, _, _ = setup
    stranger = laptop(tmp_path, "stranger", council="fuchu")
    try:
        from dvc.services.exchange.identity import own_identity, trust_peer

        trust_peer(stranger, identity=own_identity(ws))
        out = tmp_path / "stranger.dvcx"
        export_bundle(stranger, peer="koganei", out=out)
        japanese = refused(ws, out, "does not trust")
        assert own_identity(stranger).fingerprint in japanese
    finally:
        stranger.close()


def test_format_from_the_future(setup, tmp_path):
    koganei, ws, plain, _ = setup
    out = rebuild(plain, tmp_path / "future.dvcx", koganei, manifest=lambda d: d.update(format_version="2.0"))
    refused(ws, out, "newer version of dvc (format 2.0)")


def test_a_newer_minor_version_with_unknown_fields_is_read(setup, tmp_path):
    koganei, ws, plain, _ = setup

    def newer(doc: dict) -> None:
        doc.update(format_version="1.7", weather="晴れ")

    def more_fields(name: str, data: bytes) -> bytes:
        return ndjson([{**r, "favourite_colour": "青"} for r in rows_of(data)])

    out = rebuild(plain, tmp_path / "minor.dvcx", koganei, manifest=newer, members=more_fields)
    assert import_bundle(ws, path=out).tables["volunteer"].new == 5


def test_drill_and_real_data_never_mix(tmp_path):
    real = laptop(tmp_path, "real")
    drill = laptop(tmp_path, "drill", device=2, drill=True)
    try:
        from dvc.services.exchange.identity import check_trustable, own_identity

        with pytest.raises(UserError, match="drill"):
            check_trustable(real, own_identity(drill))
    finally:
        real.close()
        drill.close()


def test_the_container_refuses_too_many_members(setup, tmp_path):
    koganei, ws, plain, _ = setup
    out = tmp_path / "many.dvcx"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i in range(300):
            z.writestr(f"data/t{i}.ndjson", b"")
    out.write_bytes(buf.getvalue())
    refused(ws, out, "compressed suspiciously")
