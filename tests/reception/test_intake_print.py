"""Intake sheets, blank sheets and name badges: printed, rendered, their QR codes read back."""

from __future__ import annotations

from datetime import date

import pytest

from dvc.cli import main
from dvc.cli.protection import ENV_PASSPHRASE
from dvc.domain.codes import make_code
from dvc.domain.messages import UserError
from dvc.domain.qr import parse_payload
from dvc.domain.timeutil import fiscal_year, local_day
from dvc.services.reception import checkin
from dvc.services.reception import intake_print
from dvc.services.safekeeping.protected_file import read_protected
from dvc.store.tables import Group, Volunteer
from tests.reception.pdf_tools import page_texts, qr_texts


@pytest.fixture
def people(workspace):
    today = local_day()
    with workspace.transaction() as s:
        group = Group(code=workspace.new_codes(s, "G")[0], name="東町一丁目町会")
        s.add(group)
        s.flush()
        codes = workspace.new_codes(s, "V", 3)
        rows = [
            Volunteer(code=codes[0], name="山田 太郎", kana="やまだ たろう", age=45, leader_ok=True,
                      insurance_fiscal_year=fiscal_year(today), group_id=group.id),
            Volunteer(code=codes[1], name="髙橋 﨑子", kana="たかはし さきこ", age=30),
            Volunteer(code=codes[2], name="中学 一年", kana="ちゅうがく いちねん", birth_date=date(today.year - 13, 1, 1)),
        ]
        s.add_all(rows)
    return rows


def test_registered_sheets_carry_each_volunteer_s_qr(workspace, people, tmp_path):
    out = tmp_path / "sheets.pdf"
    printed = intake_print.print_intake(workspace, out=out, codes=[p.code for p in people])
    assert (printed.pages, printed.records) == (3, 3)
    decoded = [parse_payload(texts[0]) for texts in qr_texts(out)]
    assert [(p.kind, p.council, p.record_id) for p in decoded] == [("V", "KG", v.id) for v in people]
    texts = page_texts(out)
    assert "山田 太郎" in texts[0] and "東町一丁目町会" in texts[0] and "引き受けられます" in texts[0]
    assert f"加入済み（{fiscal_year(local_day())}年度）" in texts[0]
    assert "未加入" in texts[1] and "髙橋 﨑子" in texts[1]
    assert "未成年の方" in texts[2] and "未成年の方" not in texts[0]
    assert all("訓練" not in t for t in texts)  # a real database: no drill marks


def test_codes_typed_full_width_and_every_registered_volunteer(workspace, people, tmp_path):
    wide = people[1].code.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)})
    printed = intake_print.print_intake(workspace, out=tmp_path / "one.pdf", codes=[wide])
    assert printed.records == 1
    everyone = intake_print.print_intake(workspace, out=tmp_path / "all.pdf", all_volunteers=True)
    assert everyone.records == 3
    # In kana order, like the roster: たかはし, ちゅうがく, やまだ.
    ids = [parse_payload(texts[0]).record_id for texts in qr_texts(tmp_path / "all.pdf")]
    assert ids == [people[1].id, people[2].id, people[0].id]


def test_unknown_or_malformed_codes_are_refused(workspace, people, tmp_path):
    with pytest.raises(UserError, match="Not a volunteer code"):
        intake_print.print_intake(workspace, out=tmp_path / "x.pdf", codes=["こんにちは"])
    with pytest.raises(UserError, match="No volunteer has the code"):
        intake_print.print_intake(workspace, out=tmp_path / "x.pdf", codes=[make_code("V", "KG", 1, 99)])
    with pytest.raises(UserError):
        intake_print.print_intake(workspace, out=tmp_path / "x.pdf", blank=0)
    assert not (tmp_path / "x.pdf").exists()


def test_blank_sheets_have_fresh_ids_that_check_in_as_unregistered(workspace, tmp_path):
    out = tmp_path / "blank.pdf"
    printed = intake_print.print_intake(workspace, out=out, blank=4)
    assert printed.pages == 4
    payloads = [texts[0] for texts in qr_texts(out)]
    parsed = [parse_payload(p) for p in payloads]
    assert {p.kind for p in parsed} == {"S"} and len({p.record_id for p in parsed}) == 4
    # The id is printed in letters too, for typing when the QR is damaged.
    assert all(p in t for p, t in zip(payloads, page_texts(out)))
    result = checkin.check_in(workspace, scanned=payloads[0])
    assert result.result == "unregistered" and result.sheet_id == parsed[0].record_id


def test_badges_for_today_mark_leaders(workspace, people, tmp_path):
    for person in people[:2]:
        checkin.check_in(workspace, scanned=person.code)
    out = tmp_path / "badges.pdf"
    printed = intake_print.print_badges(workspace, out=out, checked_in_today=True)
    assert (printed.pages, printed.records) == (1, 2)
    [codes] = qr_texts(out, dpi=200)
    assert sorted(parse_payload(c).record_id for c in codes) == sorted(p.id for p in people[:2])
    text = page_texts(out)[0]
    assert "リーダー可" in text and "中学 一年" not in text


def test_drill_sheets_say_drill(tmp_path):
    from dvc.services.drill.scenario import DrillSpec, create_drill
    from dvc.services.core.workspace import open_workspace

    db = tmp_path / "drill.db"
    create_drill(db, DrillSpec(volunteers=12, needs=1, checked_in=4, seed=2))
    with open_workspace(db) as ws:
        intake_print.print_badges(ws, out=tmp_path / "b.pdf", checked_in_today=True)
        intake_print.print_intake(ws, out=tmp_path / "s.pdf", blank=1)
    assert all("訓練モード" in t for t in page_texts(tmp_path / "b.pdf") + page_texts(tmp_path / "s.pdf"))


def test_cli_prints_a_drills_sheets_plain(capsys, tmp_path, monkeypatch):
    from dvc.services.drill.scenario import DrillSpec, create_drill

    monkeypatch.delenv(ENV_PASSPHRASE, raising=False)
    db = tmp_path / "drill.db"
    create_drill(db, DrillSpec(volunteers=3, needs=1, checked_in=0, seed=2))
    assert main(["--db", str(db), "print", "intake", "--out", str(tmp_path / "d.pdf"), "--all-registered"]) == 0
    assert "パスワード" not in capsys.readouterr().out  # the drill's people are invented
    assert all("訓練モード" in t for t in page_texts(tmp_path / "d.pdf"))


def test_cli_print_intake_and_badges(capsys, workspace, people, db_path, tmp_path, monkeypatch):
    """Issue 18 item 6: sheets naming people from the real database are written encrypted, like other exports."""
    import json

    workspace.close()
    out = tmp_path / "cli.pdf"
    monkeypatch.setenv(ENV_PASSPHRASE, "typed-pass-123")
    code = main(["--db", str(db_path), "print", "intake", "--out", str(out), "--volunteer", people[0].code,
                 people[1].code, "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data == {"path": f"{out}.zip", "pages": 2, "records": 2, "encrypted": True}
    assert not out.exists()
    [sheets] = read_protected(f"{out}.zip", passphrase="typed-pass-123").values()
    assert [people[0].name in t for t in page_texts(sheets)] == [True, False]
    code = main(["--db", str(db_path), "print", "badges", "--out", str(tmp_path / "badges.pdf"), "--volunteer",
                 people[0].code, "--no-encrypt"])
    _, err = capsys.readouterr()
    assert code == 0 and (tmp_path / "badges.pdf").is_file() and "UNENCRYPTED" not in err and "暗号化" in err
    code = main(["--db", str(db_path), "print", "intake", "--out", str(out), "--blank", "2", "--json"])
    data = json.loads(capsys.readouterr().out)  # blank sheets name no one: written plain as before
    assert code == 0 and data["path"] == str(out) and not data["encrypted"] and len(page_texts(out)) == 2
    code = main(["--db", str(db_path), "print", "badges", "--out", str(out), "--volunteer", "V-KG1-9999-9"])
    _, err = capsys.readouterr()
    assert code == 1 and err.strip() and "Traceback" not in err
    code = main(["--db", str(db_path), "print", "badges", "--out", str(out), "--checked-in-today"])
    assert code == 1 and "印刷する人" in capsys.readouterr().err
