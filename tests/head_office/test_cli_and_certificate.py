"""`dvc report daily|range` and `dvc certificate`: files written, JSON for scripts, refusals without a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook

from dvc.cli import main
from dvc.cli.protection import ENV_PASSPHRASE
from dvc.services.reception import checkin
from dvc.services.reception.certificate import certificate
from dvc.services.safekeeping.protected_file import read_protected
from dvc.store.tables import Volunteer
from tests.head_office.scenario import DAY, DAYS, build, tokyo

SHOTS = Path("/tmp/eq/shots")


@pytest.fixture
def scenario_db(workspace, db_path):
    expected = build(workspace)
    workspace.close()  # the CLI takes the single-writer lock itself
    return db_path, expected


def run(capsys, db_path, *argv):  # noqa: ANN001, ANN201
    code = main(["--db", str(db_path), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_daily_report_in_each_format(capsys, scenario_db, tmp_path):
    db, expected = scenario_db
    code, out, _ = run(capsys, db, "report", "daily", "--date", DAY.isoformat(), "--out", str(tmp_path / "n.xlsx"),
                       "--json")
    assert code == 0
    data = json.loads(out)
    [day] = data["days"]
    assert day["volunteers"] == expected.volunteers[DAY]["checked_in"]
    assert day["person_days_needed"] == expected.needs[DAY]["person_days"]
    assert load_workbook(tmp_path / "n.xlsx")["日報"]["A3"].value == "令和8年11月27日（金）"
    for ending in ("pdf", "csv"):
        code, out, _ = run(capsys, db, "report", "daily", "--date", DAY.isoformat(), "--out", str(tmp_path / f"n.{ending}"))
        assert code == 0 and (tmp_path / f"n.{ending}").stat().st_size > 100
        assert str(tmp_path / f"n.{ending}") in out


def test_range_report_and_refusals(capsys, scenario_db, tmp_path):
    db, expected = scenario_db
    code, out, _ = run(capsys, db, "report", "range", "--from", DAYS[0].isoformat(), "--to", DAYS[-1].isoformat(),
                       "--out", str(tmp_path / "r.csv"), "--json")
    assert code == 0 and [d["needs_received"] for d in json.loads(out)["days"]] == [
        expected.needs[d]["received"] for d in DAYS]
    code, _, err = run(capsys, db, "report", "daily", "--out", str(tmp_path / "n.docx"))
    assert code == 1 and ".xlsx" in err and "Traceback" not in err
    code, _, err = run(capsys, db, "report", "range", "--from", DAYS[-1].isoformat(), "--to", DAYS[0].isoformat(),
                       "--out", str(tmp_path / "r.xlsx"))
    assert code == 1 and "Traceback" not in err


def test_certificate_counts_days_and_hours(workspace, tmp_path, monkeypatch):
    with workspace.transaction() as s:
        v = Volunteer(code=workspace.new_codes(s, "V")[0], name="小金井 花子", kana="こがねい はなこ")
        s.add(v)
    # Three days: 6 h 30 min, 4 h 15 min, and one without a check-out.
    for day, start, hours in ((DAYS[0], 9.0, 6.5), (DAYS[1], 8.75, 4.25), (DAYS[2], 9.25, None)):
        checkin.check_in(workspace, scanned=v.code, day=day, at=tokyo(day, start))
        if hours:
            checkin.check_out(workspace, scanned=v.code, day=day, at=tokyo(day, start + hours))
    cert = certificate(workspace, code=v.code)
    assert [d.day for d in cert.days] == DAYS and cert.hours == pytest.approx(10.75)
    assert cert.days_without_checkout == 1
    assert certificate(workspace, code=v.code, start=DAYS[1]).hours == pytest.approx(4.25)
    code = v.code
    workspace.close()

    out = tmp_path / "cert.pdf"
    monkeypatch.setenv(ENV_PASSPHRASE, "typed-pass-123")
    assert main(["--db", str(workspace.path), "certificate", code, "--out", str(out)]) == 0
    assert not out.exists()  # issue 18 item 6: it names the volunteer, so it is an encrypted export
    doc = pdfium.PdfDocument(read_protected(f"{out}.zip", passphrase="typed-pass-123")["cert.pdf"])
    text = doc[0].get_textpage().get_text_range()
    assert "ボランティア活動証明書" in text and "小金井 花子" in text and "3日" in text
    assert "10時間45分" in text and "6時間30分" in text and "記録なし" in text
    assert "令和8年11月25日 〜 令和8年11月27日" in text
    SHOTS.mkdir(parents=True, exist_ok=True)
    doc[0].render(scale=110 / 72).to_pil().save(SHOTS / "certificate.png")
    assert main(["--db", str(workspace.path), "certificate", "V-KG1-0001-0", "--out", str(out)]) == 1
    assert main(["--db", str(workspace.path), "certificate", code, "--out", str(tmp_path / "c.xlsx")]) == 1


def test_a_range_is_summed_up_over_its_days_not_its_last_day(capsys, scenario_db, tmp_path):
    """Issue 18: `report range` said only the last day's figures."""
    db, expected = scenario_db
    code, out, _ = run(capsys, db, "report", "range", "--from", DAYS[0].isoformat(), "--to", DAYS[-1].isoformat(),
                       "--out", str(tmp_path / "r.xlsx"))
    assert code == 0
    people = sum(expected.volunteers[d]["checked_in"] for d in DAYS)
    received = sum(expected.needs[d]["received"] for d in DAYS)
    assert f"{DAYS[0].isoformat()}〜{DAYS[-1].isoformat()} の3日間" in out
    assert f"活動者 延べ{people}人" in out and f"ニーズ受付 {received}件" in out
    assert f"必要人数 延べ{expected.needs[DAYS[-1]]['person_days']}人日" in out
