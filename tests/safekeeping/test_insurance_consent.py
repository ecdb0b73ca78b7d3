"""Insurance consent (保険情報提供同意) is its own purpose: recorded, imported, and honoured by the exports."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from openpyxl import load_workbook
from sqlmodel import select

from dvc.cli import main
from dvc.domain.messages import UserError
from dvc.domain.timeutil import fiscal_year, local_day
from dvc.domain.volunteer_input import VolunteerInput
from dvc.services.exchange.bundle_export import export_bundle
from dvc.services.head_office.insurer_list import on_site_enrolments, write_insurer_list
from dvc.services.safekeeping.protected_file import read_protected
from dvc.services.reception.registration import register_individual
from dvc.services.reception.volunteer_import import import_volunteers
from dvc.store.tables import Volunteer
from tests.exchange.helpers import befriend, laptop, rows_of

PASS = "kiso-hoken-2026"


def person(name: str, phone: str, *, consent: bool, on_site: bool = True, **extra) -> VolunteerInput:
    return VolunteerInput(name=name, kana="てすと", birth_date="1980/5/5", phone=phone, address="小金井市本町6-6-3",
                          insurance_fiscal_year=fiscal_year(local_day()), insured_on_site=on_site,
                          insurance_consent=consent, **extra)


def test_the_import_reads_the_insurance_consent_column(workspace, tmp_path):
    path = tmp_path / "pre.csv"
    path.write_text("氏名,ふりがな,年齢,電話番号,保険情報提供同意\n"
                    "山田 太郎,やまだ たろう,40,090-1111-2222,はい\n"
                    "鈴木 花子,すずき はなこ,35,090-3333-4444,\n", encoding="utf-8-sig")
    report = import_volunteers(workspace, path=path)
    assert len(report.added) == 2 and not report.ignored_columns
    with workspace.session() as s:
        consent = {v.name: v.insurance_consent for v in s.exec(select(Volunteer)).all()}
    assert consent == {"山田 太郎": True, "鈴木 花子": False}


def test_the_insurer_list_has_only_consenting_on_site_enrolments_and_is_encrypted(workspace, tmp_path):
    yes = register_individual(workspace, data=person("保険 同意子", "090-1000-0001", consent=True))
    no = register_individual(workspace, data=person("保険 拒否男", "090-1000-0002", consent=False))
    register_individual(workspace, data=person("自宅 加入", "090-1000-0003", consent=True, on_site=False))
    listing = on_site_enrolments(workspace)
    assert [r[0] for r in listing.rows] == [yes.code] and listing.without_consent == [no.code]
    written = write_insurer_list(listing, tmp_path / "hoken.xlsx", passphrase=PASS)
    assert written.name == "hoken.xlsx.zip" and not (tmp_path / "hoken.xlsx").exists()
    assert "保険 同意子".encode() not in written.read_bytes()
    book = load_workbook(io.BytesIO(read_protected(written, passphrase=PASS)["hoken.xlsx"]))
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0][:3] == ("受付番号", "氏名", "ふりがな")
    assert [r[1] for r in rows[1:]] == ["保険 同意子"] and rows[1][7] == "小金井市本町6-6-3"
    with pytest.raises(UserError, match="Wrong passphrase"):
        read_protected(written, passphrase="not-the-right-one")


def test_the_cli_insurer_list_makes_and_shows_a_passphrase_once(db_path, tmp_path, capsys, monkeypatch):
    assert main(["--db", str(db_path), "init", "--council", "koganei"]) == 0
    from dvc.services.core.workspace import open_workspace

    with open_workspace(db_path) as ws:
        register_individual(ws, data=person("保険 同意子", "090-1000-0001", consent=True))
    monkeypatch.delenv("DVC_EXPORT_PASSPHRASE", raising=False)
    capsys.readouterr()
    out = tmp_path / "hoken.csv"
    assert main(["--db", str(db_path), "volunteers", "insurer-list", "--out", str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["encrypted"] and data["listed"] == 1 and data["path"].endswith("hoken.csv.zip")
    text = read_protected(data["path"], passphrase=data["passphrase"])["hoken.csv"].decode("utf-8-sig")
    assert "保険 同意子" in text.splitlines()[1]
    assert main(["--db", str(db_path), "volunteers", "insurer-list", "--out", str(out), "--no-encrypt"]) == 0
    captured = capsys.readouterr()
    assert "UNENCRYPTED" in captured.err or "暗号化せず" in captured.err
    assert "保険 同意子" in out.read_text(encoding="utf-8-sig")


def test_block_peers_get_insurance_details_only_with_insurance_consent(tmp_path):
    koganei, mitaka = laptop(tmp_path, "koganei"), laptop(tmp_path, "mitaka", council="mitaka")
    befriend(koganei, mitaka)
    for name, phone, consent in (("共有 同意あり", "090-2000-0001", True), ("共有 同意なし", "090-2000-0002", False)):
        register_individual(koganei, data=person(name, phone, consent=consent, block_share_consent=True,
                                                 insurance_plan="Bプラン", insurance_where="小金井市社協"))
    out = tmp_path / "to-mitaka.dvcx"
    export_bundle(koganei, peer="mitaka", out=out, encrypt=False)
    with zipfile.ZipFile(out) as z:
        sent = {v["name"]: v for v in rows_of(z.read("data/volunteer.ndjson"))}
    agreed, refused = sent["共有 同意あり"], sent["共有 同意なし"]
    assert (agreed["insurance_plan"], agreed["insurance_where"], agreed["insurance_consent"]) == ("Bプラン", "小金井市社協", True)
    assert (refused["insurance_plan"], refused["insurance_where"], refused["insurance_consent"]) == ("", "", False)
    # Whether they are insured this year still travels: the helping council must know before sending them out.
    assert refused["insurance_fiscal_year"] == fiscal_year(local_day()) and refused["insured_on_site"] is True
    own = tmp_path / "to-koganei2.dvcx"
    second = laptop(tmp_path, "koganei2", device=2)
    befriend(koganei, mitaka, second)
    export_bundle(koganei, peer="koganei", out=own, encrypt=False)
    with zipfile.ZipFile(own) as z:
        mine = {v["name"]: v for v in rows_of(z.read("data/volunteer.ndjson"))}
    assert mine["共有 同意なし"]["insurance_plan"] == "Bプラン"  # our own other laptop keeps everything
    for ws in (koganei, mitaka, second):
        ws.close()


def test_the_desk_is_warned_of_an_on_site_enrolment_without_insurance_consent():
    from dvc.domain.volunteer_rules import Person, assess

    day = local_day()
    base = dict(stated_age=40, insurance_fiscal_year=fiscal_year(day), insured_on_site=True)
    keys = {f.key for f in assess(Person(**base, insurance_consent=False), day)}
    assert "insurance_without_consent" in keys
    assert "insurance_without_consent" not in {f.key for f in assess(Person(**base, insurance_consent=True), day)}
