"""The printed ニーズ票 and 依頼者へのご案内: the need's QR scans back to it, the wording and the figures are there."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from dvc.cli import main
from dvc.cli.protection import ENV_PASSPHRASE
from dvc.domain.need_intake import NeedDraft
from dvc.domain.qr import parse_payload
from dvc.services.needs import progress as need_progress
from dvc.services.needs import sheets as need_sheets
from dvc.services.needs import intake as needs_intake
from dvc.services.safekeeping.protected_file import read_protected
from tests.reception.pdf_tools import page_texts, qr_texts


def _need(ws, **changes):
    values = dict(received_at=datetime.now(timezone.utc) - timedelta(hours=2), requester_name="小金井 太郎",
                  requester_kana="コガネイ タロウ", site_address="本町1丁目2番3号", district="本町",
                  work_types=("泥出し", "家財搬出"), requester_phone="042-383-1111", headcount=5, priority="high",
                  damage="床上浸水30cm", vulnerable=("高齢",))
    values.update(changes)
    return needs_intake.take_need(ws, draft=NeedDraft(**values))


def test_need_sheets_carry_the_need_and_its_qr(workspace, tmp_path):
    first, second = _need(workspace), _need(workspace, requester_name="東 花子", site_address="東町2-3-4", priority="low")
    need_progress.record_survey(workspace, need_id=first.id, survey=need_progress.SurveyDraft(
        surveyed_on=datetime.now().date(), findings="1階に泥10cm", safety_concerns="床が抜けかけ"))
    out = tmp_path / "sheets.pdf"
    assert need_sheets.print_needs(workspace, need_ids=[first.id, second.id], out=out) == 2
    codes = qr_texts(out)
    assert [parse_payload(page[0]).record_id for page in codes] == [first.id, second.id]
    assert all(parse_payload(page[0]).kind == "N" for page in codes)
    text = page_texts(out)
    assert "ニーズ票" in text[0] and first.code in text[0] and "小金井 太郎 様" in text[0]
    assert "泥出し、家財搬出" in text[0] and "5 人" in text[0] and "優先度 高" in text[0] and "調査済" in text[0]
    assert "1階に泥10cm" in text[0] and "床が抜けかけ" in text[0] and "こがねい たろう" in text[0]
    assert "東 花子 様" in text[1] and "優先度 低" in text[1]


def test_the_requester_notice_names_the_center_phone(workspace, tmp_path):
    saved = _need(workspace)
    need_sheets.set_center_phone(workspace, phone="042-386-0295")
    out = tmp_path / "notice.pdf"
    need_sheets.print_needs(workspace, need_ids=[saved.id], out=out, notice=True)
    text = page_texts(out)[0]
    assert "小金井 太郎 様" in text and saved.code in text and "042-386-0295" in text
    assert "ボランティアができないこと" in text and "屋根の上" in text
    assert parse_payload(qr_texts(out)[0][0]).record_id == saved.id


def test_drill_sheets_are_marked(tmp_path):
    from dvc.services.core.setup import create_database

    with create_database(tmp_path / "drill.db", council="koganei", drill=True, operator_name="訓練") as ws:
        saved = _need(ws)
        need_sheets.print_needs(ws, need_ids=[saved.id], out=tmp_path / "d.pdf")
    assert "訓練" in page_texts(tmp_path / "d.pdf")[0]


def test_cli_print(db_path, tmp_path, capsys, monkeypatch):
    """Issue 18 item 6: a need sheet names the requester; from the real database it is written encrypted."""
    assert main(["--db", str(db_path), "init", "--council", "koganei"]) == 0
    from dvc.services.core.workspace import open_workspace

    with open_workspace(db_path) as ws:
        need = _need(ws)
    capsys.readouterr()
    monkeypatch.delenv(ENV_PASSPHRASE, raising=False)
    assert main(["--db", str(db_path), "needs", "print", need.code, "--out", str(tmp_path / "x.pdf")]) == 0
    made = re.search(r"：([a-z0-9-]{19})$", capsys.readouterr().out.strip()).group(1)  # a made passphrase, shown once
    assert not (tmp_path / "x.pdf").exists()
    [sheet] = read_protected(tmp_path / "x.pdf.zip", passphrase=made).values()
    assert "小金井 太郎" in page_texts(sheet)[0]
    assert main(["--db", str(db_path), "needs", "print", "N-KG1-9999-9", "--out", str(tmp_path / "y.pdf")]) == 1
